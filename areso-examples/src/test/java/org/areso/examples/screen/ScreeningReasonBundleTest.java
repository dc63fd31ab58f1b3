package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.areso.core.kernel.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The screening reasons' bundles: every code in every language, each translation its own. */
class ScreeningReasonBundleTest {

  private static final List<Locale> LOCALES =
      List.of(Locale.ROOT, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN);

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
  void everyBundleHasExactlyTheCodes() {
    Set<String> codes = reasons().map(ScreeningReason::code).collect(Collectors.toSet());
    for (Locale locale : LOCALES) {
      ResourceBundle bundle = ScreeningMessages.MESSAGES.bundle(locale);
      assertThat(bundle.getLocale()).as("bundle of %s", locale).isEqualTo(locale);
      assertThat(bundle.keySet()).as("codes of %s", locale).isEqualTo(codes);
      for (String code : codes) {
        assertThat(bundle.getString(code)).as("%s in %s", code, locale).isNotBlank();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("reasons")
  void germanAndItalianAreTranslatedAndQuoteTheArguments(ScreeningReason reason) {
    String english = reason.message(Locale.ENGLISH);
    for (Locale locale : List.of(Locale.GERMAN, new Locale("de", "CH"), Locale.ITALIAN,
        new Locale("it", "CH"))) {
      String message = reason.message(locale);
      assertThat(message).as("%s in %s", reason.code(), locale).isNotEqualTo(english);
      for (Object argument : arguments(reason)) {
        assertThat(message).as("%s in %s", reason.code(), locale).contains(argument.toString());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("reasons")
  void everyLanguageQuotesTheArgumentsAndNoPlaceholderIsLeft(ScreeningReason reason) {
    for (Locale locale : LOCALES) {
      String message = reason.message(locale);
      assertThat(message).doesNotContain("{").doesNotContain("}");
      for (Object argument : arguments(reason)) {
        assertThat(message).as("%s in %s", reason.code(), locale).contains(argument.toString());
      }
    }
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

  private static List<Object> arguments(ScreeningReason reason) {
    List<Object> arguments = new java.util.ArrayList<>();
    for (var component : reason.getClass().getRecordComponents()) {
      try {
        arguments.add(component.getAccessor().invoke(reason));
      } catch (ReflectiveOperationException e) {
        throw new AssertionError(e);
      }
    }
    return arguments;
  }
}
