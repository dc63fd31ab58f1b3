package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;

/**
 * The closing assessment (bilan) of an engagement: what the parties and facilitators concluded,
 * and which of the outcomes the programme lists ({@link
 * org.areso.core.programme.Programme#outcomes()}) it reached. Immutable and thread-safe.
 *
 * @param summary what the parties and facilitators concluded, not null
 * @param outcomes the identifiers of the programme's outcomes reached, possibly none, not null
 */
public record Assessment(String summary, Set<String> outcomes) {

  /** Creates an assessment. @throws NullPointerException if an argument or an outcome is null */
  public Assessment {
    requireNonNull(summary, "summary");
    requireNonNull(outcomes, "outcomes").forEach(o -> requireNonNull(o, "outcomes[]"));
    outcomes = LinkedHashSet.ofAll(outcomes);
  }

  /**
   * An assessment that records no listed outcome.
   *
   * @param summary what the parties and facilitators concluded, not null
   * @throws NullPointerException if summary is null (a programmer error)
   */
  public Assessment(String summary) {
    this(summary, LinkedHashSet.empty());
  }
}
