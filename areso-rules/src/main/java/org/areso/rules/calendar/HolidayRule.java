package org.areso.rules.calendar;

import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;

/** How one holiday falls in a given year; package-private, used to build calendars. */
record HolidayRule(Text name, LegalReference reference, IntFunction<Option<LocalDate>> dateIn) {

  static HolidayRule fixed(int month, int day, Text name, LegalReference reference) {
    MonthDay monthDay = MonthDay.of(month, day);
    return new HolidayRule(name, reference, year -> Option.some(monthDay.atYear(year)));
  }

  static HolidayRule easter(int offset, Text name, LegalReference reference) {
    return new HolidayRule(name, reference, year -> Option.some(easterSunday(year).plusDays(offset)));
  }

  HolidayRule between(int fromYear, int toYear) {
    return new HolidayRule(name, reference,
        year -> year < fromYear || year > toYear ? Option.none() : dateIn.apply(year));
  }

  HolidayRule except(int fromYear, int toYear) {
    return new HolidayRule(name, reference,
        year -> year >= fromYear && year <= toYear ? Option.none() : dateIn.apply(year));
  }

  Option<Holiday> in(int year) {
    return dateIn.apply(year).map(date -> new Holiday(date, name, reference));
  }

  /** The Monday after the third Sunday of September (Lundi du Jeûne fédéral). */
  static LocalDate federalFastMonday(int year) {
    return LocalDate.of(year, 9, 1).with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.SUNDAY))
        .plusDays(1);
  }

  /** The Thursday after the first Sunday of September (Jeûne genevois). */
  static LocalDate genevanFast(int year) {
    return LocalDate.of(year, 9, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SUNDAY))
        .plusDays(4);
  }

  /** The first Thursday of April (Näfelser Fahrt). */
  static LocalDate naefelserFahrt(int year) {
    return LocalDate.of(year, 4, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
  }

  /**
   * Easter Sunday in the Gregorian calendar, by the anonymous Gregorian algorithm (Meeus, Jones,
   * Butcher).
   */
  static LocalDate easterSunday(int year) {
    // floor division and modulo: the proleptic calendar's years before 1 give a valid day too
    int a = Math.floorMod(year, 19);
    int b = Math.floorDiv(year, 100);
    int c = Math.floorMod(year, 100);
    int d = Math.floorDiv(b, 4);
    int e = Math.floorMod(b, 4);
    int f = Math.floorDiv(b + 8, 25);
    int g = Math.floorDiv(b - f + 1, 3);
    int h = Math.floorMod(19 * a + b - d - g + 15, 30);
    int i = Math.floorDiv(c, 4);
    int k = Math.floorMod(c, 4);
    int l = Math.floorMod(32 + 2 * e + 2 * i - h - k, 7);
    int m = Math.floorDiv(a + 11 * h + 22 * l, 451);
    int month = Math.floorDiv(h + l - 7 * m + 114, 31);
    int day = Math.floorMod(h + l - 7 * m + 114, 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
