package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;

/**
 * Who acted and when, as the caller says: Areso never reads the clock. The time is the local time
 * of the structure.
 *
 * <p>Immutable and thread-safe.
 *
 * @param actor who acted, not null
 * @param at when, not null
 */
public record Stamp(Actor actor, LocalDateTime at) {

  /** Creates a stamp. @throws NullPointerException if an argument is null */
  public Stamp {
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
  }

  /**
   * Creates a stamp.
   *
   * @param actor who acted, not null
   * @param at when, not null
   * @return the stamp, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Stamp of(Actor actor, LocalDateTime at) {
    return new Stamp(actor, at);
  }
}
