package org.areso.core.ethics;

import org.areso.core.kernel.Labelled;
import org.areso.core.kernel.Labels;
import org.areso.core.kernel.Text;

/** Who receives a {@link Disclosure}. */
public enum Recipient implements Labelled {
  /** A party of the engagement. */
  PARTY,
  /** The programme's operator (the office that runs the programme). */
  OPERATOR,
  /** A funder of the programme or of the structure. */
  FUNDER,
  /** A supervising authority of the structure (tutelle). */
  SUPERVISING_AUTHORITY,
  /**
   * The State's services that fund a structure and supervise it (a DDETS, a DREETS, the DGCS): a
   * supervising authority as well as a funder.
   */
  STATE_SERVICES,
  /** The regional health agency (ARS), which funds and authorises: a supervising authority too. */
  REGIONAL_HEALTH_AGENCY,
  /** Anyone: a publication. */
  PUBLIC;

  /**
   * Whether the recipient supervises the structure (tutelle), even when it also funds it: what a
   * charter's anonymity towards supervising authorities keeps everything from.
   *
   * @return true for a supervising authority, the State's services and the ARS
   */
  public boolean isSupervisingAuthority() {
    return this == SUPERVISING_AUTHORITY || this == STATE_SERVICES
        || this == REGIONAL_HEALTH_AGENCY;
  }

  /**
   * The recipient's name, in French and English.
   *
   * @return the label, never null
   */
  @Override
  public Text label() {
    return Labels.of(this);
  }
}
