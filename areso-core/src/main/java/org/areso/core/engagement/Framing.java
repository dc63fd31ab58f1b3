package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Map;
import org.areso.core.ethics.Participation;
import org.areso.core.kernel.PartyRole;

/**
 * The framing (cadrage) the required parties validate, and how each party takes part. Immutable
 * and thread-safe.
 *
 * @param objectives objectives and conditions, not null
 * @param methodology the methodology, not null
 * @param rules the framework and rules of the engagement, not null
 * @param planning the planning, not null
 * @param participation how each party named takes part; a party recorded as
 *     {@link Participation#OBLIGED} breaches freedom, not null
 */
public record Framing(String objectives, String methodology, String rules, String planning,
    Map<PartyRole, Participation> participation) {

  /** Creates a framing. @throws NullPointerException if an argument is null */
  public Framing {
    requireNonNull(objectives, "objectives");
    requireNonNull(methodology, "methodology");
    requireNonNull(rules, "rules");
    requireNonNull(planning, "planning");
    requireNonNull(participation, "participation");
  }
}
