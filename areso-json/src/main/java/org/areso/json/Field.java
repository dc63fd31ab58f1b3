package org.areso.json;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Text;
import tools.jackson.databind.JsonNode;

/**
 * An object of a document being read, with its path; every failure names the path of the field
 * at fault, never its value.
 */
final class Field {

  private final JsonNode node;
  private final String path;

  private Field(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  static Field root(JsonNode node) {
    if (!node.isObject()) {
      throw new Unreadable(new JsonError.Malformed("not an object"));
    }
    return new Field(node, "");
  }

  String pathOf(String key) {
    return at(key);
  }

  private String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private Unreadable invalid(String key) {
    return new Unreadable(new JsonError.FieldInvalid(at(key), List.empty()));
  }

  private JsonNode get(String key) {
    JsonNode value = node.get(key);
    if (value == null) {
      throw new Unreadable(new JsonError.FieldMissing(at(key)));
    }
    return value;
  }

  boolean isNull(String key) {
    return get(key).isNull();
  }

  /** Whether a field that may be left out is: absent, or null. */
  boolean isLeftOut(String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull();
  }

  String text(String key) {
    JsonNode value = get(key);
    if (!value.isString()) {
      throw invalid(key);
    }
    return value.stringValue();
  }

  /** A host's reference: a text that is not blank, refused with {@code FIELD_BLANK} if it is. */
  String reference(String key) {
    String value = text(key);
    if (value.isBlank()) {
      throw new Unreadable(new JsonError.FieldInvalid(at(key),
          List.of(new FieldReason.Blank(key).code())));
    }
    return value;
  }

  Option<String> optionalText(String key) {
    return isNull(key) ? Option.none() : Option.some(text(key));
  }

  long longValue(String key) {
    JsonNode value = get(key);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw invalid(key);
    }
    return value.longValue();
  }

  /** A version a subject reached: a whole number of 1 or more. */
  long version(String key) {
    long value = longValue(key);
    if (value < 1) {
      throw invalid(key);
    }
    return value;
  }

  int intValue(String key) {
    JsonNode value = get(key);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw invalid(key);
    }
    return value.intValue();
  }

  boolean booleanValue(String key) {
    JsonNode value = get(key);
    if (!value.isBoolean()) {
      throw invalid(key);
    }
    return value.booleanValue();
  }

  Field object(String key) {
    JsonNode value = get(key);
    if (!value.isObject()) {
      throw invalid(key);
    }
    return new Field(value, at(key));
  }

  private Seq<JsonNode> items(String key) {
    JsonNode value = get(key);
    if (!value.isArray()) {
      throw invalid(key);
    }
    return List.ofAll(value.values());
  }

  Seq<String> texts(String key) {
    return items(key).map(item -> {
      if (!item.isString()) {
        throw invalid(key);
      }
      return item.stringValue();
    });
  }

  Seq<Field> objects(String key) {
    return items(key).zipWithIndex().map(item -> {
      if (!item._1.isObject()) {
        throw invalid(key);
      }
      return new Field(item._1, at(key) + "[" + item._2 + "]");
    });
  }

  /** The keys and values of an object of texts, in their order. */
  LinkedHashMap<String, String> textsByKey(String key) {
    Field object = object(key);
    LinkedHashMap<String, String> map = LinkedHashMap.empty();
    for (String name : object.node.propertyNames()) {
      map = map.put(name, object.text(name));
    }
    return map;
  }

  /**
   * A text, written as the object {@code {"fr": …, "en": …}} with its German {@code "de"} and
   * Italian {@code "it"} where translated.
   */
  Text bilingual(String key) {
    Field text = object(key);
    return new Text(text.text("fr"), text.text("en"), text.translation("de"),
        text.translation("it"));
  }

  /** A text's translation: none when its key is absent (a text written before it had one). */
  private Option<String> translation(String language) {
    return node.get(language) == null ? Option.none() : Option.some(text(language));
  }

  Sensitive<String> sensitive(String key) {
    notRedacted(key);
    return Sensitive.of(text(key));
  }

  /** A sensitive constant by its name; {@link JsonError.Redacted} if it was written redacted. */
  <E extends Enum<E>> Sensitive<E> sensitiveConstant(String key, Class<E> type) {
    notRedacted(key);
    return Sensitive.of(constant(key, type));
  }

  /** Refuses a sensitive value written redacted: the document cannot give it back. */
  private void notRedacted(String key) {
    JsonNode value = get(key);
    if (value.isObject() && value.has("redacted")) {
      throw new Unreadable(new JsonError.Redacted(at(key)));
    }
  }

  <E extends Enum<E>> E constant(String key, Class<E> type) {
    return constant(text(key), type, key);
  }

  <E extends Enum<E>> E constant(String name, Class<E> type, String key) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException unknown) {
      throw invalid(key);
    }
  }

  <E extends Enum<E>> Set<E> constants(String key, Class<E> type) {
    return LinkedHashSet.ofAll(texts(key).map(name -> constant(name, type, key)));
  }

  LocalDate date(String key) {
    try {
      return LocalDate.parse(text(key));
    } catch (DateTimeParseException e) {
      throw invalid(key);
    }
  }

  LocalDateTime dateTime(String key) {
    try {
      return LocalDateTime.parse(text(key));
    } catch (DateTimeParseException e) {
      throw invalid(key);
    }
  }

  /** A value the model validates, from the text of a field. */
  <T> T valid(String key, Function<String, Validation<Seq<Reason>, T>> parse) {
    return valid(key, parse.apply(text(key)));
  }

  /** A value the model validated from this object's fields, refused under this object's path. */
  <T> T validAt(Validation<Seq<Reason>, T> value) {
    if (value.isInvalid()) {
      throw new Unreadable(new JsonError.FieldInvalid(path,
          value.getError().map(Reason::code).distinct()));
    }
    return value.get();
  }

  /** A value the model validated, refused under the field's path with the model's codes. */
  <T> T valid(String key, Validation<Seq<Reason>, T> value) {
    if (value.isInvalid()) {
      throw new Unreadable(new JsonError.FieldInvalid(at(key),
          value.getError().map(Reason::code).distinct()));
    }
    return value.get();
  }
}
