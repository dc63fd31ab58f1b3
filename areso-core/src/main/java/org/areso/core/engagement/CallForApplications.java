package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.areso.core.kernel.DateWindow;

/**
 * A call for applications (appel à candidatures) of a cohort programme, with the days it receives
 * applications as the host gives them: a seed that names a call without its dates (seed 003) gets
 * no invented ones. Before its first day the call is {@link Status#UPCOMING}; it is {@link
 * Status#OPEN} from its launch to its deadline, both included; {@link Status#CLOSED} after.
 *
 * <p>Immutable and thread-safe.
 *
 * @param reference the host's reference of the call, not null
 * @param open the days the call receives applications, from its launch to its deadline, not null
 */
public record CallForApplications(String reference, DateWindow open) {

  /** Where a call stands on a day. */
  public enum Status {
    /** Not launched yet. */
    UPCOMING,
    /** Launched and receiving applications. */
    OPEN,
    /** Past its deadline: the cohort is formed from the applications it received. */
    CLOSED
  }

  /** Creates a call. @throws NullPointerException if an argument is null (a programmer error) */
  public CallForApplications {
    requireNonNull(reference, "reference");
    requireNonNull(open, "open");
  }

  /**
   * The day the call was launched (lancement de l'appel à candidatures).
   *
   * @return the first day it receives applications, never null
   */
  public LocalDate launched() {
    return open.start();
  }

  /**
   * Where the call stands on a day.
   *
   * @param day the day, given by the caller, not null
   * @return upcoming, open or closed; never null
   * @throws NullPointerException if day is null (a programmer error)
   */
  public Status status(LocalDate day) {
    requireNonNull(day, "day");
    if (day.isBefore(open.start())) {
      return Status.UPCOMING;
    }
    return open.contains(day) ? Status.OPEN : Status.CLOSED;
  }
}
