package org.areso.core.kernel;

/**
 * The role of a party (partie prenante) in an engagement: the groups whose dialogue the
 * facilitators support.
 */
public enum PartyRole {
  /** Management (direction). */
  MANAGEMENT(Text.of("direction", "management")),
  /** Supervisors and middle managers (encadrement). */
  SUPERVISORS(Text.of("encadrement", "supervisors")),
  /** Staff representatives (représentants du personnel, élus du CSE, commission du personnel). */
  STAFF_REPRESENTATIVES(Text.of("représentants du personnel", "staff representatives")),
  /** Non-managerial staff (personnel non-encadrant). */
  NON_MANAGERIAL_STAFF(Text.of("personnel non-encadrant", "non-managerial staff")),
  /** Governance: the board of an association or foundation (gouvernance, conseil d'administration). */
  GOVERNANCE(Text.of("gouvernance", "governance"));

  private final Text label;

  PartyRole(Text label) {
    this.label = label;
  }

  /**
   * The role's name for people, in French and English.
   *
   * @return the label, never null
   */
  public Text label() {
    return label;
  }
}
