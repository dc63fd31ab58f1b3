package org.areso.core.ethics;

/**
 * Something a {@link Charter} can audit: it says what it records as a {@link Conduct}. An
 * {@link org.areso.core.engagement.Engagement} is one; a host with its own case records can be
 * another.
 */
public interface Audited {

  /**
   * What this records, as the charter's checks read it.
   *
   * @return the conduct, never null
   */
  Conduct conduct();
}
