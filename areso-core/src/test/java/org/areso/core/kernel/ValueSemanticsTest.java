package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Equality, hashing and text of the small kernel values: what PIT showed no core test pinned
 * (docs/RELIABILITY.md, item 2).
 */
class ValueSemanticsTest {

  @Test
  void aSensitiveValueIsEqualByItsValueAndNeverShowsIt() {
    // given
    Sensitive<String> secret = Sensitive.of("salaire de Mme X");
    // when
    String text = secret.toString();
    // then
    assertThat(secret).isEqualTo(Sensitive.of("salaire de Mme X"))
        .isNotEqualTo(Sensitive.of("autre chose")).isNotEqualTo("salaire de Mme X");
    assertThat(secret.hashCode()).isEqualTo("salaire de Mme X".hashCode());
    assertThat(text).isEqualTo("Sensitive[redacted]").doesNotContain("salaire");
  }

  @Test
  void identifiersAreEqualByTheirTextAndPrintIt() {
    // given
    FacilitatorId claire = FacilitatorId.of("claire").get();
    PartyId cse = PartyId.of("cse").get();
    // when / then
    assertThat(claire).isEqualTo(FacilitatorId.of("claire").get())
        .isNotEqualTo(FacilitatorId.of("karim").get());
    assertThat(claire.hashCode()).isEqualTo("claire".hashCode());
    assertThat(claire.toString()).isEqualTo("claire");
    assertThat(cse).isEqualTo(PartyId.of("cse").get()).isNotEqualTo(PartyId.of("drh").get())
        .isNotEqualTo(claire);
  }

  @Test
  void windowsAreEqualByTheirDaysAndHashAlike() {
    // given
    LocalDate start = LocalDate.of(2023, 7, 1);
    DateWindow window = DateWindow.of(start, start.plusMonths(10)).get();
    // when
    DateWindow same = DateWindow.of(start, start.plusMonths(10)).get();
    // then
    assertThat(window).isEqualTo(same).hasSameHashCodeAs(same)
        .isNotEqualTo(DateWindow.of(start, start.plusMonths(9)).get())
        .isNotEqualTo(DateWindow.of(start.plusDays(1), start.plusMonths(10)).get());
    assertThat(window.hashCode())
        .isNotEqualTo(DateWindow.of(start, start.plusMonths(9)).get().hashCode())
        .isNotEqualTo(DateWindow.of(start.plusDays(1), start.plusMonths(10)).get().hashCode());
  }

  @Test
  void aStateBudgetProgrammeHasExactlyThreeDigitsAndIsEqualByItsNumber() {
    // given / when
    FundingSource p100 = FundingSource.stateBudgetProgramme(100);
    FundingSource p999 = FundingSource.stateBudgetProgramme(999);
    // then
    assertThat(p100).isEqualTo(FundingSource.stateBudgetProgramme(100)).isNotEqualTo(p999)
        .hasSameHashCodeAs(FundingSource.stateBudgetProgramme(100));
    assertThat(p100.hashCode()).isNotEqualTo(p999.hashCode());
    assertThatThrownBy(() -> FundingSource.stateBudgetProgramme(99))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FundingSource.stateBudgetProgramme(1000))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void overseasDepartementsAreThoseOfThreeDigits() {
    // given / when / then
    assertThat(Departement.parse("971").get().isOverseas()).isTrue();
    assertThat(Departement.parse("69").get().isOverseas()).isFalse();
    assertThat(Departement.parse("2A").get().isOverseas()).isFalse();
  }
}
