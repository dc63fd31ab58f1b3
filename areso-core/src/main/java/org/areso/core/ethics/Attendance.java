package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Set;
import java.time.LocalDate;
import org.areso.core.kernel.PartyRole;
import org.areso.core.planning.Session;

/**
 * Who attended one held session, as the charter's checks read it: a view of a {@link Session} an
 * engagement recorded as held, with the kind of meeting it was and the parties present. Adhesion
 * reads the attendance of the last working sessions; impartiality the sessions held with one party
 * alone.
 *
 * <p>Immutable and thread-safe.
 *
 * @param session the session, held, not null
 * @param kind an interview with one party, or a working session, not null
 * @param present the parties present, not null
 */
public record Attendance(Session session, MeetingKind kind, Set<PartyRole> present) {

  /**
   * Creates the view of a held session.
   *
   * @throws NullPointerException if an argument or a role is null (a programmer error)
   * @throws IllegalArgumentException if the session is not held (a programmer error: an
   *     engagement records only held sessions)
   */
  public Attendance {
    requireNonNull(session, "session");
    requireNonNull(kind, "kind");
    PartyRole.requireNoNull(present, "present");
    if (session.status() != Session.Status.HELD) {
      throw new IllegalArgumentException("session not held: " + session.status());
    }
  }

  /**
   * The day the session was held.
   *
   * @return the day, never null
   */
  public LocalDate on() {
    return session.date();
  }
}
