package org.areso.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.Departement;
import org.areso.core.planning.WorkingCalendar;
import org.areso.testkit.jqwik.AresoArbitraries;

/**
 * The precomputed bit masks answer as the rules, computed afresh: for every French and Swiss
 * calendar and for any date, inside the precomputed years, at their edges and anywhere in
 * {@link LocalDate}'s range. {@code nextWorked} and {@code workedDaysBetween}, read a month at a
 * time, answer as {@link WorkingCalendar}'s day-by-day definitions over the rules.
 */
class FastCalendarProperties {

  /** Every distinct calendar: metropolitan, each département's, each canton's. */
  private static final Seq<HolidayCalendar> CALENDARS = Departement.all().map(FrenchCalendars::of)
      .prepend(FrenchCalendars.metropolitan())
      .appendAll(List.of(Canton.values()).map(SwissCalendars::of))
      .distinct();

  /** Whether a date is worked, by the rules alone: not a weekend, not a holiday of its year. */
  private static boolean workedByRules(HolidayCalendar calendar, LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
        && !holidayByRules(calendar, date);
  }

  private static boolean holidayByRules(HolidayCalendar calendar, LocalDate date) {
    return calendar.holidays(date.getYear()).exists(h -> h.date().equals(date));
  }

  /**
   * Any date, as {@link AresoArbitraries#anyDates()} gives them, or within 400 days of an edge of
   * the precomputed years.
   */
  @Provide
  Arbitrary<LocalDate> dates() {
    LocalDate first = LocalDate.of(HolidayCalendar.FIRST_YEAR, 1, 1);
    LocalDate last = LocalDate.of(HolidayCalendar.LAST_YEAR, 12, 31);
    return Arbitraries.frequencyOf(
        Tuple.of(3, AresoArbitraries.anyDates()),
        Tuple.of(1, around(first)),
        Tuple.of(1, around(last)));
  }

  private static Arbitrary<LocalDate> around(LocalDate edge) {
    return Arbitraries.integers().between(-400, 400).map(edge::plusDays);
  }

  @Provide
  Arbitrary<HolidayCalendar> calendars() {
    return Arbitraries.of(CALENDARS.toJavaList());
  }

  @Property(tries = 2_000)
  void everyCalendarSaysWorkedAndHolidayAsItsRulesOnAnyDate(@ForAll("dates") LocalDate date) {
    for (HolidayCalendar calendar : CALENDARS) {
      // when / then
      assertThat(calendar.isWorked(date)).as("%s %s", calendar, date)
          .isEqualTo(workedByRules(calendar, date));
      assertThat(calendar.isHoliday(date)).as("%s %s", calendar, date)
          .isEqualTo(holidayByRules(calendar, date));
    }
    Statistics.label("precomputed").collect(date.getYear() >= HolidayCalendar.FIRST_YEAR
        && date.getYear() <= HolidayCalendar.LAST_YEAR);
  }

  @Property(tries = 500)
  void nextWorkedAndWorkedDaysBetweenAnswerAsTheDayByDayDefinitions(
      @ForAll("calendars") HolidayCalendar calendar, @ForAll("dates") LocalDate start,
      @ForAll @IntRange(min = -40, max = 800) int span) {
    // given
    WorkingCalendar byRules = date -> workedByRules(calendar, date);
    long endDay = Math.max(LocalDate.MIN.toEpochDay(),
        Math.min(LocalDate.MAX.toEpochDay(), start.toEpochDay() + span));
    LocalDate end = LocalDate.ofEpochDay(endDay);
    // when
    Option<LocalDate> next = calendar.nextWorked(start);
    long count = calendar.workedDaysBetween(start, end);
    // then
    assertThat(next).as("%s next after %s", calendar, start).isEqualTo(byRules.nextWorked(start));
    assertThat(count).as("%s %s..%s", calendar, start, end)
        .isEqualTo(byRules.workedDaysBetween(start, end));
  }

  @Property(tries = 200)
  void everyHolidayOfAYearFallsInThatYear(@ForAll("dates") LocalDate date) {
    // given
    int year = date.getYear();
    for (HolidayCalendar calendar : CALENDARS) {
      // when / then: the monthly masks hold a rule's date in the month of the year it is for
      assertThat(calendar.holidays(year).map(h -> h.date().getYear()).distinct())
          .as("%s %d", calendar, year).isSubsetOf(year);
    }
  }
}
