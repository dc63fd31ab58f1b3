package org.areso.core.ethics;

import org.areso.core.kernel.Labels;
import org.areso.core.kernel.Text;

/** Who receives a {@link Disclosure}. */
public enum Recipient {
  /** A party of the engagement. */
  PARTY,
  /** The programme's operator (the office that runs the programme). */
  OPERATOR,
  /** A funder of the programme or of the structure. */
  FUNDER,
  /** A supervising authority of the structure (tutelle). */
  SUPERVISING_AUTHORITY,
  /** Anyone: a publication. */
  PUBLIC;

  /**
   * The recipient's name, in French and English.
   *
   * @return the label, never null
   */
  public Text label() {
    return Labels.of(this);
  }
}
