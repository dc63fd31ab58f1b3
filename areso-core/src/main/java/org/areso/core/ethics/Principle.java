package org.areso.core.ethics;

import org.areso.core.kernel.Labelled;
import org.areso.core.kernel.Labels;
import org.areso.core.kernel.Text;

/** A deontological principle that the facilitators of a programme keep (principe déontologique). */
public enum Principle implements Labelled {
  /** Freedom of the parties: taking part is voluntary, withdrawing always possible (liberté). */
  FREEDOM,
  /** Adhesion: the required parties consent and take part sincerely (adhésion). */
  ADHESION,
  /** Responsibility: facilitators own the form, the parties own the content (responsabilité). */
  RESPONSIBILITY,
  /** Neutrality: no opinion on the content of the discussions (neutralité). */
  NEUTRALITY,
  /** Impartiality: siding with no party (impartialité). */
  IMPARTIALITY,
  /** Independence: no tie with the structure or its authorities (indépendance). */
  INDEPENDENCE,
  /** Confidentiality: no disclosure of sensitive data (confidentialité). */
  CONFIDENTIALITY;

  /**
   * The principle's name, in French and English.
   *
   * @return the label, never null
   */
  @Override
  public Text label() {
    return Labels.of(this);
  }
}
