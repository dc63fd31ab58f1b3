package org.areso.json;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.areso.core.kernel.BundledReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.ReasonMessages;

/**
 * Why a JSON text could not be read as an Areso value: a {@link Reason} with a stable
 * {@link #code()}, the path of the field at fault where there is one, and a message in French,
 * English, German or Italian, from this module's bundles ({@code org/areso/json/errors*.properties},
 * keyed by the code, the record's components as arguments {@code {0}, {1}, …}). A JSON error never
 * quotes the text it read: a stored row may hold what a person confided.
 *
 * <p>Immutable records, thread-safe.
 */
public sealed interface JsonError extends BundledReason {

  /** The details of {@link Malformed} that the messages word in each language, in order. */
  List<String> DETAILS = List.of("not JSON", "truncated", "duplicate key", "trailing data",
      "not an object");

  /** The limits of {@link TooLarge} that the messages word in each language, in order. */
  List<String> LIMITS = List.of("document length", "string length", "nesting depth",
      "number length", "name length", "token count");

  /**
   * {@inheritDoc}
   *
   * <p>This module's bundles, {@code org/areso/json/errors*.properties}.
   */
  @Override
  default ReasonMessages messages() {
    return ErrorMessages.MESSAGES;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The record's components in their order, a list of reason codes written {@code " (A, B)"},
   * or nothing when it is empty.
   */
  @Override
  default Seq<?> arguments() {
    return BundledReason.super.arguments().map(value -> value instanceof Seq<?> codes
        ? (codes.isEmpty() ? "" : " (" + codes.mkString(", ") + ")") : value);
  }

  /**
   * The text is not JSON, not an object, or holds a duplicate key or trailing data.
   *
   * @param detail what is wrong, in a few words that never quote the text, not null
   */
  record Malformed(String detail) implements JsonError {
    /** Creates the error. @throws NullPointerException if detail is null */
    public Malformed {
      requireNonNull(detail, "detail");
    }

    @Override
    public String code() {
      return "JSON_MALFORMED";
    }

    /** The detail, and its position among the details the bundles word (0 for another). */
    @Override
    public Seq<?> arguments() {
      return List.of(detail, DETAILS.indexOf(detail) + 1);
    }
  }

  /**
   * The text is longer, or nested deeper, than the reader accepts.
   *
   * @param limit the limit that was passed: {@code "document length"}, {@code "string length"},
   *     {@code "nesting depth"}, {@code "number length"}, {@code "name length"} or
   *     {@code "token count"}, not null
   */
  record TooLarge(String limit) implements JsonError {
    /** Creates the error. @throws NullPointerException if limit is null */
    public TooLarge {
      requireNonNull(limit, "limit");
    }

    @Override
    public String code() {
      return "JSON_TOO_LARGE";
    }

    /** The limit, and its position among the limits the bundles word (0 for another). */
    @Override
    public Seq<?> arguments() {
      return List.of(limit, LIMITS.indexOf(limit) + 1);
    }
  }

  /**
   * The document names a type this version of Areso does not know.
   *
   * @param type the type named, when it reads as a type's name (letters, digits and {@code _}, at
   *     most 64 of them, in one or two names joined by a dot, such as {@code Suspend} or {@code
   *     SupportCase.Referred}); {@value #NOT_A_TYPE_NAME} otherwise, so that the error never
   *     quotes a text that is not a name: a stored row's {@code type} may hold anything; not null
   */
  record UnknownType(String type) implements JsonError {

    /** What the error says of a {@code type} that is not a type's name. */
    public static final String NOT_A_TYPE_NAME = "(not a type name)";

    private static final java.util.regex.Pattern TYPE_NAME = java.util.regex.Pattern.compile(
        "[A-Za-z][A-Za-z0-9_]{0,63}(\\.[A-Za-z][A-Za-z0-9_]{0,63})?");

    /** Creates the error. @throws NullPointerException if type is null */
    public UnknownType {
      requireNonNull(type, "type");
      if (!TYPE_NAME.matcher(type).matches()) {
        type = NOT_A_TYPE_NAME;
      }
    }

    /**
     * The type, and 1 when it is a type's name, 0 when it is {@value #NOT_A_TYPE_NAME} (the
     * messages then say so in their language, quoting nothing).
     *
     * @return the arguments, never null
     */
    @Override
    public Seq<?> arguments() {
      return io.vavr.collection.List.of(type, NOT_A_TYPE_NAME.equals(type) ? 0 : 1);
    }

    @Override
    public String code() {
      return "JSON_UNKNOWN_TYPE";
    }
  }

  /**
   * The document was written by a later version of Areso, in a schema version this one cannot
   * read.
   *
   * @param type the document's type, not null
   * @param version the document's schema version
   * @param current the latest schema version of that type this version of Areso reads
   */
  record FutureSchemaVersion(String type, int version, int current) implements JsonError {
    /** Creates the error. @throws NullPointerException if type is null */
    public FutureSchemaVersion {
      requireNonNull(type, "type");
    }

    @Override
    public String code() {
      return "JSON_FUTURE_SCHEMA_VERSION";
    }
  }

  /**
   * The document is in an older schema version and no upcaster turns it into the next one.
   *
   * @param type the document's type, not null
   * @param version the schema version no upcaster starts from
   */
  record NoUpcaster(String type, int version) implements JsonError {
    /** Creates the error. @throws NullPointerException if type is null */
    public NoUpcaster {
      requireNonNull(type, "type");
    }

    @Override
    public String code() {
      return "JSON_NO_UPCASTER";
    }
  }

  /**
   * A field the document must hold is absent.
   *
   * @param field the field's path, such as {@code contribution.note}, not null
   */
  record FieldMissing(String field) implements JsonError {
    /** Creates the error. @throws NullPointerException if field is null */
    public FieldMissing {
      requireNonNull(field, "field");
    }

    @Override
    public String code() {
      return "JSON_FIELD_MISSING";
    }
  }

  /**
   * A field holds a value of the wrong kind, or one that Areso's model refuses.
   *
   * @param field the field's path, such as {@code stamp.at}, not null
   * @param reasons the codes of the model's reasons where it refused the value, empty where the
   *     value was of the wrong kind (a number for a text, an unknown constant…), not null
   */
  record FieldInvalid(String field, Seq<String> reasons) implements JsonError {
    /** Creates the error. @throws NullPointerException if an argument is null */
    public FieldInvalid {
      requireNonNull(field, "field");
      requireNonNull(reasons, "reasons");
    }

    @Override
    public String code() {
      return "JSON_FIELD_INVALID";
    }
  }

  /**
   * A sensitive value was written redacted, so the document cannot give it back.
   *
   * @param field the field's path, such as {@code contribution.note}, not null
   */
  record Redacted(String field) implements JsonError {
    /** Creates the error. @throws NullPointerException if field is null */
    public Redacted {
      requireNonNull(field, "field");
    }

    @Override
    public String code() {
      return "JSON_REDACTED_VALUE";
    }
  }
}
