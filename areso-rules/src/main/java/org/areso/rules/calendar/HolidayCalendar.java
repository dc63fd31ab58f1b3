package org.areso.rules.calendar;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.areso.core.planning.WorkingCalendar;

/**
 * A working calendar made of public holidays on top of Saturday and Sunday: France by
 * département ({@link FrenchCalendars}) or Switzerland by canton ({@link SwissCalendars}).
 *
 * <p>Holidays from {@value #FIRST_YEAR} to {@value #LAST_YEAR} are computed once, when the
 * calendar is built, into a bit set, so {@link #isWorked(LocalDate)} does not allocate in that
 * range; outside it, holidays are computed on each call. Immutable and thread-safe.
 */
public final class HolidayCalendar implements WorkingCalendar {

  /** The first year held in the precomputed bit set. */
  public static final int FIRST_YEAR = 1900;
  /** The last year held in the precomputed bit set. */
  public static final int LAST_YEAR = 2199;

  private static final long FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31).toEpochDay();

  private final String id;
  private final Seq<HolidayRule> rules;
  private final long[] holidayBits;

  HolidayCalendar(String id, Seq<HolidayRule> rules) {
    this.id = id;
    this.rules = rules;
    this.holidayBits = new long[(int) ((LAST_DAY - FIRST_DAY) / 64) + 1];
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (HolidayRule rule : rules) {
        for (LocalDate date : rule.dateIn().apply(year)) {
          int index = (int) (date.toEpochDay() - FIRST_DAY);
          holidayBits[index >>> 6] |= 1L << (index & 63);
        }
      }
    }
  }

  /**
   * The calendar's identifier: {@code FR}, {@code FR-57}, {@code FR-974}, {@code CH-VD}…
   *
   * @return the identifier, never null
   */
  public String id() {
    return id;
  }

  /**
   * The public holidays of a year, in date order, whatever the day of the week.
   *
   * @param year the year
   * @return the holidays, never null
   */
  public Seq<Holiday> holidays(int year) {
    return rules.flatMap(rule -> rule.in(year)).sortBy(Holiday::date);
  }

  /**
   * Whether a date is a public holiday of this calendar, whatever the day of the week.
   *
   * @param date the date, not null
   * @return true on a public holiday
   * @throws NullPointerException if date is null (a programmer error)
   */
  public boolean isHoliday(LocalDate date) {
    long day = requireNonNull(date, "date").toEpochDay();
    if (day >= FIRST_DAY && day <= LAST_DAY) {
      int index = (int) (day - FIRST_DAY);
      return (holidayBits[index >>> 6] & (1L << (index & 63))) != 0;
    }
    return holidays(date.getYear()).exists(h -> h.date().equals(date));
  }

  /**
   * Whether a date is worked: Monday to Friday and not a public holiday. Does not allocate from
   * {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
   *
   * @param date the date, not null
   * @return true when worked
   * @throws NullPointerException if date is null (a programmer error)
   */
  @Override
  public boolean isWorked(LocalDate date) {
    DayOfWeek day = requireNonNull(date, "date").getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
  }

  /** The calendar's identifier. */
  @Override
  public String toString() {
    return id;
  }
}
