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
 * Who may ask for {@code areso} (Appui aux relations sociales, seed 000): an employer in France with
 * staff representation (représentants du personnel). Without representation the structure is not
 * eligible, and the reason says so; when it is unknown, the verdict is undetermined and the
 * question is asked.
 *
 * <p>The staff-representation rule comes from the network's other public pages, not from the seed:
 * its reference is flagged unverified. Immutable and thread-safe.
 */
public final class AresoPolicy {

  /** The policy's identifier. */
  public static final String ID = "areso";

  /** The presentation of the scheme by the Anact-Aract network (seed 000), read. */
  static final LegalReference PRESENTATION = Sources.text("Areso (réseau Anact-Aract)",
      "Améliorer vos relations sociales, publié le 24/01/2020", true);
  /** The network's access conditions, known from its other pages: not read here. */
  static final LegalReference ACCESS_CONDITIONS = Sources.text("Areso (réseau Anact-Aract)",
      "conditions d'accès au dispositif", false);

  /** The structure is in France. */
  static final Condition IN_FRANCE = Rule.condition("locatedInFrance",
      Text.of("l'entreprise est établie en France", "the employer is in France"),
      Fact.COUNTRY, country -> country == Country.FR).citing(PRESENTATION);
  /** The structure has staff representatives. */
  static final Condition STAFF_REPRESENTATION = Rule.condition("hasStaffRepresentation",
      Text.of("l'entreprise a des représentants du personnel",
          "the employer has staff representatives"),
      Fact.STAFF_REPRESENTATION, present -> present).citing(ACCESS_CONDITIONS);

  private static final Validation<Seq<Reason>, Policy> BUILT = Policy.of(ID,
      Text.of("Areso : appui aux relations sociales", "Areso: support for social relations"),
      List.of(IN_FRANCE, STAFF_REPRESENTATION));

  private AresoPolicy() {}

  /**
   * The policy of {@code areso}: located in France, with staff representation.
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
