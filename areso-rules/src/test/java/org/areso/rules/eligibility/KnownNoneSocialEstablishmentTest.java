package org.areso.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.EligibilityReason;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Rule;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Structure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code areso-social-2023} on a structure known to fall under no CASF item and to have no FINESS
 * category: not a social establishment, whatever its funding; with only one of the two known to
 * be none, the other is still asked for.
 */
class KnownNoneSocialEstablishmentTest {

  private static final LocalDate IN_WINDOW = LocalDate.of(2023, 9, 1);

  private static Decision decide(String finessCategory, String casfItems, String funding) {
    Structure structure = Structure.builder().country("FR").departement("44")
        .finessCategory(finessCategory).casfItems(casfItems).fundingSources(funding)
        .build().get();
    return AresoSocial2023Policy.policy().evaluate(Facts.of(structure).requestDate(IN_WINDOW));
  }

  @Test
  void aCompanyWithNoItemAndNoCategoryIsNotEligibleEvenFundedByAStateProgramme() {
    // when
    Decision decision = decide("none", "none", "P177");
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decision.missing()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"P177", "P303|ARS", "ARS", "OWN", "none", ""})
  void aCompanyWithNoItemAndNoCategoryIsNotEligibleWhateverItsFunding(String funding) {
    // when
    Decision decision = decide("aucune", "aucun", funding);
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void itsReasonsNameBothRulesAndTheNoneTheySaw() {
    // when
    Decision decision = decide("none", "none", "P177");
    Rule items = CataloguePoliciesTest.rule(AresoSocial2023Policy.policy(), "listedInCasfL3121");
    Rule category = CataloguePoliciesTest.rule(AresoSocial2023Policy.policy(),
        "finessCategoryInCasfL3121");
    // then
    assertThat(decision.reasons()).containsExactly(
        new EligibilityReason.ConditionNotMet("listedInCasfL3121", items.description(),
            items.reference(), "casf_item", "none", true),
        new EligibilityReason.ConditionNotMet("finessCategoryInCasfL3121",
            category.description(), category.reference(), "finess_category", "none", true));
  }

  @Test
  void itsExplanationSaysWhichRuleFailedAndWhatItSawInEnglish() {
    // when
    String explanation = decide("none", "none", "P177").explain(Language.EN);
    // then
    assertThat(explanation)
        .contains("[NOT ELIGIBLE] socialOrMedicoSocialEstablishment")
        .contains("listedInCasfL3121 — the structure falls under one of items 1° to 17° of CASF"
            + " article L.312-1 I (CASF art. L.312-1); seen: casf_item = none")
        .contains("seen: finess_category = none")
        .contains("Condition not met: the structure's FINESS category falls under CASF article"
            + " L.312-1 I (rule 'finessCategoryInCasfL3121', finess_category = none)");
  }

  @Test
  void itsExplanationSaysWhichRuleFailedAndWhatItSawInFrench() {
    // when
    String explanation = decide("none", "none", "P177").explain(Language.FR);
    // then
    assertThat(explanation)
        .contains("Condition non remplie : la structure relève d'un des 1° à 17° de l'article"
            + " L.312-1 I du CASF (règle « listedInCasfL3121 », casf_item = none)")
        .contains("vu : finess_category = none");
  }

  @Test
  void theFastPathGivesTheSameVerdict() {
    // given
    Structure structure = Structure.builder().finessCategory("none").casfItems("none")
        .fundingSources("P177").build().get();
    // then
    assertThat(AresoSocial2023Policy.policy()
        .verdict(Facts.of(structure).requestDate(IN_WINDOW))).isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void itemsKnownToBeNoneWithTheCategoryUnknownStillAskForTheCategory() {
    // when
    Decision decision = decide("", "none", "P177");
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.missing()).containsExactly(Fact.FINESS_CATEGORY);
  }

  @Test
  void aCategoryKnownToBeNoneWithTheItemsUnknownStillAsksForTheItems() {
    // when
    Decision decision = decide("none", "", "P177");
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.missing()).containsExactly(Fact.CASF_ITEMS);
  }

  @Test
  void aCategoryKnownToBeNoneLeavesAChrsEligibleByItsItem() {
    // when
    Decision decision = decide("none", "8", "P177");
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void itemsKnownToBeNoneLeaveAChrsEligibleByItsCategory() {
    // when
    Decision decision = decide("214", "none", "P177");
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.ELIGIBLE);
  }
}
