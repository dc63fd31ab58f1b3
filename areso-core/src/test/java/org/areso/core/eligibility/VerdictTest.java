package org.areso.core.eligibility;

import static org.areso.core.eligibility.Verdict.ELIGIBLE;
import static org.areso.core.eligibility.Verdict.NOT_ELIGIBLE;
import static org.areso.core.eligibility.Verdict.UNDETERMINED;
import static org.assertj.core.api.Assertions.assertThat;

import org.areso.core.kernel.Language;
import org.junit.jupiter.api.Test;

class VerdictTest {

  @Test
  void followsKleeneTablesForAndOrNot() {
    // then
    assertThat(ELIGIBLE.and(UNDETERMINED)).isEqualTo(UNDETERMINED);
    assertThat(NOT_ELIGIBLE.and(UNDETERMINED)).isEqualTo(NOT_ELIGIBLE);
    assertThat(ELIGIBLE.and(ELIGIBLE)).isEqualTo(ELIGIBLE);
    assertThat(ELIGIBLE.or(UNDETERMINED)).isEqualTo(ELIGIBLE);
    assertThat(NOT_ELIGIBLE.or(UNDETERMINED)).isEqualTo(UNDETERMINED);
    assertThat(NOT_ELIGIBLE.or(NOT_ELIGIBLE)).isEqualTo(NOT_ELIGIBLE);
    assertThat(ELIGIBLE.negate()).isEqualTo(NOT_ELIGIBLE);
    assertThat(UNDETERMINED.negate()).isEqualTo(UNDETERMINED);
    assertThat(UNDETERMINED.isDetermined()).isFalse();
  }

  @Test
  void hasStableCodesAndBilingualLabels() {
    // then
    assertThat(Verdict.ofCode(0)).isEqualTo(NOT_ELIGIBLE);
    assertThat(Verdict.ofCode(2)).isEqualTo(ELIGIBLE);
    assertThat(UNDETERMINED.code()).isEqualTo(1);
    assertThat(NOT_ELIGIBLE.label(Language.FR)).isEqualTo("NON ÉLIGIBLE");
    assertThat(UNDETERMINED.label(Language.EN)).isEqualTo("UNDETERMINED");
  }
}
