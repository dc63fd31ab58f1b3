package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.control.Option;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A text in its four languages, and English where it is not translated. */
class TextTest {

  private static final Text BOTH = Text.of("le pays", "the country");
  private static final Text FOUR = Text.of("le pays", "the country", "das Land", "il paese");

  @Test
  void aLocaleReadsItsLanguageOrEnglish() {
    assertThat(FOUR.in(Locale.forLanguageTag("fr-CH"))).isEqualTo("le pays");
    assertThat(FOUR.in(Locale.forLanguageTag("de-CH"))).isEqualTo("das Land");
    assertThat(FOUR.in(Locale.forLanguageTag("it-CH"))).isEqualTo("il paese");
    assertThat(FOUR.in(Locale.forLanguageTag("rm-CH"))).isEqualTo("the country");
    assertThat(BOTH.in(Locale.GERMAN)).isEqualTo("the country");
    assertThat(BOTH.in(Locale.ITALIAN)).isEqualTo("the country");
    assertThat(BOTH.in(Locale.FRENCH)).isEqualTo(BOTH.in(Language.FR));
  }

  @Test
  void aTextOfTwoLanguagesHasNoTranslationAndIsEqualOnlyToSuch() {
    assertThat(BOTH).isEqualTo(new Text("le pays", "the country", Option.none(), Option.none()));
    assertThat(BOTH).isNotEqualTo(FOUR);
    assertThat(FOUR.de()).contains("das Land");
  }

  @Test
  void refusesANullText() {
    assertThatNullPointerException().isThrownBy(() -> Text.of("a", "b", null, "d"));
    assertThatNullPointerException().isThrownBy(() -> new Text("a", "b", Option.some(null),
        Option.none()));
    assertThatNullPointerException().isThrownBy(() -> new Text("a", "b", Option.none(),
        Option.some(null)));
    assertThatNullPointerException().isThrownBy(() -> BOTH.in((Locale) null));
  }

  @Test
  void aTranslatedTextQuotedByAReasonIsInTheMessagesLanguage() {
    BundledReason missing = new FieldReason.Malformed("uid", "CHE-1", Text.of("9 chiffres",
        "9 digits", "9 Ziffern", "9 cifre"));
    assertThat(missing.message(Locale.forLanguageTag("de-CH")))
        .isEqualTo("Das Feld «uid» enthält «CHE-1»; erwartet: 9 Ziffern.");
    assertThat(missing.message(Locale.ITALIAN)).endsWith("9 cifre.");
  }
}
