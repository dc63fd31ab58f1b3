package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

/**
 * The framing (cadrage) the required parties validate. Immutable and thread-safe.
 *
 * @param objectives objectives and conditions, not null
 * @param methodology the methodology, not null
 * @param rules the framework and rules of the engagement, not null
 * @param planning the planning, not null
 */
public record Framing(String objectives, String methodology, String rules, String planning) {

  /** Creates a framing. @throws NullPointerException if an argument is null */
  public Framing {
    requireNonNull(objectives, "objectives");
    requireNonNull(methodology, "methodology");
    requireNonNull(rules, "rules");
    requireNonNull(planning, "planning");
  }
}
