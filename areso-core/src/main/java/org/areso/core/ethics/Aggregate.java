package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

/**
 * A programme figure computed over several engagements, such as the number of action plans
 * adopted, and how many engagements it covers. A charter releases it only over at least
 * {@link Charter#minimumAggregate()} engagements.
 *
 * <p>Immutable and thread-safe.
 *
 * @param indicator the figure's name, such as {@code action_plans_adopted}, not null
 * @param value the figure
 * @param engagements how many engagements it is computed over, at least 0
 */
public record Aggregate(String indicator, long value, int engagements) {

  /**
   * Creates a figure.
   *
   * @throws NullPointerException if indicator is null (a programmer error)
   * @throws IllegalArgumentException if engagements is negative (a programmer error)
   */
  public Aggregate {
    requireNonNull(indicator, "indicator");
    if (engagements < 0) {
      throw new IllegalArgumentException("engagements must be at least 0: " + engagements);
    }
  }
}
