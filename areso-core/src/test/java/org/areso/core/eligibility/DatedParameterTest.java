package org.areso.core.eligibility;

import static org.areso.core.eligibility.EligibilityFixtures.CASF;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

class DatedParameterTest {

  private static final DatedParameter<Integer> THRESHOLD = DatedParameter.<Integer>named("threshold")
      .value(LocalDate.of(2025, 1, 1), LocalDate.of(2099, 12, 31), 300, CASF)
      .value(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), 250, CASF)
      .build().get();

  @Test
  void resolvesTheValueInForceOnTheRequestDate() {
    // then
    assertThat(THRESHOLD.valueOn(LocalDate.of(2024, 12, 31))).isEqualTo(Option.some(250));
    assertThat(THRESHOLD.valueOn(LocalDate.of(2025, 1, 1))).isEqualTo(Option.some(300));
    assertThat(THRESHOLD.valueOn(LocalDate.of(2019, 6, 1))).isEqualTo(Option.none());
    assertThat(THRESHOLD.periodOn(LocalDate.of(2021, 1, 1)).get().reference()).isEqualTo(CASF);
    assertThat(THRESHOLD.periods().map(DatedParameter.Period::value)).containsExactly(250, 300);
  }

  @Test
  void aConditionComparesAFactWithTheParameterOfTheRequestDate() {
    // given
    Condition large = Rule.condition("isLarge", Text.of("grande", "large"), Fact.HEADCOUNT,
        THRESHOLD, (Integer n, Integer t) -> n >= t).citing(CASF);
    Policy policy = Policy.of("p", Text.of("p", "p"), List.of(large)).get();
    Facts facts = Facts.of(org.areso.core.kernel.Structure.builder().headcount(280).build().get());
    // when
    Decision in2024 = policy.evaluate(facts.requestDate(LocalDate.of(2024, 3, 1)));
    Decision in2025 = policy.evaluate(facts.requestDate(LocalDate.of(2025, 3, 1)));
    Decision before = policy.evaluate(facts.requestDate(LocalDate.of(2010, 3, 1)));
    Decision undated = policy.evaluate(facts);
    // then
    assertThat(in2024.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(in2025.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(in2025.explanation().children().head().seen()).contains("threshold = 300");
    assertThat(before.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(undated.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(undated.missing()).containsExactly(Fact.REQUEST_DATE);
  }

  @Test
  void refusesInvertedOverlappingAndEmptyParametersWithTypedReasons() {
    // when
    var inverted = DatedParameter.<Integer>named("threshold")
        .value(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1), 1, CASF)
        .value(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), 2, CASF)
        .value(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1), 3, CASF).build();
    var empty = DatedParameter.<Integer>named("threshold").build();
    // then
    assertThat(inverted.getError().map(Reason::code))
        .containsExactly("WINDOW_INVERTED", "PARAMETER_PERIODS_OVERLAP");
    assertThat(empty.getError().map(Reason::code)).containsExactly("PARAMETER_WITHOUT_VALUE");
  }
}
