package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.Sensitive;

/**
 * Something a facilitator said or wrote during an engagement, classified by what it is about.
 * Neutrality allows form, process and dynamics, never an opinion on the content.
 *
 * <p>Immutable and thread-safe; the note is {@link Sensitive} and never shown by
 * {@code toString}.
 *
 * @param by the facilitator, not null
 * @param on the day, not null
 * @param aspect what it is about, not null
 * @param note what was said or written, not null
 */
public record Contribution(FacilitatorId by, LocalDate on, Aspect aspect, Sensitive<String> note) {

  /** Creates a contribution. @throws NullPointerException if an argument is null */
  public Contribution {
    requireNonNull(by, "by");
    requireNonNull(on, "on");
    requireNonNull(aspect, "aspect");
    requireNonNull(note, "note");
  }
}
