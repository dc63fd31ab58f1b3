package org.areso.core.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormatIdTest {

  @Test
  void acceptsLowerCaseLettersDigitsAndHyphensAndStripsSurroundingBlanks() {
    // when
    FormatId id = FormatId.of("  ipr-2024-az09 ").get();
    // then
    assertThat(id.value()).isEqualTo("ipr-2024-az09");
    assertThat(id).hasToString("ipr-2024-az09");
  }

  @Test
  void refusesABlankIdentifier() {
    // when
    var result = FormatId.of("   ");
    // then
    assertThat(result.getError()).containsExactly(new FieldReason.Blank("format"));
  }

  @Test
  void acceptsSixtyFourCharactersAndRefusesSixtyFive() {
    // given
    String max = "a".repeat(64);
    // when
    var longest = FormatId.of(max);
    var tooLong = FormatId.of(max + "b");
    // then
    assertThat(longest.get().value()).isEqualTo(max);
    assertThat(tooLong.getError()).containsExactly(new FieldReason.TooLong("format", 65, 64));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ipr", "ipr_1", "ipr`", "ipr{", "ipr/", "ipr:", "ipr 1", "é"})
  void refusesAnyCharacterOutsideLowerCaseLettersDigitsAndHyphens(String raw) {
    // when
    var result = FormatId.of(raw);
    // then
    assertThat(result.getError().map(Reason::code)).containsExactly("FIELD_MALFORMED");
    assertThat(result.getError().head().message(Language.EN))
        .contains("lower-case letters, digits and hyphens");
    assertThat(result.getError().head().message(Language.FR))
        .contains("lettres minuscules, chiffres et tirets");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "z", "0", "9", "-", "a-z-0-9"})
  void acceptsTheBoundsOfEachAllowedRange(String raw) {
    // when
    var result = FormatId.of(raw);
    // then
    assertThat(result.get().value()).isEqualTo(raw);
  }

  @Test
  void twoIdentifiersAreEqualExactlyWhenTheirValuesAre() {
    // given
    FormatId ipr = FormatId.of("ipr").get();
    // then
    assertThat(ipr).isEqualTo(FormatId.of(" ipr ").get())
        .hasSameHashCodeAs(FormatId.of("ipr").get())
        .isNotEqualTo(FormatId.of("ipr-2").get())
        .isNotEqualTo("ipr");
  }

  @Test
  void theConstructorTakesAWellFormedIdentifierAsTheFactoryReadsIt() {
    // when
    FormatId constant = new FormatId("ipr-2");
    // then
    assertThat(constant).isEqualTo(FormatId.of(" ipr-2 ").get());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ipr", "Ipr", "ipr_1"})
  void theConstructorRefusesWhatTheFactoryWouldAsAProgrammerError(String text) {
    // when, then
    assertThatIllegalArgumentException().isThrownBy(() -> new FormatId(text))
        .withMessage("not a format identifier: " + text);
  }
}
