package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.areso.core.kernel.Facilitators;

/**
 * The pair of facilitators assigned to an engagement, and the day of the assignment: the day from
 * which recent paid work is counted back.
 *
 * <p>Immutable and thread-safe.
 *
 * @param facilitators the facilitators: a pair, or one professional where the workflow says so, not null
 * @param on the day of the assignment, not null
 */
public record Assignment(Facilitators facilitators, LocalDate on) {

  /** Creates an assignment. @throws NullPointerException if an argument is null */
  public Assignment {
    requireNonNull(facilitators, "facilitators");
    requireNonNull(on, "on");
  }
}
