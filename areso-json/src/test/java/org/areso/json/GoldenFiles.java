package org.areso.json;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The stored JSON of every event type and schema version, under {@code golden/<Type>-v<n>.json}
 * in the test resources, of every command type under {@code golden/command/}, of the small
 * lifecycles' events under {@code golden/support-case/} and {@code golden/cohort-application/},
 * and of the outcomes (decisions, rejections, audits) under {@code golden/outcome/}: texts written
 * by earlier builds, which every later build must read, or, for an outcome written only, must
 * write alike.
 */
final class GoldenFiles {

  private GoldenFiles() { }

  /** The golden files' names, such as {@code Closed-v1.json}, in order. */
  static Seq<String> names() {
    return namesIn("golden");
  }

  /** The command golden files' names, under {@code golden/command/}, in order. */
  static Seq<String> commandNames() {
    return namesIn("golden/command");
  }

  /** The outcome golden files' names, under {@code golden/outcome/}, in order. */
  static Seq<String> outcomeNames() {
    return namesIn("golden/outcome");
  }

  /** A support case's events' golden files' names, under {@code golden/support-case/}. */
  static Seq<String> supportCaseNames() {
    return namesIn("golden/support-case");
  }

  /** An application's events' golden files' names, under {@code golden/cohort-application/}. */
  static Seq<String> applicationNames() {
    return namesIn("golden/cohort-application");
  }

  private static Seq<String> namesIn(String folder) {
    try (Stream<Path> files = Files.list(Path.of(GoldenFiles.class.getClassLoader()
        .getResource(folder).toURI()))) {
      return List.ofAll(files.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())).sorted();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String text(String name) {
    try (InputStream in = GoldenFiles.class.getClassLoader()
        .getResourceAsStream("golden/" + name)) {
      if (in == null) {
        throw new IllegalStateException("no golden file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String name(String type, int version) {
    return type + "-v" + version + ".json";
  }

  /**
   * The shape of a document: the paths of its fields, an array's items under {@code []}, such as
   * {@code facilitators[].ties[].period.start}.
   */
  static TreeSet<String> shape(JsonNode document) {
    return shape(document, "");
  }

  private static TreeSet<String> shape(JsonNode node, String path) {
    TreeSet<String> paths = TreeSet.empty();
    if (node.isObject()) {
      for (var field : node.properties()) {
        String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
        paths = paths.add(at).addAll(shape(field.getValue(), at));
      }
    } else if (node.isArray()) {
      for (JsonNode item : node.values()) {
        paths = paths.addAll(shape(item, path + "[]"));
      }
    }
    return paths;
  }
}
