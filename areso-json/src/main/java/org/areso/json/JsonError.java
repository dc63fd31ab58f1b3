package org.areso.json;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;

/**
 * Why a JSON text could not be read as an Areso value: a {@link Reason} with a stable
 * {@link #code()}, the path of the field at fault where there is one, and a message in French and
 * English. A JSON error never quotes the text it read: a stored row may hold what a person confided.
 *
 * <p>Immutable records, thread-safe.
 */
public sealed interface JsonError extends Reason {

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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le texte n'est pas un document JSON lisible (" + detail + ").";
        case EN -> "The text is not a readable JSON document (" + detail + ").";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le document JSON dépasse la limite acceptée (" + limit + ").";
        case EN -> "The JSON document exceeds the accepted limit (" + limit + ").";
      };
    }
  }

  /**
   * The document names a type this version of Areso does not know.
   *
   * @param type the type named, not null
   */
  record UnknownType(String type) implements JsonError {
    /** Creates the error. @throws NullPointerException if type is null */
    public UnknownType {
      requireNonNull(type, "type");
    }

    @Override
    public String code() {
      return "JSON_UNKNOWN_TYPE";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le type « " + type + " » est inconnu de cette version d'Areso.";
        case EN -> "The type \"" + type + "\" is unknown to this version of Areso.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le document " + type + " est en version de schéma " + version
            + " ; cette version d'Areso lit jusqu'à la version " + current + ".";
        case EN -> "The " + type + " document is in schema version " + version
            + "; this version of Areso reads up to version " + current + ".";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Aucun convertisseur ne fait passer un document " + type
            + " de la version de schéma " + version + " à la suivante.";
        case EN -> "No upcaster turns a " + type + " document from schema version " + version
            + " into the next one.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le champ « " + field + " » manque.";
        case EN -> "The field \"" + field + "\" is missing.";
      };
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

    @Override
    public String message(Language language) {
      String why = reasons.isEmpty() ? "" : " (" + reasons.mkString(", ") + ")";
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le champ « " + field + " » n'a pas une valeur valide" + why + ".";
        case EN -> "The field \"" + field + "\" does not hold a valid value" + why + ".";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le champ « " + field + " » a été écrit masqué et ne peut être relu.";
        case EN -> "The field \"" + field + "\" was written redacted and cannot be read back.";
      };
    }
  }
}
