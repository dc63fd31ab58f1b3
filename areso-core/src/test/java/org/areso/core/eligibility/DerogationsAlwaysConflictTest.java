package org.areso.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

/**
 * Two derogations to one rule that decide opposite verdicts under conditions that test the same,
 * whatever their names: a policy file must name them apart.
 */
class DerogationsAlwaysConflictTest {

  private static final LegalReference DECREE = LegalReference.builder().code("Décret")
      .article("4").verified(true).build().get();
  private static final Text T = Text.of("t", "t");
  private static final Condition BASE =
      Rule.condition("base", T, Fact.HEADCOUNT, n -> n > 10).citing(DECREE);

  /** A condition "legal form equals ASSOCIATION", as a policy file would compile it. */
  private static Condition association(String name) {
    return Rule.condition(name, T, Fact.LEGAL_FORM, f -> f == LegalForm.ASSOCIATION)
        .citing(DECREE).withCriterion(List.of("equals", "ASSOCIATION"));
  }

  /** A condition "headcount at least 50", as a policy file would compile it. */
  private static Condition big(String name) {
    return Rule.condition(name, T, Fact.HEADCOUNT, n -> n >= 50).citing(DECREE)
        .withCriterion(List.of("at_least", "50"));
  }

  private static Seq<String> codes(Rule whenGranting, Rule whenDenying) {
    Rule rule = Rule.withDerogations("derogated", T, BASE, List.of(
        Derogation.granting("grant", whenGranting), Derogation.denying("deny", whenDenying)));
    var built = Policy.of("p", T, List.of(rule));
    return built.isValid() ? List.empty() : built.getError().map(Reason::code);
  }

  private static DateWindow year(int year) {
    return DateWindow.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).get();
  }

  @Test
  void conditionsOfOtherNamesWithTheSameFactAndCriterionAlwaysConflict() {
    // when
    var built = Policy.of("p", T, List.of(Rule.withDerogations("derogated", T, BASE, List.of(
        Derogation.granting("grant", association("isAssociation")),
        Derogation.denying("deny", association("associationAgain"))))));
    // then
    assertThat(built.getError()).containsExactly(
        new EligibilityReason.DerogationsAlwaysConflict("derogated", "grant", "deny"));
  }

  @Test
  void conditionsWithOtherCriteriaDoNotConflict() {
    // given
    Condition cooperative = Rule.condition("isCooperative", T, Fact.LEGAL_FORM,
        f -> f == LegalForm.COOPERATIVE).citing(DECREE).withCriterion(
            List.of("equals", "COOPERATIVE"));
    // when, then
    assertThat(codes(association("isAssociation"), cooperative)).isEmpty();
  }

  @Test
  void conditionsWhoseTestsAreNotSaidAreNotTakenForTheSame() {
    // given
    Condition big = Rule.condition("big", T, Fact.HEADCOUNT, n -> n > 50).citing(DECREE);
    Condition large = Rule.condition("large", T, Fact.HEADCOUNT, n -> n > 50).citing(DECREE);
    // when, then
    assertThat(codes(big, large)).isEmpty();
  }

  @Test
  void conditionsInForceOnOtherDaysDoNotConflict() {
    // when, then
    assertThat(codes(association("isAssociation").validDuring(year(2025)),
        association("associationAgain").validDuring(year(2026)))).isEmpty();
  }

  @Test
  void compositionsOfConditionsThatTestTheSameAlwaysConflict() {
    // given
    Rule granting = Rule.not("notAnAssociation", T, association("isAssociation"));
    Rule denying = Rule.not("notAnAssociationAgain", T, association("associationAgain"));
    // when, then
    assertThat(codes(granting, denying)).containsExactly("DEROGATIONS_ALWAYS_CONFLICT");
  }

  @Test
  void compositionsConflictOnlyOfOneFormWithTheSamePartsInTheSameOrder() {
    // given
    Rule all = Rule.allOf("all", T, List.of(association("a1"), big("b1")));
    Rule any = Rule.anyOf("any", T, List.of(association("a2"), big("b2")));
    Rule reordered = Rule.allOf("reordered", T, List.of(big("b3"), association("a3")));
    Rule same = Rule.allOf("same", T, List.of(association("a4"), big("b4")));
    // when, then: sound, not complete (the same parts in another order are not found the same)
    assertThat(List.of(codes(all, any), codes(all, reordered), codes(all, same))).containsExactly(
        List.empty(), List.empty(), List.of("DEROGATIONS_ALWAYS_CONFLICT"));
  }

  @Test
  void aCriterionIsNotNull() {
    assertThatNullPointerException().isThrownBy(() -> BASE.withCriterion(null))
        .withMessage("criterion");
  }
}
