package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A period of whole days, both bounds included, such as a programme's request window.
 *
 * <p>Immutable and thread-safe; equal when both bounds are equal.
 */
public final class DateWindow {

  /** The field name used in reasons when none is given. */
  public static final String FIELD = "window";

  private final LocalDate start;
  private final LocalDate end;

  private DateWindow(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * A window from {@code start} to {@code end}, both included.
   *
   * @param start the first day, not null
   * @param end the last day, not null
   * @return the window, or {@code WINDOW_INVERTED} when end is before start
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Validation<Seq<Reason>, DateWindow> of(LocalDate start, LocalDate end) {
    return of(FIELD, start, end);
  }

  /**
   * A window from {@code start} to {@code end}, both included, naming the field in reasons.
   *
   * @param field the field the window is read for, such as {@code request_window}, not null
   * @param start the first day, not null
   * @param end the last day, not null
   * @return the window, or {@code WINDOW_INVERTED} when end is before start
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Validation<Seq<Reason>, DateWindow> of(
      String field, LocalDate start, LocalDate end) {
    requireNonNull(field, "field");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    if (end.isBefore(start)) {
      return Input.invalid(new FieldReason.InvertedWindow(field, start, end));
    }
    return Validation.valid(new DateWindow(start, end));
  }

  /**
   * A window of whole months, from the first day of {@code from} to the last day of {@code to}:
   * "July 2023 to April 2024" is {@code months(YearMonth.of(2023, 7), YearMonth.of(2024, 4))},
   * 2023-07-01 to 2024-04-30.
   *
   * @param from the first month, not null
   * @param to the last month, not null
   * @return the window, or {@code WINDOW_INVERTED} when {@code to} is before {@code from}
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Validation<Seq<Reason>, DateWindow> months(YearMonth from, YearMonth to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    return of(FIELD, from.atDay(1), to.atEndOfMonth());
  }

  /**
   * A window of one day.
   *
   * @param day the day, not null
   * @return the window, never null
   * @throws NullPointerException if day is null (a programmer error)
   */
  public static DateWindow day(LocalDate day) {
    requireNonNull(day, "day");
    return new DateWindow(day, day);
  }

  /**
   * The first day, included.
   *
   * @return the day, never null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The last day, included.
   *
   * @return the day, never null
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Whether a day falls inside this window, bounds included.
   *
   * @param day the day, not null
   * @return true from start to end included
   * @throws NullPointerException if day is null (a programmer error)
   */
  public boolean contains(LocalDate day) {
    requireNonNull(day, "day");
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /**
   * Whether this window and another share at least one day.
   *
   * @param other the other window, not null
   * @return true when they overlap
   * @throws NullPointerException if other is null (a programmer error)
   */
  public boolean overlaps(DateWindow other) {
    requireNonNull(other, "other");
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /**
   * The number of days in this window, bounds included: 1 for a single day.
   *
   * @return the number of days, at least 1
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DateWindow that && start.equals(that.start) && end.equals(that.end);
  }

  @Override
  public int hashCode() {
    return 31 * start.hashCode() + end.hashCode();
  }

  /** The window as {@code [2023-07-01..2024-04-30]}. */
  @Override
  public String toString() {
    return "[" + start + ".." + end + "]";
  }
}
