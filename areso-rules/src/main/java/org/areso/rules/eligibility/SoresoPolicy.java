package org.areso.rules.eligibility;

import org.areso.core.eligibility.Policy;

/**
 * Who may ask for {@code soreso} (Soigner les relations sociales, seed 002): an employer in
 * Switzerland. The seed calls SORESO "un outil essentiel pour les entreprises" and says it is
 * "particulièrement étudié et adapté pour les établissements dans le domaine des soins à la
 * personne": care establishments are the scheme's preference, not a condition, so the policy asks
 * only for the country.
 *
 * <p>The rule is written in the policy file {@code org/areso/rules/policies/soreso.yaml}, its
 * single source, read once when this class is initialised. Immutable and thread-safe.
 */
public final class SoresoPolicy {

  /** The policy's identifier. */
  public static final String ID = "soreso";

  private static final Policy POLICY = PolicyFiles.read(ID);

  private SoresoPolicy() {}

  /**
   * The policy of {@code soreso}: an employer in Switzerland.
   *
   * @return the policy read from its file, the same at every call, never null
   */
  public static Policy policy() {
    return POLICY;
  }
}
