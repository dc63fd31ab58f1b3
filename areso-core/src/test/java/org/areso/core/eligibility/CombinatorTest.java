package org.areso.core.eligibility;

import static org.areso.core.eligibility.EligibilityFixtures.CASF;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

class CombinatorTest {

  static final Fact<Boolean> CONFLICT_HOT = Fact.of("conflict_hot", Boolean.class,
      Text.of("Le conflit est-il à chaud ?", "Is the conflict hot?"));
  static final Fact<Boolean> PILOT = Fact.of("pilot", Boolean.class,
      Text.of("La structure est-elle pilote ?", "Is the structure a pilot?"));
  static final Fact<Boolean> SANCTIONED = Fact.of("sanctioned", Boolean.class,
      Text.of("La structure est-elle sanctionnée ?", "Is the structure sanctioned?"));

  static Condition is(String name, Fact<Boolean> fact) {
    return Rule.condition(name, Text.of(name, name), fact, v -> v).citing(CASF);
  }

  static Facts facts() {
    return Facts.of(EligibilityFixtures.unknownStructure());
  }

  static Decision decide(Rule rule, Facts facts) {
    Policy policy = Policy.of("p", Text.of("p", "p"), List.of(rule)).get();
    Decision decision = policy.evaluate(facts);
    assertThat(policy.verdict(facts)).isEqualTo(decision.verdict());
    return decision;
  }

  @Test
  void aConditionIsUndeterminedWhenItsFactIsUnknownAndNamesIt() {
    // given
    Condition pilot = is("isPilot", PILOT);
    // when
    Decision unknown = decide(pilot, facts());
    Decision known = decide(pilot, facts().with(PILOT, true));
    Decision no = decide(pilot, facts().with(PILOT, false));
    // then
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.missing()).containsExactly(PILOT);
    assertThat(unknown.reasonCodes()).containsExactly("FACT_MISSING");
    assertThat(known.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(known.reasons()).isEmpty();
    assertThat(no.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(no.reasonCodes()).containsExactly("CONDITION_NOT_MET");
    assertThat(no.missing()).isEmpty();
  }

  @Test
  void allOfReportsEveryFailedConditionNotOnlyTheFirst() {
    // given
    Rule all = Rule.allOf("all", Text.of("tout", "all"),
        List.of(is("isPilot", PILOT), is("isSanctioned", SANCTIONED), is("isHot", CONFLICT_HOT)));
    // when
    Decision decision = decide(all, facts().with(PILOT, false).with(SANCTIONED, false));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decision.reasons()).hasSize(2)
        .allMatch(r -> r.code().equals("CONDITION_NOT_MET"));
    assertThat(decision.missing()).as("a missing fact cannot change a refusal").isEmpty();
  }

  @Test
  void allOfIsUndeterminedWhenNothingFailsAndAFactIsMissing() {
    // given
    Rule all = Rule.allOf("all", Text.of("tout", "all"),
        List.of(is("isPilot", PILOT), is("isHot", CONFLICT_HOT)));
    // when
    Decision decision = decide(all, facts().with(PILOT, true));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.missing()).containsExactly(CONFLICT_HOT);
  }

  @Test
  void anyOfIsEligibleWhenOneRuleIsMetEvenIfOthersAreUnknown() {
    // given
    Rule any = Rule.anyOf("any", Text.of("un", "any"),
        List.of(is("isPilot", PILOT), is("isHot", CONFLICT_HOT)));
    // when
    Decision met = decide(any, facts().with(PILOT, true));
    Decision open = decide(any, facts().with(PILOT, false));
    Decision failed = decide(any, facts().with(PILOT, false).with(CONFLICT_HOT, false));
    // then
    assertThat(met.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(met.missing()).isEmpty();
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missing()).containsExactly(CONFLICT_HOT);
    assertThat(failed.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(failed.reasons()).hasSize(2);
  }

  @Test
  void notInvertsAndReportsAnExclusionThatWasMet() {
    // given
    Rule notHot = Rule.not("notHot", Text.of("pas à chaud", "not hot"),
        is("isHot", CONFLICT_HOT));
    // when
    Decision hot = decide(notHot, facts().with(CONFLICT_HOT, true));
    Decision cold = decide(notHot, facts().with(CONFLICT_HOT, false));
    Decision unknown = decide(notHot, facts());
    // then
    assertThat(hot.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(hot.reasonCodes()).containsExactly("EXCLUSION_MET");
    assertThat(cold.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.missing()).containsExactly(CONFLICT_HOT);
  }

  @Test
  void aGrantingDerogationOverridesAFailedBaseRule() {
    // given
    Rule rule = Rule.withDerogations("base", Text.of("base", "base"), is("isHot", CONFLICT_HOT),
        List.of(Derogation.granting("pilot", is("isPilot", PILOT))));
    // when
    Decision granted = decide(rule, facts().with(CONFLICT_HOT, false).with(PILOT, true));
    Decision base = decide(rule, facts().with(CONFLICT_HOT, false).with(PILOT, false));
    Decision open = decide(rule, facts().with(CONFLICT_HOT, false));
    Decision sameAnyway = decide(rule, facts().with(CONFLICT_HOT, true));
    // then
    assertThat(granted.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(granted.explanation().render(Language.EN)).contains("derogation applied: pilot");
    assertThat(base.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missing()).containsExactly(PILOT);
    assertThat(sameAnyway.verdict()).as("a derogation that would agree cannot change it")
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(sameAnyway.missing()).isEmpty();
  }

  @Test
  void aDenyingDerogationIsReportedWhenItApplies() {
    // given
    Rule rule = Rule.withDerogations("base", Text.of("base", "base"), is("isPilot", PILOT),
        List.of(Derogation.denying("sanctioned", is("isSanctioned", SANCTIONED))));
    // when
    Decision decision = decide(rule, facts().with(PILOT, true).with(SANCTIONED, true));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decision.reasonCodes()).containsExactly("DEROGATION_APPLIED");
  }

  @Test
  void twoApplicableDerogationsThatDisagreeAreAConflictInAnyOrder() {
    // given
    Derogation grant = Derogation.granting("pilot", is("isPilot", PILOT));
    Derogation deny = Derogation.denying("sanctioned", is("isSanctioned", SANCTIONED));
    Rule oneOrder = Rule.withDerogations("base", Text.of("b", "b"), is("isHot", CONFLICT_HOT),
        List.of(grant, deny));
    Rule otherOrder = Rule.withDerogations("base", Text.of("b", "b"), is("isHot", CONFLICT_HOT),
        List.of(deny, grant));
    Facts facts = facts().with(CONFLICT_HOT, true).with(PILOT, true).with(SANCTIONED, true);
    // when
    Decision first = decide(oneOrder, facts);
    Decision second = decide(otherOrder, facts);
    // then
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(second.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(first.reasonCodes()).containsExactly("DEROGATIONS_CONFLICT");
    assertThat(first.missing()).as("no fact can settle a conflict").isEmpty();
    assertThat(first.reasons().head().message(Language.FR)).contains("pilot")
        .contains("sanctioned");
  }

  @Test
  void aConflictInsideADerogationsConditionIsReportedWhenItHoldsTheVerdictOpen() {
    // given a derogation whose own condition is a conflict (found by EligibilityProperties)
    Rule conflicting = Rule.withDerogations("inner", Text.of("i", "i"), is("isHot", CONFLICT_HOT),
        List.of(Derogation.granting("pilot", is("isPilot", PILOT)),
            Derogation.denying("sanctioned", is("isSanctioned", SANCTIONED))));
    Rule notHot = Rule.not("notHot", Text.of("n", "n"), is("isHotToo", CONFLICT_HOT));
    Rule outer = Rule.withDerogations("outer", Text.of("o", "o"), notHot,
        List.of(Derogation.granting("whenInner", conflicting)));
    Facts facts = facts().with(CONFLICT_HOT, true).with(PILOT, true).with(SANCTIONED, true);
    // when
    Decision decision = decide(outer, facts);
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.missing()).isEmpty();
    assertThat(decision.reasonCodes()).contains("DEROGATIONS_CONFLICT");
  }

  @Test
  void aRuleOutsideItsValidityIsNotMetAndUndeterminedWithoutADate() {
    // given
    DateWindow y2023 = DateWindow.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).get();
    Rule pilot = is("isPilot", PILOT).validDuring(y2023);
    Facts known = facts().with(PILOT, true);
    // when
    Decision inForce = decide(pilot, known.requestDate(LocalDate.of(2023, 6, 1)));
    Decision repealed = decide(pilot, known.requestDate(LocalDate.of(2024, 6, 1)));
    Decision noDate = decide(pilot, known);
    // then
    assertThat(inForce.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(repealed.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(repealed.reasonCodes()).containsExactly("RULE_NOT_IN_FORCE");
    assertThat(repealed.reasons().head().message(Language.EN)).contains("2024-06-01");
    assertThat(noDate.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(noDate.missing()).containsExactly(Fact.REQUEST_DATE);
  }
}
