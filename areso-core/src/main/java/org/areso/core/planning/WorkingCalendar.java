package org.areso.core.planning;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * The port the planner asks which dates are worked (jours ouvrés): France with its Alsace-Moselle
 * and overseas variants and Switzerland by canton live in {@code areso-rules}; a host may pass its
 * own.
 *
 * <p>Implementations must be immutable and thread-safe, and {@link #isWorked(LocalDate)} should not
 * allocate: the planner calls it for every candidate date.
 */
public interface WorkingCalendar {

  /** How far {@link #nextWorked(LocalDate)} looks ahead, in days, before giving up. */
  int SEARCH_LIMIT_DAYS = 366;

  /**
   * Whether a date is worked: not a weekend day nor a public holiday of this calendar.
   *
   * @param date the date, not null
   * @return true when the date is worked
   * @throws NullPointerException if date is null (a programmer error)
   */
  boolean isWorked(LocalDate date);

  /**
   * The first worked date on or after {@code from}, looking at most {@value #SEARCH_LIMIT_DAYS}
   * days ahead.
   *
   * @param from the first date considered, not null
   * @return the date, or none when no date is worked in the search limit
   * @throws NullPointerException if from is null (a programmer error)
   */
  default Option<LocalDate> nextWorked(LocalDate from) {
    requireNonNull(from, "from");
    long last = Math.min(LocalDate.MAX.toEpochDay(), from.toEpochDay() + SEARCH_LIMIT_DAYS - 1);
    for (long day = from.toEpochDay(); day <= last; day++) {
      LocalDate date = LocalDate.ofEpochDay(day);
      if (isWorked(date)) {
        return Option.some(date);
      }
    }
    return Option.none();
  }

  /**
   * The number of worked dates from {@code start} to {@code end}, both included; zero when end is
   * before start.
   *
   * @param start the first date, not null
   * @param end the last date, not null
   * @return the count, never negative
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  default long workedDaysBetween(LocalDate start, LocalDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    long count = 0;
    for (long day = start.toEpochDay(); day <= end.toEpochDay(); day++) {
      if (isWorked(LocalDate.ofEpochDay(day))) {
        count++;
      }
    }
    return count;
  }

  /**
   * Monday to Friday, with no public holiday: a neutral calendar for tests and for hosts that keep
   * holidays as blackout dates.
   *
   * @return the calendar, never null
   */
  static WorkingCalendar weekdays() {
    return date -> {
      DayOfWeek day = requireNonNull(date, "date").getDayOfWeek();
      return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    };
  }
}
