package org.areso.rules.eligibility;

import org.areso.core.eligibility.Policy;

/**
 * Who may ask for {@code areso} (Appui aux relations sociales, seed 000): an employer in France.
 * The scheme serves social relations "dans le cadre des instances représentatives <em>ou</em> des
 * relations professionnelles du quotidien", so an employer without staff representatives may ask
 * for the accompaniment; only the joint training, "associant représentants du personnel et
 * direction", needs them. With no representatives and no format asked, the verdict is
 * undetermined and the format is asked.
 *
 * <p>The rules are written in the policy file {@code org/areso/rules/policies/areso.yaml}, their
 * single source, read once when this class is initialised. Immutable and thread-safe.
 */
public final class AresoPolicy {

  /** The policy's identifier. */
  public static final String ID = "areso";

  /** The identifier of the joint training, the format that needs staff representatives. */
  public static final String JOINT_TRAINING = "joint-training";

  private static final Policy POLICY = PolicyFiles.read(ID);

  private AresoPolicy() {}

  /**
   * The policy of {@code areso}: located in France; staff representatives for the joint training.
   *
   * @return the policy read from its file, the same at every call, never null
   */
  public static Policy policy() {
    return POLICY;
  }
}
