package org.areso.core.kernel;

/**
 * The role of a party (partie prenante) in an engagement: the groups whose dialogue the
 * facilitators support.
 */
public enum PartyRole implements Labelled {
  /** Management (direction). */
  MANAGEMENT,
  /** Supervisors and middle managers (encadrement). */
  SUPERVISORS,
  /** Staff representatives (représentants du personnel, élus du CSE, commission du personnel). */
  STAFF_REPRESENTATIVES,
  /** Non-managerial staff (personnel non-encadrant). */
  NON_MANAGERIAL_STAFF,
  /** Governance: the board of an association or foundation (gouvernance, conseil d'administration). */
  GOVERNANCE;

  /**
   * The role's name for people, in French and English.
   *
   * @return the label, never null
   */
  @Override
  public Text label() {
    return Labels.of(this);
  }
}
