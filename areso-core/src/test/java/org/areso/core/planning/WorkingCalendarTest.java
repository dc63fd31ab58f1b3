package org.areso.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 1, 8);
  private static final LocalDate SATURDAY = LocalDate.of(2024, 1, 13);

  @Test
  void theNextWorkedDateOfAWorkedDateIsItself() {
    // given
    WorkingCalendar weekdays = WorkingCalendar.weekdays();
    // when / then
    assertThat(weekdays.nextWorked(MONDAY)).isEqualTo(Option.some(MONDAY));
  }

  @Test
  void theNextWorkedDateAfterASaturdayIsTheMonday() {
    // given
    WorkingCalendar weekdays = WorkingCalendar.weekdays();
    // when / then
    assertThat(weekdays.nextWorked(SATURDAY)).isEqualTo(Option.some(SATURDAY.plusDays(2)));
  }

  @Test
  void theNextWorkedDateIsSoughtOnTheFirst366DaysOnly() {
    // given a calendar worked on one date only
    LocalDate lastLooked = MONDAY.plusDays(WorkingCalendar.SEARCH_LIMIT_DAYS - 1);
    WorkingCalendar once = date -> date.equals(lastLooked);
    // when / then
    assertThat(once.nextWorked(MONDAY)).isEqualTo(Option.some(lastLooked));
    assertThat(once.nextWorked(MONDAY.minusDays(1))).isEqualTo(Option.none());
  }

  @Test
  void aCalendarWithNoWorkedDateHasNoNextWorkedDate() {
    // given
    WorkingCalendar never = date -> false;
    // when / then
    assertThat(never.nextWorked(MONDAY)).isEqualTo(Option.none());
  }

  @Test
  void aWeekHasFiveWorkedDaysBothEndsIncluded() {
    // given
    WorkingCalendar weekdays = WorkingCalendar.weekdays();
    // when / then
    assertThat(weekdays.workedDaysBetween(MONDAY, MONDAY.plusDays(6))).isEqualTo(5);
    assertThat(weekdays.workedDaysBetween(MONDAY, MONDAY.plusDays(4))).isEqualTo(5);
    assertThat(weekdays.workedDaysBetween(SATURDAY, SATURDAY.plusDays(1))).isZero();
  }

  @Test
  void noDateIsWorkedBetweenAStartAndAnEarlierEnd() {
    // given
    WorkingCalendar weekdays = WorkingCalendar.weekdays();
    // when / then
    assertThat(weekdays.workedDaysBetween(MONDAY, MONDAY.minusDays(1))).isZero();
  }

  @Test
  void theSearchForANextWorkedDateStopsAtTheLastDateJavaKnows() {
    // given a calendar with no worked date
    WorkingCalendar never = date -> false;
    // when / then no DateTimeException past LocalDate.MAX
    assertThat(never.nextWorked(LocalDate.MAX.minusDays(3))).isEqualTo(Option.none());
    assertThat(never.nextWorked(LocalDate.MAX)).isEqualTo(Option.none());
  }

  @Test
  void workedDaysAreCountedUpToTheLastDateJavaKnows() {
    // given
    WorkingCalendar always = date -> true;
    // when / then
    assertThat(always.workedDaysBetween(LocalDate.MAX.minusDays(2), LocalDate.MAX)).isEqualTo(3);
  }
}
