package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FieldReasonTest {

  static final List<FieldReason> ONE_OF_EACH = List.of(
      new FieldReason.Blank("siret"),
      new FieldReason.TooLong("name", 300, 200),
      new FieldReason.Malformed("siret", "abc", Text.of("14 chiffres", "14 digits")),
      new FieldReason.CheckDigitMismatch("siret", "12345678901234", "Luhn"),
      new FieldReason.OutOfRange("headcount", "-1", "0", "10000000"),
      new FieldReason.UnknownValue("country", "DE", List.of("FR", "CH")),
      new FieldReason.Inconsistent("canton", "VD", "country", "FR"),
      new FieldReason.InvertedWindow("window", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 1, 1)),
      new FieldReason.Duplicate("facilitators", "F-1"),
      new FieldReason.NoneWithValues("casf_item", "none|8"));

  @Test
  void everyReasonHasADistinctStableCodeAndNamesItsFieldInBothLanguages() {
    assertThat(ONE_OF_EACH.map(Reason::code).distinct()).hasSize(ONE_OF_EACH.size());
    assertThat(ONE_OF_EACH).allSatisfy(reason -> {
      assertThat(reason.code()).matches("[A-Z_]+");
      assertThat(reason.message(Language.FR)).contains(reason.field());
      assertThat(reason.message(Language.EN)).contains(reason.field());
      assertThat(reason.message(Language.FR)).isNotEqualTo(reason.message(Language.EN));
    });
  }

  @Test
  void quotedValuesAreShortenedAndControlCharactersReplaced() {
    // given
    String hostile = "\u001b[31m" + "x".repeat(10_000) + "\r\n";
    // when
    FieldReason.Malformed reason =
        new FieldReason.Malformed("siret", hostile, Text.of("14 chiffres", "14 digits"));
    // then
    assertThat(reason.value()).hasSize(FieldReason.EXCERPT_LENGTH + 1).endsWith("…")
        .doesNotContain("\u001b");
    assertThat(reason.message(Language.EN)).hasSizeLessThan(200);
  }

  @Test
  void anEmptyValueIsQuotedAsEmpty() {
    // when
    FieldReason.Malformed reason =
        new FieldReason.Malformed("siret", "", Text.of("14 chiffres", "14 digits"));
    // then
    assertThat(reason.value()).isEmpty();
    assertThat(reason.message(Language.EN)).contains("siret");
  }
}
