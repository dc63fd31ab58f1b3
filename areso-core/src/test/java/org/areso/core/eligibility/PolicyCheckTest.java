package org.areso.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Arrays;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

/** The checks a policy passes when it is built, and the rules' own building blocks. */
class PolicyCheckTest {

  private static final LegalReference DECREE = LegalReference.builder().code("Décret")
      .article("4").verified(true).build().get();
  private static final Text T = Text.of("t", "t");

  private static Condition cond(String name) {
    return Rule.condition(name, T, Fact.HEADCOUNT, n -> n > 10).citing(DECREE);
  }

  private static DateWindow window(int fromYear, int toYear) {
    return DateWindow.of(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31)).get();
  }

  @Test
  void judgesADerogationAgainstTheIntersectionOfItsRuleAndEveryAncestorWindow() {
    // given
    Rule derogated = Rule.withDerogations("derogated", T, cond("base"), List.of(
        Derogation.granting("late", cond("lateCase").validDuring(window(2026, 2027))),
        Derogation.granting("early", cond("earlyCase").validDuring(window(2021, 2022))),
        Derogation.granting("current", cond("currentCase").validDuring(window(2024, 2024)))))
        .validDuring(window(2023, 2030));
    Rule outer = Rule.allOf("outer", T, List.of(derogated)).validDuring(window(2020, 2025));
    // when
    var result = Policy.of("p", T, List.of(outer));
    // then
    assertThat(result.getError().map(r -> r.message(Language.EN))).containsExactly(
        "Derogation 'late' to rule 'derogated' can never apply: it is in force"
            + " [2026-01-01..2027-12-31], the rule [2023-01-01..2025-12-31].",
        "Derogation 'early' to rule 'derogated' can never apply: it is in force"
            + " [2021-01-01..2022-12-31], the rule [2023-01-01..2025-12-31].");
    assertThat(result.getError().head().message(Language.FR)).isEqualTo(
        "La dérogation « late » à la règle « derogated » ne peut jamais s'appliquer : elle est en"
            + " vigueur [2026-01-01..2027-12-31], la règle [2023-01-01..2025-12-31].");
  }

  @Test
  void anUndatedRuleInheritsTheWindowOfTheRuleThatContainsIt() {
    // given
    Rule derogated = Rule.withDerogations("derogated", T, cond("base"),
        List.of(Derogation.granting("old", cond("oldCase").validDuring(window(2020, 2020)))));
    Rule outer = Rule.allOf("outer", T, List.of(derogated)).validDuring(window(2023, 2023));
    // when
    var result = Policy.of("p", T, List.of(outer));
    // then
    assertThat(result.getError()).containsExactly(new EligibilityReason.DerogationNeverApplies(
        "derogated", "old", Text.of("elle est en vigueur [2020-01-01..2020-12-31], la règle"
            + " [2023-01-01..2023-12-31]", "it is in force [2020-01-01..2020-12-31], the rule"
            + " [2023-01-01..2023-12-31]")));
  }

  @Test
  void aDerogationWhoseRuleIsAnEmptyAlternativeNeverApplies() {
    // given
    Rule derogated = Rule.withDerogations("derogated", T, cond("base"),
        List.of(Derogation.granting("never", Rule.anyOf("nothing", T, List.empty()))));
    // when
    var result = Policy.of("p", T, List.of(derogated));
    // then
    assertThat(result.getError().map(Reason::code))
        .containsExactly("DEROGATION_NEVER_APPLIES", "EMPTY_COMPOSITION");
    assertThat(result.getError().map(r -> r.message(Language.EN))).containsExactly(
        "Derogation 'never' to rule 'derogated' can never apply: its rule is an empty any-of.",
        "Rule 'nothing' composes no rule.");
    assertThat(result.getError().map(r -> r.message(Language.FR))).containsExactly(
        "La dérogation « never » à la règle « derogated » ne peut jamais s'appliquer : sa règle"
            + " est une alternative vide.",
        "La règle « nothing » ne compose aucune règle.");
  }

  @Test
  void namesTheGrantingThenTheDenyingDerogationOfAPairThatAlwaysConflicts() {
    // given
    Condition big = cond("big");
    Rule rule = Rule.withDerogations("derogated", T, cond("base"),
        List.of(Derogation.denying("no", big), Derogation.granting("yes", big)));
    // when
    var result = Policy.of("p", T, List.of(rule));
    // then
    assertThat(result.getError()).containsExactly(
        new EligibilityReason.DerogationsAlwaysConflict("derogated", "yes", "no"),
        new EligibilityReason.DuplicateRuleName("big", 2));
    assertThat(result.getError().head().message(Language.EN)).isEqualTo("Derogations 'yes' and"
        + " 'no' to rule 'derogated' apply in the same cases and decide opposite verdicts.");
    assertThat(result.getError().head().message(Language.FR)).isEqualTo("Les dérogations « yes »"
        + " et « no » à la règle « derogated » s'appliquent dans les mêmes cas et décident"
        + " l'inverse l'une de l'autre.");
  }

  @Test
  void reportsARuleWithoutReferenceAndDuplicateNamesInAlphabeticalOrder() {
    // given
    Rule uncited = Rule.condition("uncited", T, Fact.HEADCOUNT, n -> n > 10);
    // when
    var result = Policy.of("p", T, List.of(uncited, cond("zeta"), cond("zeta"), cond("alpha"),
        cond("alpha"), cond("alpha")));
    // then
    assertThat(result.getError()).containsExactly(
        new EligibilityReason.RuleWithoutReference("uncited"),
        new EligibilityReason.DuplicateRuleName("alpha", 3),
        new EligibilityReason.DuplicateRuleName("zeta", 2));
    assertThat(result.getError().head().message(Language.EN))
        .isEqualTo("Rule 'uncited' cites no legal text.");
    assertThat(result.getError().head().message(Language.FR))
        .isEqualTo("La règle « uncited » ne cite aucun texte.");
    assertThat(result.getError().get(1).message(Language.FR))
        .isEqualTo("3 règles s'appellent « alpha » ; les noms doivent être uniques.");
  }

  @Test
  void aPolicyKeepsItsStrippedIdentifierTitleAndRulesInOrder() {
    // given
    Text title = Text.of("titre", "title");
    Condition first = cond("first");
    Condition second = cond("second");
    // when
    Policy policy = Policy.of(" p-1 ", title, List.of(first, second)).get();
    // then
    assertThat(policy.id()).isEqualTo("p-1");
    assertThat(policy).hasToString("p-1");
    assertThat(policy.title()).isEqualTo(title);
    assertThat(policy.rules()).containsExactly(first, second);
  }

  @Test
  void rulesAndFactsPrintAsTheirNames() {
    // given
    Fact<Integer> staff = Fact.of("staff", Integer.class, T);
    // then
    assertThat(cond("big")).hasToString("big");
    assertThat(staff).hasToString("staff");
    assertThat(Fact.HEADCOUNT).hasToString(Fact.HEADCOUNT.name());
  }

  @Test
  void citingOrDatingAComposedRuleKeepsEverythingElse() {
    // given
    DateWindow y2023 = window(2023, 2023);
    List<Rule> parts = List.of(cond("a"), cond("b"));
    Rule.AllOf all = Rule.allOf("all", T, parts);
    Rule.AnyOf any = Rule.anyOf("any", T, parts);
    Condition a = cond("a");
    Rule.Not not = Rule.not("not", T, a);
    Rule.WithDerogations with = Rule.withDerogations("with", T, cond("a"),
        List.of(Derogation.granting("g", cond("b"))));
    // then
    assertThat(all.citing(DECREE))
        .isEqualTo(new Rule.AllOf("all", T, Option.some(DECREE), Option.none(), parts));
    assertThat(all.validDuring(y2023))
        .isEqualTo(new Rule.AllOf("all", T, Option.none(), Option.some(y2023), parts));
    assertThat(any.citing(DECREE))
        .isEqualTo(new Rule.AnyOf("any", T, Option.some(DECREE), Option.none(), parts));
    assertThat(any.validDuring(y2023))
        .isEqualTo(new Rule.AnyOf("any", T, Option.none(), Option.some(y2023), parts));
    assertThat(not.citing(DECREE))
        .isEqualTo(new Rule.Not("not", T, Option.some(DECREE), Option.none(), a));
    assertThat(not.validDuring(y2023))
        .isEqualTo(new Rule.Not("not", T, Option.none(), Option.some(y2023), a));
    assertThat(with.citing(DECREE)).isEqualTo(new Rule.WithDerogations("with", T,
        Option.some(DECREE), Option.none(), with.base(), with.derogations()));
    assertThat(with.validDuring(y2023)).isEqualTo(new Rule.WithDerogations("with", T,
        Option.none(), Option.some(y2023), with.base(), with.derogations()));
  }

  @Test
  void aNullRuleOrDerogationInsideAComposedRuleIsAProgrammerError() {
    // given
    java.util.List<Rule> withNull = Arrays.asList(cond("a"), null);
    java.util.List<Derogation> nullDerogation = Arrays.asList((Derogation) null);
    // then
    assertThatNullPointerException().isThrownBy(() -> Rule.allOf("all", T, withNull))
        .withMessage("rules");
    assertThatNullPointerException().isThrownBy(() -> Rule.anyOf("any", T, withNull))
        .withMessage("rules");
    assertThatNullPointerException().isThrownBy(
        () -> Rule.withDerogations("with", T, cond("a"), nullDerogation))
        .withMessage("derogations");
  }

  @Test
  void aDerogationConcludesWhatItGrantsOrDenies() {
    // then
    assertThat(Derogation.granting("g", cond("a")).conclusion()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(Derogation.denying("d", cond("a")).conclusion()).isEqualTo(Verdict.NOT_ELIGIBLE);
  }
}
