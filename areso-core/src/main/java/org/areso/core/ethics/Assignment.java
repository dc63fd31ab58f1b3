package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.areso.core.kernel.FacilitatorPair;

/**
 * The pair of facilitators assigned to an engagement, and the day of the assignment: the day from
 * which recent paid work is counted back.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pair the facilitators with the ties they declared for this engagement, not null
 * @param on the day of the assignment, not null
 */
public record Assignment(FacilitatorPair pair, LocalDate on) {

  /** Creates an assignment. @throws NullPointerException if an argument is null */
  public Assignment {
    requireNonNull(pair, "pair");
    requireNonNull(on, "on");
  }
}
