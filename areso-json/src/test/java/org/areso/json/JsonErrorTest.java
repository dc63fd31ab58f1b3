package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.Locale;
import org.areso.core.kernel.Language;
import org.junit.jupiter.api.Test;

/** Every JSON error has a stable code and a message in French, English, German and Italian. */
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
  void anUnknownTypeIsQuotedOnlyWhenItReadsAsATypesName() {
    // given a stored row's type that holds a confidence, and types that are names
    JsonError secret = new JsonError.UnknownType("burnout of Marie, see her manager");
    JsonError long65 = new JsonError.UnknownType("A".repeat(65));
    // when, then: the text is not quoted, a name is
    assertThat(secret).isEqualTo(new JsonError.UnknownType(JsonError.UnknownType.NOT_A_TYPE_NAME));
    assertThat(secret.message(Language.EN)).doesNotContain("Marie")
        .isEqualTo("The type of the document (not a name) is unknown to this version of Areso.");
    assertThat(secret.message(Language.FR)).isEqualTo("Le type du document (pas un nom) est"
        + " inconnu de cette version d'Areso.");
    assertThat(secret.message(Locale.GERMAN)).isEqualTo("Der Typ des Dokuments (kein Name) ist"
        + " dieser Version von Areso unbekannt.");
    assertThat(secret.message(Locale.ITALIAN)).doesNotContain("not a");
    assertThat(long65).isEqualTo(secret);
    assertThat(((JsonError.UnknownType) new JsonError.UnknownType("SupportCase.Referred")).type())
        .isEqualTo("SupportCase.Referred");
    assertThat(new JsonError.UnknownType("Erased").message(Language.EN)).isEqualTo(
        "The type \"Erased\" is unknown to this version of Areso.");
    assertThat(new JsonError.UnknownType("Erased").message(Language.FR)).isEqualTo(
        "Le type « Erased » est inconnu de cette version d'Areso.");
    // and through the reader: a document whose type is not a name
    assertThat(AresoJson.create().readEvent("{\"type\": \"Marie est en burn-out\"}").getLeft())
        .isEqualTo(secret);
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

  @Test
  void theFixturesHoldOneErrorOfEveryKind() {
    // when
    var kinds = ALL.map(Object::getClass);

    // then
    assertThat(kinds).containsExactlyInAnyOrder(JsonError.class.getPermittedSubclasses());
  }

  @Test
  void everyErrorIsWrittenInGermanAndItalianWithEveryArgument() {
    for (JsonError error : ALL) {
      // when
      String german = error.message(Locale.forLanguageTag("de-CH"));
      String italian = error.message(Locale.forLanguageTag("it-CH"));

      // then
      for (String message : List.of(german, italian)) {
        assertThat(message).as(error.code()).isNotBlank().doesNotContain("{")
            .isNotEqualTo(error.message(Language.EN)).isNotEqualTo(error.message(Language.FR));
      }
    }
    assertThat(new JsonError.FutureSchemaVersion("Closed", 3, 1).message(Locale.GERMAN))
        .isEqualTo("Das Dokument Closed ist in Schemaversion 3; diese Version von Areso liest bis"
            + " Version 1.");
    assertThat(new JsonError.FieldInvalid("engagement", List.empty()).message(Locale.ITALIAN))
        .isEqualTo("Il campo «engagement» non contiene un valore valido.");
  }

  @Test
  void whatIsWrongWithTheTextIsWordedInTheMessagesLanguage() {
    // every detail and limit the reader gives has its words in each language
    for (String detail : JsonError.DETAILS) {
      JsonError malformed = new JsonError.Malformed(detail);
      assertThat(malformed.message(Locale.GERMAN)).as(detail).doesNotContain(detail);
      assertThat(malformed.message(Language.FR)).as(detail).doesNotContain(detail);
      assertThat(malformed.message(Language.EN)).as(detail).doesNotContain("{");
    }
    for (String limit : JsonError.LIMITS) {
      assertThat(new JsonError.TooLarge(limit).message(Locale.ITALIAN)).as(limit)
          .doesNotContain(limit);
    }
    assertThat(new JsonError.Malformed("not JSON").message(Locale.GERMAN))
        .isEqualTo("Der Text ist kein lesbares JSON-Dokument (kein JSON).");
    assertThat(new JsonError.TooLarge("nesting depth").message(Language.FR))
        .isEqualTo("Le document JSON dépasse la limite acceptée (profondeur d'imbrication).");
    assertThat(new JsonError.Malformed("something new").message(Locale.GERMAN))
        .endsWith("(something new).");
  }

  @Test
  void aReaderGivesOnlyDetailsAndLimitsTheMessagesWord() {
    // given texts broken in each way the reader tells apart
    AresoJson json = AresoJson.builder().maxLength(64).build();
    var texts = List.of("nope", "{\"type\":", "{\"a\":1,\"a\":2}", "{} []", "[1]",
        "{\"type\":\"" + "x".repeat(80) + "\"}");

    // when
    var errors = texts.map(text -> json.readEvent(text).getLeft());

    // then
    assertThat(errors).allSatisfy(error -> assertThat(error instanceof JsonError.Malformed m
        ? JsonError.DETAILS.contains(m.detail())
        : error instanceof JsonError.TooLarge t && JsonError.LIMITS.contains(t.limit()))
        .as("%s", error).isTrue());
  }

  @Test
  void aLocaleOfAnotherLanguageIsWrittenInEnglishWhateverTheJvmsDefault() {
    // given
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.GERMAN);
    try {
      // when
      String message = new JsonError.FieldMissing("stamp.at").message(Locale.JAPANESE);

      // then
      assertThat(message).isEqualTo("The field \"stamp.at\" is missing.");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void theFrenchMessagesKeepTheirWording() {
    // when
    String message = new JsonError.FutureSchemaVersion("Closed", 3, 1).message(Language.FR);

    // then
    assertThat(message).isEqualTo("Le document Closed est en version de schéma 3 ; cette version"
        + " d'Areso lit jusqu'à la version 1.");
  }
}
