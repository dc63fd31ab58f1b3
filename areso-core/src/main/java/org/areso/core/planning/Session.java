package org.areso.core.planning;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One session (séance): its date, its length and where it stands. It is Areso's one session
 * concept: the {@link Planner} places it, its {@link Plan} marks it held, postponed or cancelled,
 * and an engagement records it as held with the parties present ({@code RecordSession}), from
 * which the charter's checks read the attendance.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the date, not null
 * @param length the length, not null
 * @param status where the session stands, not null
 */
public record Session(LocalDate date, SessionLength length, Status status) {

  /** Where a session stands. */
  public enum Status {
    /** Planned, not yet held (prévue). */
    PLANNED,
    /** Held (tenue): its days are consumed and it never moves. */
    HELD,
    /** Postponed (reportée): its days go back to what is left to plan. */
    POSTPONED,
    /** Cancelled (annulée): its days go back to what is left to plan. */
    CANCELLED
  }

  /**
   * Creates a session.
   *
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Session {
    requireNonNull(date, "date");
    requireNonNull(length, "length");
    requireNonNull(status, "status");
  }

  /**
   * A planned session.
   *
   * @param date the date, not null
   * @param length the length, not null
   * @return the session, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Session planned(LocalDate date, SessionLength length) {
    return new Session(date, length, Status.PLANNED);
  }

  /**
   * Whether the session counts in the plan: planned or held.
   *
   * @return true when planned or held
   */
  public boolean isActive() {
    return status == Status.PLANNED || status == Status.HELD;
  }

  /**
   * This session with another status.
   *
   * @param newStatus the status, not null
   * @return the session, never null
   */
  public Session withStatus(Status newStatus) {
    return new Session(date, length, newStatus);
  }
}
