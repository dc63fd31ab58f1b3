package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * An information item given to a recipient on a day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param on the day, not null
 * @param item what is disclosed, not null
 * @param recipient to whom, not null
 */
public record Disclosure(LocalDate on, InformationItem item, Recipient recipient) {

  /** Creates a disclosure. @throws NullPointerException if an argument is null */
  public Disclosure {
    requireNonNull(on, "on");
    requireNonNull(item, "item");
    requireNonNull(recipient, "recipient");
  }
}
