package org.areso.core.planning;

/**
 * How long one session lasts: a half day or a whole day of facilitation.
 */
public enum SessionLength {
  /** Half a day (une demi-journée). */
  HALF_DAY(1),
  /** A whole day (une journée). */
  WHOLE_DAY(2);

  private final int halfDays;

  SessionLength(int halfDays) {
    this.halfDays = halfDays;
  }

  /**
   * The session's length in days.
   *
   * @return the length, never null
   */
  public Days days() {
    return Days.ofHalfDays(halfDays);
  }
}
