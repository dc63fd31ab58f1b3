package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

/**
 * The closing assessment (bilan) of an engagement. Immutable and thread-safe.
 *
 * @param summary what the parties and facilitators concluded, not null
 */
public record Assessment(String summary) {

  /** Creates an assessment. @throws NullPointerException if summary is null */
  public Assessment {
    requireNonNull(summary, "summary");
  }
}
