package org.areso.rules.eligibility;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.areso.core.eligibility.Condition;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.Country;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;

/**
 * Who may ask for {@code soreso} (Soigner les relations sociales, seed 002): a care establishment
 * (établissement de soins à la personne) in Switzerland — a home, an EMS, a foundation, a centre
 * for people with a physical or psychological disability.
 *
 * <p>A {@link org.areso.core.kernel.Structure} does not say what a Swiss structure does, only its
 * legal form, canton and funders. A care establishment is therefore recognised as a
 * <em>foundation</em> (named by the seed), or as a structure <em>funded by a canton</em>: Swiss
 * cantons plan and fund EMS, homes and institutions for disabled people. This is an assumption,
 * listed in {@code docs/ASSUMPTIONS.md}. Immutable and thread-safe.
 */
public final class SoresoPolicy {

  /** The policy's identifier. */
  public static final String ID = "soreso";

  /** The presentation of SORESO by Optimance and the Swiss institute for QWL (seed 002), read. */
  static final LegalReference PRESENTATION = Sources.text(
      "SORESO (Optimance, Institut Suisse de la Qualité de Vie au Travail)",
      "Soigner les relations sociales en entreprise", true);
  /** Its target: "établissements dans le domaine des soins à la personne". */
  static final LegalReference CARE_ESTABLISHMENTS = Sources.text(
      "SORESO (Optimance, Institut Suisse de la Qualité de Vie au Travail)",
      "Soigner les relations sociales en entreprise",
      "Home, EMS, fondations, centres d'accueil de personnes en situation d'handicap", true);

  /** The structure is in Switzerland. */
  static final Condition IN_SWITZERLAND = Rule.condition("locatedInSwitzerland",
      Text.of("l'établissement est en Suisse", "the establishment is in Switzerland"),
      Fact.COUNTRY, country -> country == Country.CH).citing(PRESENTATION);
  /** A foundation, as the seed names them. */
  static final Condition FOUNDATION = Rule.condition("isFoundation",
      Text.of("l'établissement est une fondation", "the establishment is a foundation"),
      Fact.LEGAL_FORM, form -> form == LegalForm.FOUNDATION).citing(CARE_ESTABLISHMENTS);
  /** Funded by a canton, as EMS, homes and institutions for disabled people are. */
  static final Condition CANTON_FUNDED = Rule.condition("fundedByCanton",
      Text.of("l'établissement est financé par un canton (EMS, home, institution pour personnes"
              + " handicapées)",
          "the establishment is funded by a canton (EMS, home, institution for disabled people)"),
      Fact.FUNDING_SOURCES, sources -> sources.exists(s -> s.kind() == FundingSource.Kind.CANTON))
      .citing(CARE_ESTABLISHMENTS);
  /** Either way, a care establishment. */
  static final Rule CARE_ESTABLISHMENT = Rule.anyOf("careEstablishment",
      Text.of("établissement de soins à la personne : fondation ou établissement financé par un"
              + " canton", "care establishment: a foundation or funded by a canton"),
      List.of(FOUNDATION, CANTON_FUNDED)).citing(CARE_ESTABLISHMENTS);

  private static final Validation<Seq<Reason>, Policy> BUILT = Policy.of(ID,
      Text.of("SORESO : soigner les relations sociales", "SORESO: caring for social relations"),
      List.of(IN_SWITZERLAND, CARE_ESTABLISHMENT));

  private SoresoPolicy() {}

  /**
   * The policy of {@code soreso}: in Switzerland, a care establishment.
   *
   * @return the policy, never null
   * @throws IllegalStateException if the policy's own rules were refused (a programmer error)
   */
  public static Policy policy() {
    return Sources.orFail(BUILT, ID);
  }

  /** The policy as built, for the provider. */
  static Validation<Seq<Reason>, Policy> built() {
    return BUILT;
  }
}
