package org.areso.core.eligibility;

import static org.areso.core.eligibility.EligibilityFixtures.CASF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

/** {@link Policy#screen(Facts)} and the decision {@link Policy#evaluate(Facts)} explains lazily. */
class ScreenTest {

  private static final Policy SOCIAL = EligibilityFixtures.social2023().get();

  @Test
  void screeningGivesTheVerdictTheReasonsCodesAndSubjectsAndTheMissingFacts() {
    // given: funded by no State programme, the request's date unknown
    Facts facts = Facts.of(EligibilityFixtures.structure("8", "ARS"));
    // when
    ScreenResult screened = SOCIAL.screen(facts);
    // then
    Decision decision = SOCIAL.evaluate(facts);
    assertThat(screened.policy()).isEqualTo("areso-social-2023");
    assertThat(screened.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE).isEqualTo(decision.verdict());
    assertThat(screened.reasonCodes()).containsExactly("CONDITION_NOT_MET")
        .isEqualTo(decision.reasonCodes());
    assertThat(screened.reasonSubjects()).containsExactly("fundedByStateBudgetProgramme");
    assertThat(screened.reasonCount()).isEqualTo(1);
    assertThat(screened.reasonCode(0)).isEqualTo("CONDITION_NOT_MET");
    assertThat(screened.reasonSubject(0)).isEqualTo("fundedByStateBudgetProgramme");
    assertThat(screened.missing()).isEmpty();
    assertThat(screened.missingCount()).isZero();
    assertThat(screened).hasToString("areso-social-2023: NOT_ELIGIBLE"
        + " [CONDITION_NOT_MET:fundedByStateBudgetProgramme] missing []");
  }

  @Test
  void anUndeterminedRequestListsItsMissingFactsAsReasonsToo() {
    // given
    Facts facts = Facts.of(EligibilityFixtures.unknownStructure());
    // when
    ScreenResult screened = SOCIAL.screen(facts);
    // then
    assertThat(screened.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(screened.missing()).containsExactly(Fact.CASF_ITEMS, Fact.FUNDING_SOURCES,
        Fact.REQUEST_DATE).isEqualTo(SOCIAL.evaluate(facts).missing());
    assertThat(screened.missingFact(2)).isEqualTo(Fact.REQUEST_DATE);
    assertThat(screened.reasonCodes()).containsExactly("FACT_MISSING", "FACT_MISSING",
        "FACT_MISSING");
    assertThat(screened.reasonSubjects()).containsExactly("casf_item", "funding",
        "request_date");
    assertThatThrownBy(() -> screened.reasonCode(3))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> screened.missingFact(-1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void anEligibleRequestHasNeitherReasonNorMissingFact() {
    // given
    Facts facts = EligibilityFixtures.chrs("P177", LocalDate.of(2023, 9, 1));
    // when
    ScreenResult screened = SOCIAL.screen(facts);
    // then
    assertThat(screened.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(screened.reasonCount()).isZero();
    assertThat(screened.missing()).isEmpty();
    assertThat(screened).isEqualTo(SOCIAL.screen(facts)).hasSameHashCodeAs(SOCIAL.screen(facts));
  }

  @Test
  void theLazyExplanationIsTheOneAGivenExplanationMakesEqual() {
    // given
    Facts facts = EligibilityFixtures.chrs("ARS", LocalDate.of(2025, 1, 1));
    Decision lazy = SOCIAL.evaluate(facts);
    // when
    Explanation explanation = lazy.explanation();
    Decision given = new Decision(lazy.policy(), lazy.verdict(), lazy.missing(), lazy.reasons(),
        explanation);
    // then
    assertThat(lazy.explanation()).isSameAs(explanation);
    assertThat(lazy).isEqualTo(given).hasSameHashCodeAs(given).hasToString(given.toString());
    assertThat(lazy.explain(Language.EN)).isEqualTo(given.explain(Language.EN))
        .contains("fundedByStateBudgetProgramme");
    assertThat(SOCIAL.evaluate(facts)).isEqualTo(lazy);
    assertThat(lazy).isNotEqualTo(SOCIAL.evaluate(Facts.of(EligibilityFixtures.unknownStructure())));
  }

  @Test
  void aPolicyReadingMoreFactsThanATraceHoldsIsScreenedThroughTheExplainedPath() {
    // given: 70 declared facts, one condition each
    Seq<Fact<Boolean>> facts = List.range(0, 70).map(i -> Fact.of("f" + i, Boolean.class,
        Text.of("f" + i + " ?", "f" + i + "?")));
    Policy wide = Policy.of("wide", Text.of("w", "w"), facts.map(f -> Rule.condition(
        "is" + f.name(), Text.of("c", "c"), f, v -> v).citing(CASF))).get();
    Facts some = Facts.of(EligibilityFixtures.unknownStructure()).with(facts.get(3), false)
        .with(facts.get(5), true);
    // when
    ScreenResult screened = wide.screen(some);
    Decision decision = wide.evaluate(some);
    // then
    assertThat(screened.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE).isEqualTo(decision.verdict());
    assertThat(screened.reasonCodes()).containsExactly("CONDITION_NOT_MET")
        .isEqualTo(decision.reasonCodes());
    assertThat(screened.reasonSubjects()).containsExactly("isf3");
    assertThat(wide.verdict(some)).isEqualTo(Verdict.NOT_ELIGIBLE);
  }
}
