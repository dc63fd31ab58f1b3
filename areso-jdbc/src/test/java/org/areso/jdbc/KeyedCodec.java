package org.areso.jdbc;

import io.vavr.control.Either;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.areso.core.engagement.EngagementEvent;

/**
 * A test-only codec: it keeps each event it encodes in a map and stores its key as JSON, with the
 * structure's name beside it (so that a payload holds a value no log line may show). It reads back
 * only what it wrote in this JVM. The JSON codec of Areso's events is {@code areso-json}'s, and is
 * tested there; this one lets the store be tested on real events without it.
 *
 * <p>It answers a row it cannot read with a typed error: not JSON, an unknown type, a newer schema
 * version, no key, a payload over 64 KB.
 */
final class KeyedCodec implements EventCodec<EngagementEvent> {

  private static final Pattern KEY = Pattern.compile("\"key\"\\s*:\\s*\"([^\"]*)\"");
  private static final int LIMIT = 64 * 1024;

  private final Map<String, EngagementEvent> events = new ConcurrentHashMap<>();
  private final AtomicLong keys = new AtomicLong();

  @Override
  public StoredEvent encode(EngagementEvent event) {
    String key = event.engagement() + "/" + event.version() + "/" + keys.incrementAndGet();
    events.put(key, event);
    return StoredEvent.of(event, event.getClass().getSimpleName(),
        "{\"key\": \"" + key + "\", \"note\": \"" + Walks.SECRET + "\"}");
  }

  @Override
  public Either<StoreError.Undecodable, EngagementEvent> decode(StoredEvent row) {
    String json = row.payload().strip();
    if (json.length() > LIMIT) {
      return Either.left(row.undecodable(StoreError.Problem.TOO_LARGE,
          json.length() + " characters"));
    }
    if (!json.startsWith("{") || !json.endsWith("}")) {
      return Either.left(row.undecodable(StoreError.Problem.MALFORMED, "not a JSON object"));
    }
    if (row.schemaVersion() > 1) {
      return Either.left(row.undecodable(StoreError.Problem.FUTURE_SCHEMA_VERSION,
          "schema version " + row.schemaVersion()));
    }
    Matcher key = KEY.matcher(json);
    if (!key.find()) {
      return Either.left(row.undecodable(StoreError.Problem.MISSING_FIELD, "key"));
    }
    EngagementEvent event = events.get(key.group(1));
    if (event == null) {
      return Either.left(row.undecodable(StoreError.Problem.INVALID_VALUE, "key unknown"));
    }
    if (!event.getClass().getSimpleName().equals(row.type())) {
      return Either.left(row.undecodable(StoreError.Problem.UNKNOWN_TYPE, "type"));
    }
    return Either.right(event);
  }
}
