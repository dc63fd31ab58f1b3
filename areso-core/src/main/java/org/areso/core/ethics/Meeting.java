package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Set;
import java.time.LocalDate;
import org.areso.core.kernel.PartyRole;

/**
 * A meeting the facilitators held: when, of which kind, and which parties were there.
 *
 * <p>Immutable and thread-safe.
 *
 * @param on the day, not null
 * @param kind interview or working session, not null
 * @param present the parties present, not null
 */
public record Meeting(LocalDate on, MeetingKind kind, Set<PartyRole> present) {

  /** Creates a meeting. @throws NullPointerException if an argument or a role is null */
  public Meeting {
    requireNonNull(on, "on");
    requireNonNull(kind, "kind");
    requireNonNull(present, "present");
    present.forEach(r -> requireNonNull(r, "present[]"));
  }
}
