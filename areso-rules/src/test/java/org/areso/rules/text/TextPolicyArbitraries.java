package org.areso.rules.text;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.Country;
import org.areso.core.kernel.Departement;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;
import org.areso.rules.FinessCategories;
import org.areso.testkit.jqwik.AresoArbitraries;

/**
 * Requests as a screening meets them: structures of either country with every fact known, known
 * to be none or unknown; request dates near the programmes' windows or anywhere; formats,
 * contexts and the policies' declared facts, each possibly unknown.
 */
final class TextPolicyArbitraries {

  private TextPolicyArbitraries() {}

  /**
   * One request: a structure, what is known of the request, and the declared facts' values by
   * name (absent when unknown).
   */
  record Request(Structure structure, Option<LocalDate> date, Option<String> format,
      Option<InterventionContext> context, Map<String, Object> declared) {

    /** The request's facts for a policy, its declared facts answered by name. */
    Facts factsFor(Policy policy) {
      Facts facts = Facts.of(structure);
      facts = date.map(facts::requestDate).getOrElse(facts);
      facts = format.map(facts::format).getOrElse(facts);
      facts = context.map(facts::context).getOrElse(facts);
      for (Fact<?> fact : TextPolicyFixtures.declaredFacts(policy)) {
        Option<Object> value = declared.get(fact.name());
        if (value.isDefined()) {
          var with = facts.withValue(fact, value.get());
          if (with.isInvalid()) {
            throw new IllegalStateException("generated a wrong value: " + with.getError());
          }
          facts = with.get();
        }
      }
      return facts;
    }
  }

  static Arbitrary<Request> requests() {
    return Combinators.combine(structures(), dates().injectNull(0.15),
            Arbitraries.of("joint-training", "accompaniment", "seminar", "training", "x")
                .injectNull(0.3),
            Arbitraries.of(InterventionContext.values()).injectNull(0.4),
            Arbitraries.of(true, false).injectNull(0.35))
        .as((structure, date, format, context, nonProfit) -> new Request(structure,
            Option.of(date), Option.of(format), Option.of(context),
            nonProfit == null ? io.vavr.collection.HashMap.empty()
                : io.vavr.collection.HashMap.of("private_non_profit", nonProfit)));
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.oneOf(
        Arbitraries.of(LocalDate.of(2023, 6, 30), LocalDate.of(2023, 7, 1),
            LocalDate.of(2024, 4, 30), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 2, 29)),
        Arbitraries.longs().between(LocalDate.of(2023, 1, 1).toEpochDay(),
            LocalDate.of(2024, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay),
        AresoArbitraries.anyDates());
  }

  static Arbitrary<Structure> structures() {
    Arbitrary<String> categories = Arbitraries.oneOf(
        Arbitraries.of(FinessCategories.all().map(e -> e.category().code()).toJavaList()),
        Arbitraries.strings().numeric().ofLength(3), Arbitraries.just("none"));
    Arbitrary<java.util.Set<String>> funders = Arbitraries.subsetOf("P177", "P303", "P104",
        "P150", "P999", "ARS", "DEPARTEMENT", "REGION", "OWN", "CANTON");
    return Combinators.combine(
            Arbitraries.of(Country.values()).injectNull(0.2),
            Arbitraries.oneOf(Arbitraries.of(Departement.all().toJavaList()),
                Arbitraries.of(Departement.all().filter(d -> d.region()
                    .contains(org.areso.core.kernel.Region.AUVERGNE_RHONE_ALPES)).toJavaList()))
                .injectNull(0.4),
            Arbitraries.of(Canton.values()).injectNull(0.6),
            Arbitraries.of(LegalForm.values()).injectNull(0.25),
            Arbitraries.oneOf(Arbitraries.of(0, 1, 2, 249, 250),
                Arbitraries.integers().between(0, 100_000)).injectNull(0.25),
            Arbitraries.subsetOf(CasfItem.values()).injectNull(0.3),
            funders.injectNull(0.3),
            Combinators.combine(Arbitraries.of(true, false).injectNull(0.3),
                categories.injectNull(0.35)).as((r, c) -> new Object[] {r, c}))
        .as((country, departement, canton, form, headcount, items, sources, rest) -> {
          StructureBuilder builder = Structure.builder();
          if (country != null) {
            builder.country(country);
          }
          if (departement != null && country != Country.CH) {
            builder.departement(departement);
          }
          if (canton != null && country != Country.FR) {
            builder.canton(canton);
          }
          if (form != null) {
            builder.legalForm(form);
          }
          if (headcount != null) {
            builder.headcount(headcount);
          }
          if (items != null) {
            builder.casfItems(items);
          }
          if (sources != null) {
            builder.fundingSources(List.ofAll(sources).map(s -> FundingSource.parse(s).get()));
          }
          if (rest[0] != null) {
            builder.staffRepresentation((Boolean) rest[0]);
          }
          if (rest[1] != null) {
            builder.finessCategory(rest[1].equals("none") ? FinessCategory.none()
                : FinessCategory.parse((String) rest[1]).get());
          }
          return builder.build().toOption();
        })
        .filter(Option::isDefined).map(Option::get);
  }
}
