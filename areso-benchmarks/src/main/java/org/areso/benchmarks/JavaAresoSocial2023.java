package org.areso.benchmarks;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Validation;
import org.areso.core.eligibility.Condition;
import org.areso.core.eligibility.DatedParameter;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.areso.rules.CasfL3121;
import org.areso.rules.FinessCategories;
import org.areso.rules.Funders;

/**
 * The policy of {@code areso-social-2023} written in Java, as the first wave wrote it before its
 * policy file became the catalogue's source: copied from {@code areso-rules}' test
 * {@code WaveOnePolicies}, for {@link TextPolicyBenchmark} to set beside the policy read from the
 * file. Immutable and thread-safe.
 */
final class JavaAresoSocial2023 {

  /** The policy's identifier. */
  static final String ID = "areso-social-2023";

  /** The page of the scheme for the social sector (seed 001), read. */
  static final LegalReference PRESENTATION = page("Areso secteur social (Anact, DGCS)",
      "Areso pour les structures du secteur social", true);
  /** Its eligibility note: funded by a State budget programme, within CASF L.312-1. */
  static final LegalReference ELIGIBILITY = page("Areso secteur social (Anact, DGCS)",
      "Areso pour les structures du secteur social", "structures éligibles (*)", true);
  /** Its opening: "accessible de juillet 2023 à avril 2024"; the days are an assumption. */
  static final LegalReference OPENING = page("Areso secteur social (Anact, DGCS)",
      "Areso pour les structures du secteur social", "accessible de juillet 2023 à avril 2024",
      true);

  /** The days requests are received, both included (the seed gives months). */
  static final DateWindow REQUEST_WINDOW = DateWindow.months(java.time.YearMonth.of(2023, 7),
      java.time.YearMonth.of(2024, 4)).getOrElseThrow(() -> new IllegalStateException("window"));

  /** Whether the scheme receives requests, by day: true from 2023-07-01 to 2024-04-30. */
  static final DatedParameter<Boolean> OPEN_TO_REQUESTS = orFail(DatedParameter
      .<Boolean>named("areso_social_2023_open")
      .value(REQUEST_WINDOW.start(), REQUEST_WINDOW.end(), true, OPENING)
      .build(), "areso_social_2023_open");

  private static final Set<FundingSource> STATE_PROGRAMMES = Funders.stateBudgetProgrammes()
      .map(Funders.Entry::source).toLinkedSet();

  /** The structure's own CASF items are some of L.312-1 I; not met when known to be none. */
  static final Condition CASF_ITEMS_GIVEN = Rule.condition("listedInCasfL3121",
      Text.of("la structure relève d'un des 1° à 17° de l'article L.312-1 I du CASF",
          "the structure falls under one of items 1° to 17° of CASF article L.312-1 I"),
      Fact.CASF_ITEMS, items -> !items.isEmpty()).citing(CasfL3121.ARTICLE);
  /**
   * The structure's FINESS category maps to an item of L.312-1 I; not met for
   * {@link org.areso.core.kernel.FinessCategory#none()}, which no category list holds.
   */
  static final Condition FINESS_CATEGORY_IN_CASF = Rule.condition("finessCategoryInCasfL3121",
      Text.of("la catégorie FINESS de la structure relève de l'article L.312-1 I du CASF",
          "the structure's FINESS category falls under CASF article L.312-1 I"),
      Fact.FINESS_CATEGORY, category -> FinessCategories.find(category)
          .exists(FinessCategories.Entry::isSocialOrMedicoSocial)).citing(CasfL3121.ARTICLE);
  /** Either way, a social or medico-social establishment or service. */
  static final Rule SOCIAL_ESTABLISHMENT = Rule.anyOf("socialOrMedicoSocialEstablishment",
      Text.of("établissement ou service social ou médico-social (CASF L.312-1 I)",
          "social or medico-social establishment or service (CASF L.312-1 I)"),
      List.of(CASF_ITEMS_GIVEN, FINESS_CATEGORY_IN_CASF)).citing(CasfL3121.ARTICLE);
  /**
   * Funded by a programme of the State budget: any, as the seed says "un programme budgétaire
   * Etat"; the description names the programmes known to fund L.312-1 structures as examples.
   */
  static final Condition STATE_FUNDED = Rule.condition("fundedByStateBudgetProgramme",
      Text.of("financée par un programme budgétaire de l'État (tel que "
              + STATE_PROGRAMMES.map(FundingSource::code).mkString(", ") + ")",
          "funded by a State budget programme (such as "
              + STATE_PROGRAMMES.map(FundingSource::code).mkString(", ") + ")"),
      Fact.FUNDING_SOURCES,
      sources -> sources.exists(s -> s.kind() == FundingSource.Kind.STATE_BUDGET_PROGRAMME))
      .citing(ELIGIBILITY);
  /** Requested while the scheme was open. */
  static final Condition REQUESTED_WHILE_OPEN = Rule.condition("requestedWhileOpen",
      Text.of("demande faite entre le 1er juillet 2023 et le 30 avril 2024",
          "request made between 1 July 2023 and 30 April 2024"),
      Fact.REQUEST_DATE, OPEN_TO_REQUESTS, (day, open) -> open).citing(OPENING);

  private static final Validation<Seq<Reason>, Policy> BUILT = Policy.of(ID,
      Text.of("Areso pour les structures du secteur social (2023-2024)",
          "Areso for social-sector structures (2023-2024)"),
      List.of(SOCIAL_ESTABLISHMENT, STATE_FUNDED, REQUESTED_WHILE_OPEN));
  private static final Policy POLICY = orFail(BUILT, ID);

  private JavaAresoSocial2023() {}

  /** The policy, built once. */
  static Policy policy() {
    return POLICY;
  }

  private static LegalReference page(String code, String article, boolean verified) {
    return page(code, article, "", verified);
  }

  private static LegalReference page(String code, String article, String item, boolean verified) {
    return LegalReference.builder().page().code(code).article(article).item(item)
        .verified(verified).build().fold(e -> {
          throw new IllegalStateException(code + " " + e);
        }, reference -> reference);
  }

  private static <T> T orFail(Validation<Seq<Reason>, T> built, String what) {
    return built.fold(e -> {
      throw new IllegalStateException(what + " refused: " + e);
    }, value -> value);
  }
}
