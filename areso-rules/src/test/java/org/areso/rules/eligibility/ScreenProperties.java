package org.areso.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.EligibilityReason;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.ScreenResult;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.Departement;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;
import org.areso.rules.FinessCategories;
import org.areso.rules.programme.Programmes;
import org.areso.testkit.jqwik.AresoArbitraries;

/**
 * {@link Policy#screen(Facts)} gives, for each of the catalogue's five policies and any request,
 * what {@link Policy#evaluate(Facts)} gives less its texts: the same verdict, the same reason codes
 * (with the rule or fact each is about) and the same missing facts; and {@link Policy#verdict}
 * agrees with both.
 */
class ScreenProperties {

  @Provide
  Arbitrary<Policy> policies() {
    return Arbitraries.of(Programmes.all().map(p -> p.policy()).distinctBy(Policy::id)
        .toJavaList());
  }

  /** Every fact a catalogue policy reads, each known or unknown at random. */
  @Provide
  Arbitrary<Facts> requests() {
    Arbitrary<Structure> structures = Combinators.combine(
        Arbitraries.of("FR", "CH").injectNull(0.2),
        Arbitraries.of(Departement.all().toJavaList()).injectNull(0.3),
        Arbitraries.integers().between(0, 300).injectNull(0.2),
        Arbitraries.subsetOf(CasfItem.values()).injectNull(0.3),
        Arbitraries.subsetOf("P177", "P303", "P104", "ARS", "DEPARTEMENT", "OWN").injectNull(0.3),
        Arbitraries.of(true, false).injectNull(0.3),
        Arbitraries.of(LegalForm.values()).injectNull(0.3),
        Arbitraries.of(FinessCategories.all().map(FinessCategories.Entry::category)
            .append(FinessCategory.none()).toJavaList()).injectNull(0.3))
        .as((country, departement, headcount, items, funders, representation, form, category) -> {
          StructureBuilder builder = Structure.builder();
          if (country != null) {
            builder.country(country);
          }
          if (departement != null && !"CH".equals(country)) {
            builder.departement(departement);
          }
          if (headcount != null) {
            builder.headcount(headcount);
          }
          if (items != null) {
            builder.casfItems(items);
          }
          if (funders != null) {
            builder.fundingSources(List.ofAll(funders).map(f -> FundingSource.parse(f).get()));
          }
          if (representation != null) {
            builder.staffRepresentation(representation);
          }
          if (form != null) {
            builder.legalForm(form);
          }
          if (category != null) {
            builder.finessCategory(category);
          }
          return builder.build();
        })
        .filter(built -> built.isValid()).map(built -> built.get());
    Arbitrary<LocalDate> days = Arbitraries.frequencyOf(Tuple.of(1, AresoArbitraries.dates()),
        Tuple.of(4, Arbitraries.longs().between(LocalDate.of(2023, 1, 1).toEpochDay(),
            LocalDate.of(2025, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay)));
    return Combinators.combine(structures, days.injectNull(0.2),
        Arbitraries.of("accompaniment", "seminar", "joint-training", "diagnosis").injectNull(0.4),
        Arbitraries.of(InterventionContext.values()).injectNull(0.4),
        Arbitraries.of(true, false).injectNull(0.4))
        .as((structure, day, format, context, nonProfit) -> {
          Facts facts = Facts.of(structure);
          facts = day == null ? facts : facts.requestDate(day);
          facts = format == null ? facts : facts.format(format);
          facts = context == null ? facts : facts.context(context);
          return nonProfit == null ? facts
              : facts.with(AuraDialogueQvtPolicy.PRIVATE_NON_PROFIT, nonProfit);
        });
  }

  @Property(tries = 2_000)
  void screeningGivesTheVerdictReasonCodesAndMissingFactsOfTheDecision(
      @ForAll("policies") Policy policy, @ForAll("requests") Facts facts) {
    // when
    ScreenResult screened = policy.screen(facts);
    Decision decision = policy.evaluate(facts);
    // then
    assertThat(screened.policy()).isEqualTo(policy.id());
    assertThat(screened.verdict()).isEqualTo(decision.verdict())
        .isEqualTo(policy.verdict(facts));
    assertThat(screened.reasonCodes()).isEqualTo(decision.reasonCodes());
    assertThat(screened.reasonSubjects()).isEqualTo(decision.reasons().map(
        ScreenProperties::subject));
    assertThat(screened.missing()).isEqualTo(decision.missing());
    assertThat(screened.reasonCount()).isEqualTo(decision.reasons().size());
    assertThat(screened.missingCount()).isEqualTo(decision.missing().size());
    Statistics.label("verdict").collect(policy.id(), screened.verdict());
  }

  private static String subject(EligibilityReason reason) {
    if (reason instanceof EligibilityReason.ConditionNotMet r) {
      return r.rule();
    } else if (reason instanceof EligibilityReason.RuleNotInForce r) {
      return r.rule();
    } else if (reason instanceof EligibilityReason.DerogationApplied r) {
      return r.rule();
    } else if (reason instanceof EligibilityReason.DerogationsConflict r) {
      return r.rule();
    }
    return ((EligibilityReason.FactMissing) reason).fact();
  }

}
