package org.areso.core.ethics;

import org.areso.core.kernel.Labelled;
import org.areso.core.kernel.Labels;
import org.areso.core.kernel.Text;

/** Someone outside the parties who may refer a structure to a programme. */
public enum ThirdParty implements Labelled {
  /** A supervising authority of the structure (tutelle: ARS, département, State services). */
  SUPERVISING_AUTHORITY,
  /** A funder of the structure. */
  FUNDER,
  /** Anyone else, such as an occupational physician or a labour inspector. */
  OTHER;

  /**
   * The third party's name, in French and English.
   *
   * @return the label, never null
   */
  @Override
  public Text label() {
    return Labels.of(this);
  }
}
