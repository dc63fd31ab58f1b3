package org.areso.core.ethics;

import org.areso.core.kernel.Text;

/** Someone outside the parties who may refer a structure to a programme. */
public enum ThirdParty {
  /** A supervising authority of the structure (tutelle: ARS, département, State services). */
  SUPERVISING_AUTHORITY(Text.of("autorité de tutelle", "supervising authority")),
  /** A funder of the structure. */
  FUNDER(Text.of("financeur", "funder")),
  /** Anyone else, such as an occupational physician or a labour inspector. */
  OTHER(Text.of("autre tiers", "other third party"));

  private final Text label;

  ThirdParty(Text label) {
    this.label = label;
  }

  /**
   * The third party's name, in French and English.
   *
   * @return the label, never null
   */
  public Text label() {
    return label;
  }
}
