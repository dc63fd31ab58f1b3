package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.areso.core.kernel.Language;
import org.areso.testkit.messages.ReasonBundleCheck;
import org.junit.jupiter.api.Test;

/** The screening reasons' bundles: every code in every language, each translation its own. */
class ScreeningReasonBundleTest {

  /** One reason of each kind, with arguments the messages must quote. */
  static Stream<ScreeningReason> reasons() {
    return Stream.of(new ScreeningReason.HeaderMissing(),
        new ScreeningReason.ColumnMissing("siret_x"),
        new ScreeningReason.DuplicateColumn("finess_x"),
        new ScreeningReason.HeaderTooLarge(1234, 1000),
        new ScreeningReason.CellTooLong("name_x", 4321),
        new ScreeningReason.TooManyCells(17, 14),
        new ScreeningReason.UnterminatedQuote(),
        new ScreeningReason.MalformedText("canton_x"));
  }

  @Test
  void everyRecordHasACaseHere() {
    assertThat(reasons().map(Object::getClass).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(ScreeningReason.class.getPermittedSubclasses());
  }

  @Test
  void everyBundleHasEveryCodeQuotingEveryArgumentInEveryLanguageAndItsSwissLocale() {
    ReasonBundleCheck.assertComplete(ScreeningMessages.MESSAGES, reasons().toList());
  }

  @Test
  void frenchAndEnglishAreTheMessagesTheyWere() {
    assertThat(new ScreeningReason.ColumnMissing("id").message(Language.FR))
        .isEqualTo("L'en-tête n'a pas de colonne « id ».");
    assertThat(new ScreeningReason.ColumnMissing("id").message(Language.EN))
        .isEqualTo("The header has no 'id' column.");
    assertThat(new ScreeningReason.HeaderTooLarge(1001, 1000).message(Language.FR))
        .isEqualTo("L'en-tête a 1001 colonnes ou une colonne trop longue ; au plus 1000 "
            + "colonnes de " + CsvReader.MAX_CELL_LENGTH + " caractères.");
    assertThat(new ScreeningReason.HeaderTooLarge(1001, 1000).message(Language.EN))
        .isEqualTo("The header has 1001 columns or a column too long; at most 1000 columns of "
            + CsvReader.MAX_CELL_LENGTH + " characters.");
    assertThat(new ScreeningReason.HeaderMissing().message(Locale.CANADA_FRENCH))
        .isEqualTo("Le fichier n'a pas de ligne d'en-tête.");
  }

  @Test
  void theDefaultLocaleNeverChoosesTheBundle() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMAN);
      assertThat(new ScreeningReason.UnterminatedQuote().message(Locale.ENGLISH))
          .isEqualTo("The file ends inside a quoted cell.");
      assertThat(new ScreeningReason.UnterminatedQuote().message(Language.EN))
          .isEqualTo("The file ends inside a quoted cell.");
    } finally {
      Locale.setDefault(saved);
    }
  }
}
