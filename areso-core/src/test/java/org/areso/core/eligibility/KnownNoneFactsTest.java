package org.areso.core.eligibility;

import static org.areso.core.eligibility.EligibilityFixtures.CASF;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Region;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

/**
 * A fact known to be none is a value a condition decides on — "is one of …" is not met — while an
 * unknown fact leaves the condition undetermined and is asked for.
 */
class KnownNoneFactsTest {

  private static final Set<FinessCategory> CHRS_OR_CADA = HashSet.of(
      FinessCategory.parse("214").get(), FinessCategory.parse("443").get());

  private static final Policy ITEM_8 = Policy.of("item-8", Text.of("8°", "8°"), List.of(
      Rule.condition("fallsUnderItem8", Text.of("relève du 8°", "falls under item 8°"),
          Fact.CASF_ITEMS, items -> items.contains(CasfItem.I_8)).citing(CASF))).get();

  private static final Policy CHRS_OR_CADA_CATEGORY = Policy.of("chrs-or-cada",
      Text.of("CHRS ou CADA", "CHRS or CADA"), List.of(
          Rule.condition("categoryIsChrsOrCada", Text.of("catégorie 214 ou 443",
              "category 214 or 443"), Fact.FINESS_CATEGORY, CHRS_OR_CADA::contains)
              .citing(CASF))).get();

  private static Facts facts(String casfItems, String finessCategory) {
    return Facts.of(Structure.builder().casfItems(casfItems).finessCategory(finessCategory)
        .build().get());
  }

  @Test
  void isOneOfOverItemsKnownToBeNoneIsNotMetAndAsksNothing() {
    // when
    Decision decision = ITEM_8.evaluate(facts("none", ""));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decision.missing()).isEmpty();
    assertThat(decision.reasonCodes()).containsExactly("CONDITION_NOT_MET");
  }

  @Test
  void isOneOfOverUnknownItemsIsUndeterminedAndAsksForThem() {
    // when
    Decision decision = ITEM_8.evaluate(facts("", ""));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(decision.missing()).containsExactly(Fact.CASF_ITEMS);
  }

  @Test
  void isOneOfOverACategoryKnownToBeNoneIsNotMetAndAsksNothing() {
    // when
    Decision decision = CHRS_OR_CADA_CATEGORY.evaluate(facts("", "aucune"));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decision.missing()).isEmpty();
  }

  @Test
  void theFastPathAgreesOnFactsKnownToBeNone() {
    // given
    Facts none = facts("none", "none");
    // then
    assertThat(ITEM_8.verdict(none)).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(CHRS_OR_CADA_CATEGORY.verdict(none)).isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void theExplanationSaysItSawNone() {
    // when
    Decision items = ITEM_8.evaluate(facts("none", ""));
    Decision category = CHRS_OR_CADA_CATEGORY.evaluate(facts("", "none"));
    // then
    assertThat(items.explain(Language.EN)).contains("fallsUnderItem8")
        .contains("seen: casf_item = none");
    assertThat(category.explain(Language.FR)).contains("categoryIsChrsOrCada")
        .contains("vu : finess_category = none");
  }

  @Test
  void factsTellUnknownFromNone() {
    // given
    Facts none = facts("none", "none");
    Facts unknown = facts("", "");
    // then
    assertThat(none.get(Fact.CASF_ITEMS).map(Set::isEmpty)).contains(true);
    assertThat(none.get(Fact.FINESS_CATEGORY)).contains(FinessCategory.none());
    assertThat(unknown.get(Fact.CASF_ITEMS)).isEmpty();
    assertThat(unknown.get(Fact.FINESS_CATEGORY)).isEmpty();
  }

  private static final Policy IN_OCCITANIE = Policy.of("occitanie", Text.of("Occitanie",
      "Occitanie"), List.of(Rule.condition("inOccitanie", Text.of("en Occitanie", "in Occitanie"),
          Fact.REGION, region -> region == Region.OCCITANIE).citing(CASF))).get();

  private static final Policy IN_GENEVA = Policy.of("geneva", Text.of("Genève", "Geneva"),
      List.of(Rule.condition("inGeneva", Text.of("à Genève", "in Geneva"), Fact.CANTON,
          canton -> canton == Canton.GE).citing(CASF))).get();

  @Test
  void aStructureOutsideFranceHasNoRegionAndARegionRuleIsNotMetAsksNothingAndShowsNone() {
    // given
    Facts swiss = Facts.of(Structure.builder().country("CH").canton("GE").build().get());
    // when
    Decision decision = IN_OCCITANIE.evaluate(swiss);
    // then: decided, on every path, with nothing to ask
    assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decision.missing()).isEmpty();
    assertThat(decision.reasonCodes()).containsExactly("CONDITION_NOT_MET");
    assertThat(decision.explanation().render(Language.EN)).contains("region = none");
    assertThat(IN_OCCITANIE.verdict(swiss)).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(IN_OCCITANIE.screen(swiss).missingCount()).isZero();
    assertThat(swiss.get(Fact.REGION).isEmpty()).isTrue();
  }

  @Test
  void aStructureOutsideSwitzerlandHasNoCantonAndACantonRuleIsNotMet() {
    // given
    Facts french = Facts.of(Structure.builder().country("FR").departement("31").build().get());
    // when
    Decision decision = IN_GENEVA.evaluate(french);
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decision.missing()).isEmpty();
    assertThat(IN_OCCITANIE.evaluate(french).verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void withTheCountryUnknownTheRegionIsUnknownAndAskedFor() {
    // given: no country, or France with no département: the region is to be asked
    Facts noCountry = Facts.of(Structure.builder().headcount("12").build().get());
    Facts frenchUnplaced = Facts.of(Structure.builder().country("FR").build().get());
    // then
    assertThat(IN_OCCITANIE.evaluate(noCountry).missing()).containsExactly(Fact.REGION);
    assertThat(IN_OCCITANIE.evaluate(frenchUnplaced).missing()).containsExactly(Fact.REGION);
    assertThat(IN_GENEVA.evaluate(noCountry).verdict()).isEqualTo(Verdict.UNDETERMINED);
  }

  @Test
  void theReferenceTheCompiledAndTheScreeningPathsAgreeOnAnAbsentRegionOrCanton() {
    // given: rules over the region and the canton, plain, negated and combined, and structures
    // in Switzerland, in France, and of unknown country
    Rule inOccitanie = Rule.condition("inOccitanie", Text.of("Occitanie", "Occitanie"),
        Fact.REGION, region -> region == Region.OCCITANIE).citing(CASF);
    Rule inGeneva = Rule.condition("inGeneva", Text.of("Genève", "Geneva"), Fact.CANTON,
        canton -> canton == Canton.GE).citing(CASF);
    List<Rule> rules = List.of(inOccitanie, inGeneva,
        Rule.not("notInOccitanie", Text.of("pas en Occitanie", "not in Occitanie"), inOccitanie)
            .citing(CASF),
        Rule.anyOf("occitanieOrGeneva", Text.of("l'un ou l'autre", "either"),
            List.of(inOccitanie, inGeneva)).citing(CASF),
        Rule.allOf("both", Text.of("les deux", "both"), List.of(inOccitanie, inGeneva))
            .citing(CASF));
    List<Facts> structures = List.of(
        Facts.of(Structure.builder().country("CH").canton("GE").build().get()),
        Facts.of(Structure.builder().country("CH").build().get()),
        Facts.of(Structure.builder().country("FR").departement("31").build().get()),
        Facts.of(Structure.builder().country("FR").build().get()),
        Facts.of(Structure.builder().headcount("3").build().get()));
    for (Rule rule : rules) {
      for (Facts facts : structures) {
        // when
        Decision reference = Evaluation.decide("p", rule, facts);
        Decision compiled = Tracing.decide("p", rule, CompiledRuleTree.compile(rule), facts);
        ScreenResult screened = Tracing.screen("p", rule, CompiledRuleTree.compile(rule), facts,
            ScreenResult.eligible("p"));
        // then
        assertThat(compiled).as(rule.name() + " on " + facts.structure()).isEqualTo(reference);
        assertThat(compiled.explanation()).isEqualTo(reference.explanation());
        assertThat(screened).isEqualTo(Tracing.ofDecision(reference));
      }
    }
    // and the value seen by a condition over an absent fact is written "none"
    Decision swiss = Evaluation.decide("p", inOccitanie, structures.head());
    assertThat(swiss.reasons().head()).isInstanceOfSatisfying(
        EligibilityReason.ConditionNotMet.class, r -> assertThat(r.seen()).isEqualTo("none"));
    assertThat(Tracing.decide("p", inOccitanie, CompiledRuleTree.compile(inOccitanie),
        structures.head()).reasons()).isEqualTo(swiss.reasons());
  }
}
