package org.areso.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.kernel.Language;
import org.areso.json.AresoJson;
import org.areso.json.JsonError;

/**
 * The store's codec of Areso's engagement events: their JSON form by {@code areso-json}, with the
 * type and schema version in the row's own columns as well as in the text.
 *
 * <p>A stored event must be read back whole, so the JSON form reveals {@link
 * org.areso.core.kernel.Sensitive} values: the host's database is where they belong (see
 * {@code SECURITY.md}). Before reading a row, the codec checks its columns: a type the JSON form
 * does not know is {@code UNKNOWN_TYPE}, a schema version later than the current one is {@code
 * FUTURE_SCHEMA_VERSION}; a text of another type than its column is {@code MISMATCH}. Every
 * {@link JsonError} becomes the problem it names, its detail the error's English message, which
 * names a field's path and never a value.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonEventCodec implements EventCodec<EngagementEvent> {

  private final AresoJson json;

  private JsonEventCodec(AresoJson json) {
    this.json = json;
  }

  /**
   * The codec over Areso's JSON form, revealing sensitive values, with no upcaster.
   *
   * @return the codec, never null
   */
  public static JsonEventCodec create() {
    return new JsonEventCodec(AresoJson.builder().revealingSensitive(true).build());
  }

  /**
   * The codec over a JSON form the host configured, with its upcasters and size limit.
   *
   * @param json the JSON form, which must reveal sensitive values; not null
   * @return the codec, never null
   * @throws NullPointerException if json is null (a programmer error)
   * @throws IllegalArgumentException if json redacts sensitive values: the events it writes could
   *     not be read back (a programmer error)
   */
  public static JsonEventCodec of(AresoJson json) {
    requireNonNull(json, "json");
    if (!json.isRevealingSensitive()) {
      throw new IllegalArgumentException(
          "a store's JSON form must reveal sensitive values, or its events cannot be read back");
    }
    return new JsonEventCodec(json);
  }

  @Override
  public StoredEvent encode(EngagementEvent event) {
    requireNonNull(event, "event");
    return StoredEvent.of(event, AresoJson.typeOf(event), json.write(event));
  }

  @Override
  public Either<StoreError.Undecodable, EngagementEvent> decode(StoredEvent row) {
    requireNonNull(row, "row");
    Option<Integer> current = json.currentSchemaVersion(row.type());
    if (current.isEmpty()) {
      return Either.left(row.undecodable(StoreError.Problem.UNKNOWN_TYPE,
          "the type column names no event type"));
    }
    if (row.schemaVersion() > current.get()) {
      return Either.left(row.undecodable(StoreError.Problem.FUTURE_SCHEMA_VERSION,
          "schema version " + row.schemaVersion() + ", current " + current.get()));
    }
    return json.readEvent(row.payload())
        .mapLeft(error -> row.undecodable(problem(error), error.message(Language.EN)))
        .flatMap(event -> AresoJson.typeOf(event).equals(row.type()) ? Either.right(event)
            : Either.left(row.undecodable(StoreError.Problem.MISMATCH,
                "the text is of another type than the type column")));
  }

  /** The store's problem for an error of the JSON form. */
  private static StoreError.Problem problem(JsonError error) {
    if (error instanceof JsonError.TooLarge) {
      return StoreError.Problem.TOO_LARGE;
    }
    if (error instanceof JsonError.UnknownType) {
      return StoreError.Problem.UNKNOWN_TYPE;
    }
    if (error instanceof JsonError.FutureSchemaVersion) {
      return StoreError.Problem.FUTURE_SCHEMA_VERSION;
    }
    if (error instanceof JsonError.NoUpcaster) {
      return StoreError.Problem.NO_UPCASTER;
    }
    if (error instanceof JsonError.FieldMissing) {
      return StoreError.Problem.MISSING_FIELD;
    }
    if (error instanceof JsonError.FieldInvalid || error instanceof JsonError.Redacted) {
      return StoreError.Problem.INVALID_VALUE;
    }
    return StoreError.Problem.MALFORMED;
  }

  /** {@code JsonEventCodec[revealing]}: never a value. */
  @Override
  public String toString() {
    return "JsonEventCodec[revealing]";
  }
}
