package org.areso.rules.eligibility;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.areso.core.eligibility.Condition;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.Country;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;

/**
 * Who may ask for {@code soreso} (Soigner les relations sociales, seed 002): an employer in
 * Switzerland. The seed calls SORESO "un outil essentiel pour les entreprises" and says it is
 * "particulièrement étudié et adapté pour les établissements dans le domaine des soins à la
 * personne": care establishments are the scheme's preference, not a condition, so the policy asks
 * only for the country. Immutable and thread-safe.
 */
public final class SoresoPolicy {

  /** The policy's identifier. */
  public static final String ID = "soreso";

  /** The presentation of SORESO by Optimance and the Swiss institute for QWL (seed 002), read. */
  static final LegalReference PRESENTATION = Sources.text(
      "SORESO (Optimance, Institut Suisse de la Qualité de Vie au Travail)",
      "Soigner les relations sociales en entreprise", true);

  /** The structure is in Switzerland. */
  static final Condition IN_SWITZERLAND = Rule.condition("locatedInSwitzerland",
      Text.of("l'entreprise est en Suisse", "the employer is in Switzerland"),
      Fact.COUNTRY, country -> country == Country.CH).citing(PRESENTATION);

  private static final Validation<Seq<Reason>, Policy> BUILT = Policy.of(ID,
      Text.of("SORESO : soigner les relations sociales", "SORESO: caring for social relations"),
      List.of(IN_SWITZERLAND));

  private SoresoPolicy() {}

  /**
   * The policy of {@code soreso}: an employer in Switzerland.
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
