package org.areso.core.kernel;

/** The kind of a facilitator (intervenant-facilitateur): who they are and who employs them. */
public enum FacilitatorKind implements Labelled {
  /** A project officer of the Anact-Aract network (chargé de mission Anact-Aract). */
  ANACT_ARACT_PROJECT_OFFICER,
  /** An independent consultant (consultant indépendant). */
  INDEPENDENT_CONSULTANT,
  /** An agent of the labour administration (agent des services du travail). */
  LABOUR_ADMINISTRATION_AGENT,
  /** A workplace social worker (assistant social du travail). */
  SOCIAL_WORKER,
  /** Any other kind, such as an expert of a Swiss institute. */
  OTHER;

  /**
   * The kind's name for people, in French and English.
   *
   * @return the label, never null
   */
  @Override
  public Text label() {
    return Labels.of(this);
  }
}
