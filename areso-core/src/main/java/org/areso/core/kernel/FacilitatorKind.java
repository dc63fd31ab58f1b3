package org.areso.core.kernel;

/** The kind of a facilitator (intervenant-facilitateur): who they are and who employs them. */
public enum FacilitatorKind {
  /** A project officer of the Anact-Aract network (chargé de mission Anact-Aract). */
  ANACT_ARACT_PROJECT_OFFICER(Text.of("chargé de mission Anact-Aract", "Anact-Aract project officer")),
  /** An independent consultant (consultant indépendant). */
  INDEPENDENT_CONSULTANT(Text.of("consultant indépendant", "independent consultant")),
  /** An agent of the labour administration (agent des services du travail). */
  LABOUR_ADMINISTRATION_AGENT(Text.of("agent des services du travail", "labour administration agent")),
  /** A workplace social worker (assistant social du travail). */
  SOCIAL_WORKER(Text.of("assistant social du travail", "workplace social worker")),
  /** Any other kind, such as an expert of a Swiss institute. */
  OTHER(Text.of("autre", "other"));

  private final Text label;

  FacilitatorKind(Text label) {
    this.label = label;
  }

  /**
   * The kind's name for people, in French and English.
   *
   * @return the label, never null
   */
  public Text label() {
    return label;
  }
}
