package org.areso.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The exact dates the planner chooses, on a calendar where every date is worked so that each
 * date follows from the format's figures alone.
 */
class PlannerDatesTest {

  private static final WorkingCalendar EVERY_DAY = date -> true;
  private static final DateWindow YEAR_2024 =
      DateWindow.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).get();

  private static LocalDate day(int dayOfJanuary) {
    return LocalDate.of(2024, 1, 1).plusDays(dayOfJanuary - 1L);
  }

  private static DateWindow january(int first, int last) {
    return DateWindow.of(day(first), day(last)).get();
  }

  private static Format format(int minSpan, int maxSpan, int minGap, int maxGap) {
    return Format.builder().id("host-format").name(Text.of("Format maison", "Host format"))
        .days(Days.of(1), Days.of(2), Days.of(10)).sessionLength(SessionLength.WHOLE_DAY)
        .span(minSpan, maxSpan).gap(minGap, maxGap).build().get();
  }

  private static PlanRequest request(Format format, int days, DateWindow window) {
    return PlanRequest.of(format, EVERY_DAY, window.start(), window).withDays(Days.of(days));
  }

  private static Seq<LocalDate> dates(Plan plan) {
    return plan.activeSessions().map(Session::date);
  }

  private static Session session(int dayOfJanuary, Session.Status status) {
    return new Session(day(dayOfJanuary), SessionLength.WHOLE_DAY, status);
  }

  private static Seq<Session> planned(int... days) {
    return List.ofAll(days).map(d -> Session.planned(day(d), SessionLength.WHOLE_DAY));
  }

  @Test
  void aWindowExactlyAsLongAsTheShortestSpanIsEnoughAndTheSessionsSpreadOverIt() {
    // given three days, a span of at least 7 days and a window of 7 days
    PlanRequest request = request(format(7, 30, 1, 7), 3, january(1, 7));
    // when
    var result = Planner.plan(request);
    // then
    assertThat(dates(result.get())).containsExactly(day(1), day(4), day(7));
  }

  @Test
  void aWindowOneDayShorterThanTheShortestSpanIsRefused() {
    // given three days, a span of at least 7 days and a window of 6 days
    PlanRequest request = request(format(7, 30, 1, 7), 3, january(1, 6));
    // when
    var result = Planner.plan(request);
    // then
    assertThat(result.getError()).containsExactly(
        new PlanViolation.WindowTooShort(day(1), january(1, 6), 7));
  }

  @Test
  void sessionsAreSpreadNoFurtherApartThanTheLongestGap() {
    // given three days at most 2 days apart, in a month
    PlanRequest request = request(format(1, 30, 1, 2), 3, january(1, 31));
    // when
    var result = Planner.plan(request);
    // then
    assertThat(dates(result.get())).containsExactly(day(1), day(3), day(5));
  }

  @Test
  void theSpanWantedSpreadsTheSessionsEvenlyFromTheEarliestStart() {
    // given three days over 11 days from 10 January
    PlanRequest request = request(format(1, 30, 1, 30), 3, january(1, 31))
        .withSpanDays(11).withEarliestStart(day(10));
    // when
    var result = Planner.plan(request);
    // then
    assertThat(dates(result.get())).containsExactly(day(10), day(15), day(20));
  }

  @Test
  void aSessionWhoseDatesAreAllTakenGoesBackAsFarAsTheShortestGapAllows() {
    // given two days at least 3 days apart in ten days, the 5th to the 10th excluded
    PlanRequest request = request(format(1, 30, 3, 10), 2, january(1, 10))
        .withBlackouts(HashSet.range(5, 11).map(PlannerDatesTest::day));
    // when
    var result = Planner.plan(request);
    // then
    assertThat(dates(result.get())).containsExactly(day(1), day(4));
  }

  @Test
  void noDateCloserThanTheShortestGapIsTakenWhenNoneFurtherIsAvailable() {
    // given two days at least 3 days apart in ten days, the 4th to the 10th excluded
    PlanRequest request = request(format(1, 30, 3, 10), 2, january(1, 10))
        .withBlackouts(HashSet.range(4, 11).map(PlannerDatesTest::day));
    // when
    var result = Planner.plan(request);
    // then
    assertThat(result.getError())
        .containsExactly(new PlanViolation.NoAvailableDate(2, day(4), day(10)));
    PlanViolation violation = result.getError().head();
    assertThat(violation.code()).isEqualTo("NO_AVAILABLE_DATE");
    assertThat(violation.message(Language.FR)).isEqualTo(
        "Aucune date disponible pour la séance 2 entre le 2024-01-04 et le 2024-01-10.");
    assertThat(violation.message(Language.EN)).isEqualTo(
        "No date is available for session 2 between 2024-01-04 and 2024-01-10.");
  }

  @Test
  void theEarlySessionsLeaveRoomForTheLaterOnes() {
    // given three days at least 3 days apart in ten days, the 6th to the 8th excluded
    PlanRequest request = request(format(1, 30, 3, 10), 3, january(1, 10))
        .withBlackouts(HashSet.of(day(6), day(7), day(8)));
    // when
    var result = Planner.plan(request);
    // then the second session goes back to the 5th rather than on to the 9th
    assertThat(dates(result.get())).containsExactly(day(1), day(5), day(10));
  }

  @Test
  void replanningReachesTheShortestSpanCountedFromTheFirstHeldSession() {
    // given a span of 30 to 60 days, the 1st held, the 5th postponed, two days left
    Format format = format(30, 60, 1, 30);
    Plan plan = Plan.of(format, Days.of(3), List.of(session(1, Session.Status.HELD),
        session(5, Session.Status.POSTPONED), session(20, Session.Status.PLANNED)));
    // when
    var result = Planner.replan(request(format, 3, YEAR_2024), plan, day(6));
    // then
    assertThat(result.get().sessions()).containsExactly(session(1, Session.Status.HELD),
        session(5, Session.Status.POSTPONED), session(6, Session.Status.PLANNED),
        session(30, Session.Status.PLANNED));
  }

  @Test
  void replanningKeepsTheShortestGapBetweenTheSessionsLeft() {
    // given sessions 10 to 30 days apart, the 1st held, the 11th postponed, two days left
    Format format = format(1, 100, 10, 30);
    Plan plan = Plan.of(format, Days.of(3), List.of(session(1, Session.Status.HELD),
        session(11, Session.Status.POSTPONED), session(21, Session.Status.PLANNED)));
    // when
    var result = Planner.replan(request(format, 3, YEAR_2024), plan, day(12));
    // then
    assertThat(dates(result.get())).containsExactly(day(1), day(12), day(22));
  }

  @Test
  void replanningKeepsTheSessionsWithinTheLongestSpanCountedFromTheFirstHeldSession() {
    // given a span of at most 20 days, the 1st held, the 25th postponed, two days left
    Format format = format(1, 20, 1, 30);
    Plan plan = Plan.of(format, Days.of(3), List.of(session(1, Session.Status.HELD),
        session(10, Session.Status.PLANNED), session(25, Session.Status.POSTPONED)));
    // when
    var result = Planner.replan(request(format, 3, YEAR_2024), plan, day(11));
    // then
    assertThat(dates(result.get())).containsExactly(day(1), day(11), day(20));
  }

  @Test
  void replanningAPlanWhoseBudgetIsAllHeldKeepsItAsItIs() {
    // given two days held and one cancelled
    Format format = format(1, 30, 1, 30);
    Plan plan = Plan.of(format, Days.of(2), List.of(session(1, Session.Status.HELD),
        session(3, Session.Status.CANCELLED), session(5, Session.Status.HELD)));
    // when
    var result = Planner.replan(request(format, 2, YEAR_2024), plan, day(6));
    // then
    assertThat(result.get()).isEqualTo(plan);
  }

  @Test
  void replanningDaysLeftThatDoNotSplitIntoSessionsIsRefused() {
    // given two and a half days budgeted for whole-day sessions, one held
    Format format = format(1, 30, 1, 30);
    Plan plan = Plan.of(format, Days.ofHalfDays(5), List.of(session(1, Session.Status.HELD)));
    // when
    var result = Planner.replan(request(format, 2, YEAR_2024), plan, day(2));
    // then
    assertThat(result.getError()).containsExactly(
        new PlanViolation.SplitImpossible(Days.ofHalfDays(3), SessionLength.WHOLE_DAY));
    assertThat(result.getError().head().message(Language.FR))
        .isEqualTo("1.5 jours ne se découpent pas en séances de 1 jour.");
  }

  @Test
  void replanningAfterTheWindowHasClosedFindsNoDate() {
    // given a January window, the 1st held, the 10th postponed
    Format format = format(1, 60, 1, 30);
    Plan plan = Plan.of(format, Days.of(2), List.of(session(1, Session.Status.HELD),
        session(10, Session.Status.POSTPONED)));
    // when
    var result = Planner.replan(request(format, 2, january(1, 31)), plan, day(41));
    // then
    assertThat(result.getError())
        .containsExactly(new PlanViolation.NoAvailableDate(1, day(41), day(31)));
  }

  @Test
  void aSingleSessionFromASaturdayGoesToTheMonday() {
    // given a one-day seminar whose earliest start is Saturday 6 January
    PlanRequest request = PlanRequest.of(FormatFixtures.seminar(), WorkingCalendar.weekdays(),
        day(6), YEAR_2024);
    // when
    var result = Planner.plan(request);
    // then
    assertThat(result.isValid()).as(result.toString()).isTrue();
    assertThat(dates(result.get())).containsExactly(day(8));
  }

  @Test
  void twoConsecutiveDaysFromASaturdayGoToMondayAndTuesday() {
    // given two days one day apart whose earliest start is Saturday 6 January
    Format consecutive = format(1, 2, 1, 1);
    PlanRequest request = PlanRequest.of(consecutive, WorkingCalendar.weekdays(), day(6),
        YEAR_2024).withDays(Days.of(2));
    // when
    var result = Planner.plan(request);
    // then
    assertThat(result.isValid()).as(result.toString()).isTrue();
    assertThat(dates(result.get())).containsExactly(day(8), day(9));
  }

  @Test
  void aSessionPostponedOnAFridayAndReplannedFromTheSaturdayGoesToTheMonday() {
    // given a one-day seminar planned on Friday 5 January, then postponed
    Plan plan = Plan.of(FormatFixtures.seminar(), Days.of(1),
        List.of(Session.planned(day(5), SessionLength.WHOLE_DAY))).postpone(day(5)).get();
    PlanRequest request = PlanRequest.of(FormatFixtures.seminar(), WorkingCalendar.weekdays(),
        day(1), YEAR_2024);
    // when
    var result = Planner.replan(request, plan, day(6));
    // then
    assertThat(result.isValid()).as(result.toString()).isTrue();
    assertThat(result.get().sessions()).containsExactly(session(5, Session.Status.POSTPONED),
        session(8, Session.Status.PLANNED));
  }

  @Test
  @Timeout(30) // a guard against a hang, not a measure of speed
  void aCalendarWithNoWorkingDayInAVeryLongWindowIsRefusedWithoutSearchingTheWholeWindow() {
    // given no working day at all, and a window of almost a million years
    DateWindow window = DateWindow.of(day(1), LocalDate.of(999_999, 12, 31)).get();
    PlanRequest request = PlanRequest.of(format(1, 30, 1, 7), date -> false, day(1), window)
        .withDays(Days.of(1));
    // when
    var result = Planner.plan(request);
    // then the search for a first available date stops after a year
    assertThat(result.getError())
        .containsExactly(new PlanViolation.NoAvailableDate(1, day(1), day(1)));
  }

  @Test
  void theFirstAvailableDateIsLookedForUpTo366DaysFromTheEarliestStart() {
    // given a calendar whose only working day is 365 days after the earliest start
    LocalDate only = day(1).plusDays(WorkingCalendar.SEARCH_LIMIT_DAYS - 1L);
    PlanRequest request = oneDayWorkedOnlyOn(only);
    // when
    var result = Planner.plan(request);
    // then the seminar goes to that day
    assertThat(dates(result.get())).containsExactly(only);
  }

  @Test
  void aFirstAvailableDateMoreThan366DaysAfterTheEarliestStartIsNotFound() {
    // given a calendar whose only working day is 366 days after the earliest start
    LocalDate only = day(1).plusDays(WorkingCalendar.SEARCH_LIMIT_DAYS);
    PlanRequest request = oneDayWorkedOnlyOn(only);
    // when
    var result = Planner.plan(request);
    // then
    assertThat(result.getError())
        .containsExactly(new PlanViolation.NoAvailableDate(1, day(1), day(1)));
  }

  /** One day to plan from 1 January 2024, in a three-year window, on a calendar worked once. */
  private static PlanRequest oneDayWorkedOnlyOn(LocalDate only) {
    DateWindow window = DateWindow.of(day(1), day(1).plusYears(3)).get();
    return PlanRequest.of(format(1, 30, 1, 7), only::equals, day(1), window)
        .withDays(Days.of(1));
  }
}
