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
 * Who may ask for {@code areso} (Appui aux relations sociales, seed 000): an employer in France.
 * The scheme serves social relations "dans le cadre des instances représentatives <em>ou</em> des
 * relations professionnelles du quotidien", so an employer without staff representatives may ask
 * for the accompaniment; only the joint training, "associant représentants du personnel et
 * direction", needs them. With no representatives and no format asked, the verdict is
 * undetermined and the format is asked. Immutable and thread-safe.
 */
public final class AresoPolicy {

  /** The policy's identifier. */
  public static final String ID = "areso";

  /** The identifier of the joint training, the format that needs staff representatives. */
  public static final String JOINT_TRAINING = "joint-training";

  /** The presentation of the scheme by the Anact-Aract network (seed 000), read. */
  static final LegalReference PRESENTATION = Sources.text("Areso (réseau Anact-Aract)",
      "Améliorer vos relations sociales, publié le 24/01/2020", true);
  /** Its description of the joint training: "associant représentants du personnel et direction". */
  static final LegalReference JOINT_TRAINING_TEXT = Sources.text("Areso (réseau Anact-Aract)",
      "Améliorer vos relations sociales, publié le 24/01/2020",
      "Qu'est-ce qu'Areso ? (action de formation)", true);

  /** The structure is in France. */
  static final Condition IN_FRANCE = Rule.condition("locatedInFrance",
      Text.of("l'entreprise est établie en France", "the employer is in France"),
      Fact.COUNTRY, country -> country == Country.FR).citing(PRESENTATION);
  /** The format asked is not the joint training. */
  static final Condition NOT_JOINT_TRAINING = Rule.condition("formatIsNotJointTraining",
      Text.of("le format demandé n'est pas la formation commune",
          "the format asked is not the joint training"),
      Fact.REQUESTED_FORMAT, format -> !format.equals(JOINT_TRAINING)).citing(JOINT_TRAINING_TEXT);
  /** The structure has staff representatives. */
  static final Condition STAFF_REPRESENTATION = Rule.condition("hasStaffRepresentation",
      Text.of("l'entreprise a des représentants du personnel",
          "the employer has staff representatives"),
      Fact.STAFF_REPRESENTATION, present -> present).citing(JOINT_TRAINING_TEXT);
  /** The joint training brings representatives and management together: it needs both. */
  static final Rule REPRESENTATIVES_FOR_JOINT_TRAINING = Rule.anyOf(
      "representativesForTheJointTraining",
      Text.of("la formation commune associe représentants du personnel et direction",
          "the joint training brings staff representatives and management together"),
      List.of(NOT_JOINT_TRAINING, STAFF_REPRESENTATION)).citing(JOINT_TRAINING_TEXT);

  private static final Validation<Seq<Reason>, Policy> BUILT = Policy.of(ID,
      Text.of("Areso : appui aux relations sociales", "Areso: support for social relations"),
      List.of(IN_FRANCE, REPRESENTATIVES_FOR_JOINT_TRAINING));

  private AresoPolicy() {}

  /**
   * The policy of {@code areso}: located in France; staff representatives for the joint training.
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
