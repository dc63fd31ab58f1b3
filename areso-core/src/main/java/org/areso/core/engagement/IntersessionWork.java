package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;

/**
 * Work a party did between two sessions (investissement de travail en intersession): what the
 * parties did on their own to take up what the sessions worked on in their daily practice.
 *
 * <p>Immutable and thread-safe; what was done may name people or quote them, so it is {@link
 * Sensitive} and never shown by {@code toString}.
 *
 * @param party the party that did the work, not null
 * @param on the day it was done (or finished), not null
 * @param what what was done, not null
 */
public record IntersessionWork(PartyRole party, LocalDate on, Sensitive<String> what) {

  /** Creates the record. @throws NullPointerException if an argument is null */
  public IntersessionWork {
    requireNonNull(party, "party");
    requireNonNull(on, "on");
    requireNonNull(what, "what");
  }
}
