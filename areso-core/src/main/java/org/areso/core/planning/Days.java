package org.areso.core.planning;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;

/**
 * A number of facilitation days, counted in half days: {@code 2.5} days is five half days.
 *
 * <p>Immutable and thread-safe; never negative.
 *
 * @param halfDays the number of half days, zero or more
 */
public record Days(int halfDays) implements Comparable<Days> {

  /** The largest number of days accepted, as a guard against absurd input. */
  public static final int MAX_DAYS = 1_000;

  /** No day. */
  public static final Days ZERO = new Days(0);

  /**
   * Creates a number of days.
   *
   * @throws IllegalArgumentException if halfDays is negative or above {@link #MAX_DAYS} days (a
   *     programmer error; read user input with {@link #parseHalfDays(String, int)})
   */
  public Days {
    if (halfDays < 0 || halfDays > 2 * MAX_DAYS) {
      throw new IllegalArgumentException("halfDays out of range: " + halfDays);
    }
  }

  /**
   * Whole days.
   *
   * @param days the number of days, 0 to {@link #MAX_DAYS}
   * @return the days, never null
   * @throws IllegalArgumentException if days is out of range (a programmer error)
   */
  public static Days of(int days) {
    return new Days(2 * days);
  }

  /**
   * Half days.
   *
   * @param halfDays the number of half days, 0 to twice {@link #MAX_DAYS}
   * @return the days, never null
   * @throws IllegalArgumentException if halfDays is out of range (a programmer error)
   */
  public static Days ofHalfDays(int halfDays) {
    return new Days(halfDays);
  }

  /**
   * Reads a number of half days supplied by a user or a host.
   *
   * @param field the field name used in reasons, not null
   * @param halfDays the number of half days
   * @return the days, or {@code OUT_OF_RANGE}
   */
  public static Validation<Seq<Reason>, Days> parseHalfDays(String field, int halfDays) {
    if (halfDays < 0 || halfDays > 2 * MAX_DAYS) {
      return Validation.invalid(io.vavr.collection.List.of(new FieldReason.OutOfRange(
          field, Integer.toString(halfDays), "0", Integer.toString(2 * MAX_DAYS))));
    }
    return Validation.valid(new Days(halfDays));
  }

  /**
   * The sum of these days and others, capped at {@link #MAX_DAYS}.
   *
   * @param other the days to add, not null
   * @return the sum, never null
   */
  public Days plus(Days other) {
    return new Days(Math.min(2 * MAX_DAYS, halfDays + other.halfDays));
  }

  /**
   * These days less others, never below zero.
   *
   * @param other the days to subtract, not null
   * @return the difference, never null
   */
  public Days minus(Days other) {
    return new Days(Math.max(0, halfDays - other.halfDays));
  }

  @Override
  public int compareTo(Days other) {
    return Integer.compare(halfDays, other.halfDays);
  }

  /** The days as {@code 2.5}, or {@code 3} when whole. */
  @Override
  public String toString() {
    return halfDays % 2 == 0 ? Integer.toString(halfDays / 2) : (halfDays / 2) + ".5";
  }
}
