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
final class Schemas {

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

  /** The schemas of the events: an engagement's, then a support case's and an application's. */
  private static final Map<String, Schema> SCHEMAS = HashMap.ofEntries(EventTypes.names()
      .appendAll(SubjectEventTypes.SUPPORT_CASE.names())
      .appendAll(SubjectEventTypes.COHORT_APPLICATION.names())
      .map(type -> io.vavr.Tuple.of(type, REGISTRY.getSchema(resource(type, 1)))));

  private static final Map<String, Schema> COMMAND_SCHEMAS = HashMap.ofEntries(
      CommandTypes.names().map(type -> io.vavr.Tuple.of(type,
          REGISTRY.getSchema(resourceAt(commandPath(type, 1))))));

  private Schemas() { }

  /** The path of a command type's schema in the jar. */
  static String commandPath(String type, int version) {
    return "org/areso/json/schema/command/" + type + "-v" + version + ".json";
  }

  /** The path of a type's schema in the jar. */
  static String path(String type, int version) {
    return "org/areso/json/schema/" + type + "-v" + version + ".json";
  }

  static JsonNode resource(String type, int version) {
    return resourceAt(path(type, version));
  }

  /** The schema at a path in the jar. */
  static JsonNode resourceAt(String path) {
    try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no schema at " + path);
      }
      return JsonMapper.shared().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What the event type's current schema says is wrong with a document, nothing if it is valid;
   * the type an engagement's, a support case's or an application's event.
   */
  static List<String> errors(String type, JsonNode document) {
    return errors(SCHEMAS.get(type).get(), document);
  }

  /** What a command type's current schema says is wrong with a document. */
  static List<String> commandErrors(String type, JsonNode document) {
    return errors(COMMAND_SCHEMAS.get(type).get(), document);
  }

  /** What the schema at a path in the jar says is wrong with a document. */
  static List<String> errorsAt(String path, JsonNode document) {
    return errors(REGISTRY.getSchema(resourceAt(path)), document);
  }

  private static List<String> errors(Schema schema, JsonNode document) {
    return List.ofAll(schema.validate(document))
        .map(e -> e.getInstanceLocation() + ": " + e.getMessage());
  }
}
