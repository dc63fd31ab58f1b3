package org.areso.core.eligibility;

import static org.areso.core.eligibility.EligibilityFixtures.chrs;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.areso.core.kernel.Language;
import org.junit.jupiter.api.Test;

class Social2023PolicyTest {

  private final Policy policy = EligibilityFixtures.social2023().get();

  @Test
  void aStateFundedChrsRequestingInTheWindowIsEligibleWithACitedExplanation() {
    // given
    Facts facts = chrs("P177|ARS", LocalDate.of(2023, 9, 15));
    // when
    Decision decision = policy.evaluate(facts);
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(decision.missing()).isEmpty();
    assertThat(decision.reasons()).isEmpty();
    assertThat(decision.explanation().children()).hasSize(3);
    String fr = decision.explain(Language.FR);
    String en = decision.explain(Language.EN);
    assertThat(fr).contains("ÉLIGIBLE").contains("CASF art. L.312-1 I")
        .contains("casf_item = 8").contains("funding = ARS, P177")
        .contains("request_window = [2023-07-01..2024-04-30]");
    assertThat(en).contains("ELIGIBLE").contains("seen: casf_item = 8")
        .contains("LOLF art. 7 (non vérifié / not verified)");
  }

  @Test
  void aStructureFundedOnlyByHealthInsuranceOutsideTheWindowGetsEveryReason() {
    // given
    Facts facts = chrs("ARS", LocalDate.of(2024, 5, 2));
    // when
    Decision decision = policy.evaluate(facts);
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decision.reasonCodes()).containsExactly("CONDITION_NOT_MET", "CONDITION_NOT_MET");
    assertThat(decision.reasons().map(r -> ((EligibilityReason.ConditionNotMet) r).rule()))
        .containsExactly("fundedByStateBudgetProgramme", "requestedInWindow");
    assertThat(decision.reasons().head().message(Language.FR))
        .contains("financée par un programme du budget de l'État").contains("funding = ARS");
    assertThat(policy.verdict(facts)).isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void unknownFundingAndDateAreTheOnlyQuestionsLeft() {
    // given
    Facts facts = Facts.of(EligibilityFixtures.structure("8", ""));
    // when
    Decision decision = policy.evaluate(facts);
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.missing()).containsExactly(Fact.FUNDING_SOURCES, Fact.REQUEST_DATE);
    assertThat(decision.reasons().map(EligibilityReason::code))
        .containsExactly("FACT_MISSING", "FACT_MISSING");
    assertThat(decision.reasons().head().message(Language.EN)).contains("Who funds the structure?");
    assertThat(decision.explain(Language.EN)).contains("funding = ?").contains("UNDETERMINED");
  }

  @Test
  void aKnownFailureMakesMissingFactsIrrelevant() {
    // given
    Facts facts = Facts.of(EligibilityFixtures.structure("", "ARS"));
    // when
    Decision decision = policy.evaluate(facts);
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decision.missing()).isEmpty();
  }
}
