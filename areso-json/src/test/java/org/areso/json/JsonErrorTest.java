package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.areso.core.kernel.Language;
import org.junit.jupiter.api.Test;

/** Every JSON error has a stable code and a message in French and English. */
class JsonErrorTest {

  private static final List<JsonError> ALL = List.of(
      new JsonError.Malformed("truncated"),
      new JsonError.TooLarge("string length"),
      new JsonError.UnknownType("Erased"),
      new JsonError.FutureSchemaVersion("Closed", 3, 1),
      new JsonError.NoUpcaster("Closed", 1),
      new JsonError.FieldMissing("stamp.at"),
      new JsonError.FieldInvalid("engagement", List.of("BLANK")),
      new JsonError.Redacted("contribution.note"));

  @Test
  void everyErrorHasItsOwnStableCode() {
    // when
    var codes = ALL.map(JsonError::code);

    // then
    assertThat(codes).containsExactly("JSON_MALFORMED", "JSON_TOO_LARGE", "JSON_UNKNOWN_TYPE",
        "JSON_FUTURE_SCHEMA_VERSION", "JSON_NO_UPCASTER", "JSON_FIELD_MISSING",
        "JSON_FIELD_INVALID", "JSON_REDACTED_VALUE");
  }

  @Test
  void everyErrorIsWrittenInFrenchAndInEnglishDifferently() {
    // when
    var pairs = ALL.map(e -> io.vavr.Tuple.of(e.message(Language.FR), e.message(Language.EN)));

    // then
    pairs.forEach(pair -> assertThat(pair._1).isNotBlank().isNotEqualTo(pair._2));
  }

  @Test
  void anInvalidFieldQuotesTheModelsCodes() {
    // given
    JsonError error = new JsonError.FieldInvalid("engagement", List.of("BLANK"));

    // when
    String message = error.message(Language.EN);

    // then
    assertThat(message).isEqualTo("The field \"engagement\" does not hold a valid value (BLANK).");
  }
}
