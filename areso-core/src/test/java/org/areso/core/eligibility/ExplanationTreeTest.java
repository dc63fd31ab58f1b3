package org.areso.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

/** The evaluator's explanation tree, reasons and missing facts, pinned on small policies. */
class ExplanationTreeTest {

  private static final LegalReference DECREE = LegalReference.builder().code("Décret")
      .article("4").verified(true).build().get();
  private static final Fact<Integer> STAFF = Fact.of("staff", Integer.class,
      Text.of("Combien de salariés ?", "How many employees?"));
  private static final Fact<Boolean> PILOT = Fact.of("pilot", Boolean.class,
      Text.of("Site pilote ?", "Pilot site?"));
  private static final Fact<Boolean> SANCTIONED = Fact.of("sanctioned", Boolean.class,
      Text.of("Sanctionnée ?", "Sanctioned?"));
  private static final Fact<Boolean> MERGING = Fact.of("merging", Boolean.class,
      Text.of("En fusion ?", "Merging?"));
  private static final DateWindow Y2023 =
      DateWindow.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).get();

  private static Condition is(String name, Fact<Boolean> fact) {
    return Rule.condition(name, Text.of("fr " + name, "en " + name), fact, v -> v).citing(DECREE);
  }

  private static Condition large() {
    return Rule.condition("large", Text.of("a plus de 10 salariés", "has more than 10 employees"),
        STAFF, n -> n > 10).citing(DECREE);
  }

  private static Facts facts() {
    return Facts.of(Structure.builder().build().get());
  }

  private static Policy policy(Rule... rules) {
    return Policy.of("p", Text.of("politique", "policy"), List.of(rules)).get();
  }

  /** Evaluates, checking the fast path agrees. */
  private static Decision decide(Policy policy, Facts facts) {
    Decision decision = policy.evaluate(facts);
    assertThat(policy.verdict(facts)).isEqualTo(decision.verdict());
    return decision;
  }

  @Test
  void explainsAGrantedDerogationInBothLanguagesWithSeenValuesAndNotes() {
    // given
    Rule sized = Rule.withDerogations("sized", Text.of("taille", "size"), large(),
        List.of(Derogation.granting("pilot", is("isPilot", PILOT))));
    Policy policy = policy(sized);
    // when
    Decision decision = decide(policy, facts().with(STAFF, 4).with(PILOT, true));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(decision.explain(Language.EN)).isEqualTo("""
        p: ELIGIBLE
        [ELIGIBLE] p — policy
          [ELIGIBLE] sized — size — derogation applied: pilot
            [NOT ELIGIBLE] large — has more than 10 employees (Décret art. 4); seen: staff = 4
            [ELIGIBLE] isPilot — en isPilot (Décret art. 4); seen: pilot = true \
        — derogation 'pilot' (grants)
        """);
    assertThat(decision.explain(Language.FR)).isEqualTo("""
        p: ÉLIGIBLE
        [ÉLIGIBLE] p — politique
          [ÉLIGIBLE] sized — taille — dérogation appliquée : pilot
            [NON ÉLIGIBLE] large — a plus de 10 salariés (Décret art. 4) ; vu : staff = 4
            [ÉLIGIBLE] isPilot — fr isPilot (Décret art. 4) ; vu : pilot = true \
        — dérogation « pilot » (accorde)
        """);
  }

  @Test
  void explainsADeniedRequestWithOneLinePerReasonCitingTheText() {
    // given
    Rule sized = Rule.withDerogations("sized", Text.of("taille", "size"), large(),
        List.of(Derogation.denying("sanction", is("isSanctioned", SANCTIONED))));
    Policy policy = policy(sized);
    // when
    Decision decision = decide(policy, facts().with(STAFF, 40).with(SANCTIONED, true));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decision.reasons()).containsExactly(new EligibilityReason.DerogationApplied(
        "sized", "sanction", Option.some(DECREE)));
    assertThat(decision.explain(Language.EN)).isEqualTo("""
        p: NOT ELIGIBLE
        - Derogation 'sanction' to rule 'sized' applies [Décret art. 4].
        [NOT ELIGIBLE] p — policy
          [NOT ELIGIBLE] sized — size — derogation applied: sanction
            [ELIGIBLE] large — has more than 10 employees (Décret art. 4); seen: staff = 40
            [ELIGIBLE] isSanctioned — en isSanctioned (Décret art. 4); seen: sanctioned = true \
        — derogation 'sanction' (denies)
        """);
    assertThat(decision.explain(Language.FR)).startsWith("""
        p: NON ÉLIGIBLE
        - La dérogation « sanction » à la règle « sized » s'applique [Décret art. 4].
        """);
  }

  @Test
  void notesAConflictBetweenDerogationsThatBothApply() {
    // given
    Rule sized = Rule.withDerogations("sized", Text.of("taille", "size"), large(), List.of(
        Derogation.granting("pilot", is("isPilot", PILOT)),
        Derogation.denying("sanction", is("isSanctioned", SANCTIONED))));
    // when
    Decision decision = decide(policy(sized),
        facts().with(STAFF, 40).with(PILOT, true).with(SANCTIONED, true));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.explanation().children().head().note()).isEqualTo(Option.some(Text.of(
        "conflit : pilot accordent, sanction refusent", "conflict: pilot grant, sanction deny")));
    assertThat(decision.reasons()).containsExactly(new EligibilityReason.DerogationsConflict(
        "sized", List.of("pilot"), List.of("sanction")));
    assertThat(decision.missing()).isEmpty();
  }

  @Test
  void aDatedRuleShowsTheRequestDateItWasJudgedOnAndWhyItIsNotInForce() {
    // given
    Policy policy = policy(large().validDuring(Y2023));
    // when
    Decision inForce =
        decide(policy, facts().with(STAFF, 40).requestDate(LocalDate.of(2023, 5, 1)));
    Decision after = decide(policy, facts().with(STAFF, 40).requestDate(LocalDate.of(2024, 5, 1)));
    Decision undated = decide(policy, facts().with(STAFF, 40));
    Decision plain = decide(policy(large()), facts().with(STAFF, 40));
    // then
    assertThat(inForce.explanation().children().head().seen())
        .containsExactly("staff = 40", "request_date = 2023-05-01");
    assertThat(after.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(after.explanation().children().head().note()).isEqualTo(Option.some(Text.of(
        "pas en vigueur le 2024-05-01 (en vigueur [2023-01-01..2023-12-31])",
        "not in force on 2024-05-01 (in force [2023-01-01..2023-12-31])")));
    assertThat(after.reasons().map(r -> r.message(Language.EN))).containsExactly(
        "Rule 'large' is in force from 2023-01-01 to 2023-12-31, not on 2024-05-01"
            + " [Décret art. 4].");
    assertThat(undated.explanation().children().head().seen())
        .containsExactly("staff = 40", "request_date = ?");
    assertThat(undated.missing()).containsExactly(Fact.REQUEST_DATE);
    assertThat(plain.explanation().children().head().seen()).containsExactly("staff = 40");
  }

  @Test
  void aDatedRuleIsInForceFromItsFirstToItsLastDayInclusive() {
    // given
    Policy policy = policy(large().validDuring(Y2023));
    Facts big = facts().with(STAFF, 40);
    // when / then
    assertThat(policy.verdict(big.requestDate(LocalDate.of(2022, 12, 31))))
        .isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(policy.verdict(big.requestDate(LocalDate.of(2023, 1, 1))))
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(policy.verdict(big.requestDate(LocalDate.of(2023, 12, 31))))
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(policy.verdict(big.requestDate(LocalDate.of(2024, 1, 1))))
        .isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void notesAParameterThatHasNoValueOnTheRequestDate() {
    // given
    DatedParameter<Integer> threshold = DatedParameter.<Integer>named("threshold")
        .value(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), 10, DECREE).build().get();
    Policy policy = policy(Rule.condition("aboveThreshold", Text.of("au-dessus", "above"), STAFF,
        threshold, (Integer n, Integer t) -> n > t).citing(DECREE));
    // when
    Decision before = decide(policy, facts().with(STAFF, 40).requestDate(LocalDate.of(2010, 3, 1)));
    Decision during = decide(policy, facts().with(STAFF, 40).requestDate(LocalDate.of(2021, 3, 1)));
    // then
    assertThat(before.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(before.explanation().children().head().seen())
        .containsExactly("staff = 40", "threshold = ?");
    assertThat(before.explanation().children().head().note()).isEqualTo(Option.some(Text.of(
        "aucune valeur de « threshold » le 2010-03-01", "no value of 'threshold' on 2010-03-01")));
    assertThat(during.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(during.explanation().children().head().seen())
        .containsExactly("staff = 40", "threshold = 10");
    assertThat(during.explanation().children().head().note().isEmpty()).isTrue();
  }

  @Test
  void asksOnlyForTheFactsOfDerogationsThatCouldOverturnADecidedBase() {
    // given
    Rule sized = Rule.withDerogations("sized", Text.of("taille", "size"), large(), List.of(
        Derogation.granting("pilot", is("isPilot", PILOT)),
        Derogation.denying("sanction", is("isSanctioned", SANCTIONED))));
    Policy policy = policy(sized);
    // when
    Decision met = decide(policy, facts().with(STAFF, 40));
    Decision notMet = decide(policy, facts().with(STAFF, 4));
    // then
    assertThat(met.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(met.missing()).containsExactly(SANCTIONED);
    assertThat(notMet.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(notMet.missing()).containsExactly(PILOT);
  }

  @Test
  void aDerogationThatMayApplyAgainstAnAppliedOneLeavesTheVerdictOpen() {
    // given
    Rule sized = Rule.withDerogations("sized", Text.of("taille", "size"), large(), List.of(
        Derogation.granting("pilot", is("isPilot", PILOT)),
        Derogation.denying("sanction", is("isSanctioned", SANCTIONED))));
    Policy policy = policy(sized);
    // when
    Decision decision = decide(policy, facts().with(STAFF, 4).with(PILOT, true));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.missing()).containsExactly(SANCTIONED);
  }

  @Test
  void aBaseThatHoldsStandsWhenNoDerogationCanApply() {
    // given
    Rule sized = Rule.withDerogations("sized", Text.of("taille", "size"), large(),
        List.of(Derogation.denying("sanction", is("isSanctioned", SANCTIONED))));
    Policy policy = policy(sized);
    // when
    Decision decision = decide(policy, facts().with(STAFF, 40).with(SANCTIONED, false));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(decision.reasons()).isEmpty();
  }

  @Test
  void anUnknownBaseWithAnUndecidedDerogationAsksForBothFacts() {
    // given
    Rule sized = Rule.withDerogations("sized", Text.of("taille", "size"), large(),
        List.of(Derogation.denying("sanction", is("isSanctioned", SANCTIONED))));
    // when
    Decision decision = decide(policy(sized), facts());
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.missing()).containsExactlyInAnyOrder(STAFF, SANCTIONED);
  }

  @Test
  void reportsAConflictNestedInAnUndecidedDerogationButNotItsOtherFailures() {
    // given
    Rule inner = Rule.withDerogations("merger", Text.of("fusion", "merger"), is("isMerging",
        MERGING), List.of(Derogation.granting("pilot", is("isPilot", PILOT)),
        Derogation.denying("sanction", is("isSanctioned", SANCTIONED))));
    Rule when = Rule.anyOf("mergerOrSmall", Text.of("fusion ou petite", "merger or small"),
        List.of(inner, Rule.condition("small", Text.of("petite", "small"), STAFF, n -> n < 5)
            .citing(DECREE)));
    Rule sized = Rule.withDerogations("sized", Text.of("taille", "size"), large(),
        List.of(Derogation.granting("special", when)));
    // when
    Decision decision = decide(policy(sized),
        facts().with(STAFF, 7).with(MERGING, true).with(PILOT, true).with(SANCTIONED, true));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.missing()).isEmpty();
    assertThat(decision.reasonCodes()).containsExactly("CONDITION_NOT_MET",
        "DEROGATIONS_CONFLICT");
    assertThat(decision.reasons().last()).isEqualTo(new EligibilityReason.DerogationsConflict(
        "merger", List.of("pilot"), List.of("sanction")));
  }

  @Test
  void ignoresAConflictInsideADerogationThatSurelyDoesNotApply() {
    // given
    Rule inner = Rule.withDerogations("merger", Text.of("fusion", "merger"), is("isMerging",
        MERGING), List.of(Derogation.granting("pilot", is("isPilot", PILOT)),
        Derogation.denying("sanction", is("isSanctioned", SANCTIONED))));
    Rule when = Rule.allOf("mergerAndSmall", Text.of("fusion et petite", "merger and small"),
        List.of(inner, Rule.condition("small", Text.of("petite", "small"), STAFF, n -> n < 5)
            .citing(DECREE)));
    Rule sized = Rule.withDerogations("sized", Text.of("taille", "size"), large(),
        List.of(Derogation.granting("special", when)));
    // when
    Decision decision = decide(policy(sized),
        facts().with(STAFF, 7).with(MERGING, true).with(PILOT, true).with(SANCTIONED, true));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decision.reasonCodes()).containsExactly("CONDITION_NOT_MET");
    assertThat(decision.reasons().head().message(Language.EN)).isEqualTo(
        "Condition not met: has more than 10 employees (rule 'large', staff = 7) [Décret art. 4].");
    assertThat(decision.reasons().head().message(Language.FR)).isEqualTo(
        "Condition non remplie : a plus de 10 salariés (règle « large », staff = 7)"
            + " [Décret art. 4].");
  }

  @Test
  void anExclusionThatIsMetIsReportedAsSuch() {
    // given
    Policy policy = policy(Rule.not("notSanctioned", Text.of("non sanctionnée", "not sanctioned"),
        is("isSanctioned", SANCTIONED)));
    // when
    Decision decision = decide(policy, facts().with(SANCTIONED, true));
    // then
    assertThat(decision.reasonCodes()).containsExactly("EXCLUSION_MET");
    assertThat(decision.reasons().head().message(Language.EN)).isEqualTo(
        "Exclusion met: en isSanctioned (rule 'isSanctioned', sanctioned = true) [Décret art. 4].");
    assertThat(decision.reasons().head().message(Language.FR)).isEqualTo(
        "Condition d'exclusion remplie : fr isSanctioned (règle « isSanctioned »,"
            + " sanctioned = true) [Décret art. 4].");
  }
}
