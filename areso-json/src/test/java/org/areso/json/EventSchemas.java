package org.areso.json;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The JSON Schemas areso-json ships, read from its jar (or classes) as a host would. */
final class EventSchemas {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  private static final Map<String, Schema> SCHEMAS = HashMap.ofEntries(EventTypes.names()
      .map(type -> io.vavr.Tuple.of(type, REGISTRY.getSchema(resource(type, 1)))));

  private EventSchemas() { }

  /** The path of a type's schema in the jar. */
  static String path(String type, int version) {
    return "org/areso/json/schema/" + type + "-v" + version + ".json";
  }

  static JsonNode resource(String type, int version) {
    try (InputStream in = EventSchemas.class.getClassLoader()
        .getResourceAsStream(path(type, version))) {
      if (in == null) {
        throw new IllegalStateException("no schema at " + path(type, version));
      }
      return JsonMapper.shared().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the type's current schema says is wrong with a document, nothing if it is valid. */
  static List<String> errors(String type, JsonNode document) {
    return List.ofAll(SCHEMAS.get(type).get().validate(document))
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage());
  }
}
