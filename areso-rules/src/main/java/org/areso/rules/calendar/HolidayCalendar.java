package org.areso.rules.calendar;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.planning.WorkingCalendar;

/**
 * A working calendar made of public holidays on top of Saturday and Sunday: France by
 * département ({@link FrenchCalendars}) or Switzerland by canton ({@link SwissCalendars}).
 *
 * <p>Holidays from {@value #FIRST_YEAR} to {@value #LAST_YEAR} are computed once, when the
 * calendar is built, into one bit mask per month (bit {@code d} for day {@code d}); Saturdays and
 * Sundays are precomputed the same way once for all calendars. {@link #isWorked(LocalDate)} and
 * {@link #isHoliday(LocalDate)} take the date's year, month and day as they are and test a bit of
 * those masks: no date arithmetic and no allocation in that range. Outside it, the holidays of
 * the date's year are computed from the rules on each call, with the same answers. Immutable and
 * thread-safe.
 */
public final class HolidayCalendar implements WorkingCalendar {

  /** The first year held in the precomputed bit masks. */
  public static final int FIRST_YEAR = 1900;
  /** The last year held in the precomputed bit masks. */
  public static final int LAST_YEAR = 2199;

  private static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;

  /**
   * For each month from {@value #FIRST_YEAR} to {@value #LAST_YEAR}, the days closed whatever
   * the calendar: Saturdays and Sundays, bit 0 and the bits past the month's last day. Shared by
   * every calendar.
   */
  private static final int[] WEEKENDS = weekends();

  private final String id;
  private final Seq<HolidayRule> rules;
  /** For each month from {@value #FIRST_YEAR} to {@value #LAST_YEAR}, its holidays' bits. */
  private final int[] holidayDays;

  HolidayCalendar(String id, Seq<HolidayRule> rules) {
    this.id = id;
    this.rules = rules;
    this.holidayDays = new int[YEARS * 12];
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      System.arraycopy(holidayDaysByRules(year), 0, holidayDays, (year - FIRST_YEAR) * 12, 12);
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
   * Whether a date is a public holiday of this calendar, whatever the day of the week. Does not
   * allocate from {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
   *
   * @param date the date, not null
   * @return true on a public holiday
   * @throws NullPointerException if date is null (a programmer error)
   */
  public boolean isHoliday(LocalDate date) {
    int year = requireNonNull(date, "date").getYear();
    int month = date.getMonthValue();
    int offset = year - FIRST_YEAR;
    int days = offset >= 0 && offset < YEARS
        ? holidayDays[offset * 12 + month - 1]
        : holidayDaysByRules(year)[month - 1];
    return (days & (1 << date.getDayOfMonth())) != 0;
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
    int closed = closedDays(requireNonNull(date, "date").getYear(), date.getMonthValue());
    return (closed & (1 << date.getDayOfMonth())) == 0;
  }

  /**
   * The first worked date on or after {@code from}, as {@link WorkingCalendar#nextWorked} defines
   * it, read a month at a time.
   *
   * @param from the first date considered, not null
   * @return the date, or none when no date is worked in the search limit
   * @throws NullPointerException if from is null (a programmer error)
   */
  @Override
  public Option<LocalDate> nextWorked(LocalDate from) {
    long first = requireNonNull(from, "from").toEpochDay();
    long last = Math.min(LocalDate.MAX.toEpochDay(), first + SEARCH_LIMIT_DAYS - 1);
    LocalDate month = from;
    long day = first;
    while (day <= last) {
      int open = ~closedDays(month.getYear(), month.getMonthValue())
          & (-1 << month.getDayOfMonth());
      if (open != 0) {
        long found = day + Integer.numberOfTrailingZeros(open) - month.getDayOfMonth();
        return found <= last ? Option.some(LocalDate.ofEpochDay(found)) : Option.none();
      }
      day += month.lengthOfMonth() - month.getDayOfMonth() + 1;
      if (day <= last) {
        month = LocalDate.ofEpochDay(day);
      }
    }
    return Option.none();
  }

  /**
   * The number of worked dates from {@code start} to {@code end}, both included, as
   * {@link WorkingCalendar#workedDaysBetween} defines it, counted a month at a time.
   *
   * @param start the first date, not null
   * @param end the last date, not null
   * @return the count, never negative
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  @Override
  public long workedDaysBetween(LocalDate start, LocalDate end) {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    long count = 0;
    int year = start.getYear();
    int month = start.getMonthValue();
    int fromDay = start.getDayOfMonth();
    long lastMonth = end.getYear() * 12L + end.getMonthValue();
    while (year * 12L + month <= lastMonth) {
      int toDay = year * 12L + month == lastMonth ? end.getDayOfMonth() : 31;
      int open = ~closedDays(year, month) & (-1 << fromDay) & (-1 >>> (31 - toDay));
      count += Integer.bitCount(open);
      fromDay = 1;
      if (month == 12) {
        year++;
        month = 1;
      } else {
        month++;
      }
    }
    return count;
  }

  /** The calendar's identifier. */
  @Override
  public String toString() {
    return id;
  }

  /**
   * The days of a month that are not worked, as bits 1 to 31, with bit 0 and the bits past the
   * month's last day set too.
   */
  private int closedDays(int year, int month) {
    int offset = year - FIRST_YEAR;
    if (offset >= 0 && offset < YEARS) {
      int index = offset * 12 + month - 1;
      return holidayDays[index] | WEEKENDS[index];
    }
    return holidayDaysByRules(year)[month - 1] | weekend(year, month);
  }

  /** The holidays of a year from the rules, one bit mask per month. */
  private int[] holidayDaysByRules(int year) {
    int[] days = new int[12];
    for (HolidayRule rule : rules) {
      for (LocalDate date : rule.dateIn().apply(year)) {
        days[date.getMonthValue() - 1] |= 1 << date.getDayOfMonth();
      }
    }
    return days;
  }

  private static int[] weekends() {
    int[] weekends = new int[YEARS * 12];
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (int month = 1; month <= 12; month++) {
        weekends[(year - FIRST_YEAR) * 12 + month - 1] = weekend(year, month);
      }
    }
    return weekends;
  }

  /** Saturdays and Sundays of a month as bits 1 to 31, with bit 0 and the bits past its end. */
  private static int weekend(int year, int month) {
    LocalDate first = LocalDate.of(year, month, 1);
    int closed = -1;
    int dayOfWeek = first.getDayOfWeek().getValue();
    for (int day = 1; day <= first.lengthOfMonth(); day++) {
      if (dayOfWeek <= 5) {
        closed &= ~(1 << day);
      }
      dayOfWeek = dayOfWeek % 7 + 1;
    }
    return closed;
  }
}
