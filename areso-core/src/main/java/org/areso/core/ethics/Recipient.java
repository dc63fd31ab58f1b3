package org.areso.core.ethics;

import org.areso.core.kernel.Text;

/** Who receives a {@link Disclosure}. */
public enum Recipient {
  /** A party of the engagement. */
  PARTY(Text.of("partie prenante", "party")),
  /** The programme's operator (the office that runs the programme). */
  OPERATOR(Text.of("opérateur du programme", "programme operator")),
  /** A funder of the programme or of the structure. */
  FUNDER(Text.of("financeur", "funder")),
  /** A supervising authority of the structure (tutelle). */
  SUPERVISING_AUTHORITY(Text.of("autorité de tutelle", "supervising authority")),
  /** Anyone: a publication. */
  PUBLIC(Text.of("public", "the public"));

  private final Text label;

  Recipient(Text label) {
    this.label = label;
  }

  /**
   * The recipient's name, in French and English.
   *
   * @return the label, never null
   */
  public Text label() {
    return label;
  }
}
