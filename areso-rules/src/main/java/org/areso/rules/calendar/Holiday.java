package org.areso.rules.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;

/**
 * A public holiday (jour férié) on a given date, with the text it rests on.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the date, not null
 * @param name the holiday's name in French and English, not null
 * @param reference the legal reference, not null
 */
public record Holiday(LocalDate date, Text name, LegalReference reference) {

  /**
   * Creates a holiday.
   *
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Holiday {
    requireNonNull(date, "date");
    requireNonNull(name, "name");
    requireNonNull(reference, "reference");
  }
}
