package org.areso.core.ethics;

import org.areso.core.kernel.Text;

/** A deontological principle that the facilitators of a programme keep (principe déontologique). */
public enum Principle {
  /** Freedom of the parties: taking part is voluntary, withdrawing always possible (liberté). */
  FREEDOM(Text.of("liberté des parties", "freedom of the parties")),
  /** Adhesion: the required parties consent and take part sincerely (adhésion). */
  ADHESION(Text.of("adhésion des parties", "adhesion of the parties")),
  /** Responsibility: facilitators own the form, the parties own the content (responsabilité). */
  RESPONSIBILITY(Text.of("responsabilité", "responsibility")),
  /** Neutrality: no opinion on the content of the discussions (neutralité). */
  NEUTRALITY(Text.of("neutralité", "neutrality")),
  /** Impartiality: siding with no party (impartialité). */
  IMPARTIALITY(Text.of("impartialité", "impartiality")),
  /** Independence: no tie with the structure or its authorities (indépendance). */
  INDEPENDENCE(Text.of("indépendance", "independence")),
  /** Confidentiality: no disclosure of sensitive data (confidentialité). */
  CONFIDENTIALITY(Text.of("confidentialité", "confidentiality"));

  private final Text label;

  Principle(Text label) {
    this.label = label;
  }

  /**
   * The principle's name, in French and English.
   *
   * @return the label, never null
   */
  public Text label() {
    return label;
  }
}
