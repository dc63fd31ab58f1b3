package org.areso.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FacilitatorId;
import org.junit.jupiter.api.Test;

class PlannerTest {

  private static final DateWindow YEAR_2024 =
      DateWindow.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).get();

  @Test
  void plansTenWholeDaysOfAccompanimentOnWeekdaysWithinTheFormatsSpan() {
    // given
    PlanRequest request = PlanRequest.of(FormatFixtures.accompaniment(), WorkingCalendar.weekdays(),
        LocalDate.of(2024, 1, 8), YEAR_2024);
    // when
    Plan plan = Planner.plan(request).get();
    // then
    assertThat(plan.activeSessions()).hasSize(10);
    assertThat(plan.planned()).isEqualTo(Days.of(10));
    assertThat(plan.sessions().map(s -> s.date().getDayOfWeek()))
        .doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    assertThat(plan.spanDays()).isBetween(91L, 366L);
    assertThat(plan.sessions().head().date()).isEqualTo(LocalDate.of(2024, 1, 8));
  }

  @Test
  void avoidsBlackoutsAndEachFacilitatorsUnavailableDates() {
    // given
    LocalDate blocked = LocalDate.of(2024, 1, 8);
    LocalDate away = LocalDate.of(2024, 1, 9);
    PlanRequest request = PlanRequest.of(FormatFixtures.jointTraining(), WorkingCalendar.weekdays(),
        blocked, YEAR_2024).withBlackouts(HashSet.of(blocked))
        .withUnavailable(FacilitatorId.of("f-1").get(), HashSet.of(away));
    // when
    Plan plan = Planner.plan(request).get();
    // then
    assertThat(plan.sessions().map(Session::date)).doesNotContain(blocked, away);
    assertThat(plan.sessions().head().date()).isEqualTo(LocalDate.of(2024, 1, 10));
  }

  @Test
  void reportsEveryViolatedConstraintWhenNoPlanFits() {
    // given a window of a week for an accompaniment, and half a day for whole-day sessions
    DateWindow week = DateWindow.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 7)).get();
    PlanRequest request = PlanRequest.of(FormatFixtures.accompaniment(), WorkingCalendar.weekdays(),
        LocalDate.of(2024, 1, 1), week).withDays(Days.ofHalfDays(41));
    // when
    var result = Planner.plan(request);
    // then
    assertThat(result.getError().map(PlanViolation::code)).containsExactly(
        "DAYS_OUT_OF_FORMAT", "SPLIT_IMPOSSIBLE", "WINDOW_TOO_SHORT");
  }

  @Test
  void refusesAHostPlanOnAWeekendOutsideTheWindowAndShortOfTheBudget() {
    // given
    PlanRequest request = PlanRequest.of(FormatFixtures.jointTraining(), WorkingCalendar.weekdays(),
        LocalDate.of(2024, 1, 1), YEAR_2024);
    Plan hostPlan = Plan.of(FormatFixtures.jointTraining(), Days.of(2), List.of(
        Session.planned(LocalDate.of(2024, 1, 6), SessionLength.WHOLE_DAY)));
    // when
    var result = Planner.validate(request, hostPlan);
    // then
    assertThat(result.getError().map(PlanViolation::code))
        .containsExactlyInAnyOrder("TOTAL_MISMATCH", "DATE_NOT_WORKED", "SPAN_TOO_SHORT");
    assertThat(result.getError().head().message(org.areso.core.kernel.Language.FR))
        .contains("2");
  }

  @Test
  void replansAPostponedSessionWithoutMovingHeldOnes() {
    // given
    PlanRequest request = PlanRequest.of(FormatFixtures.accompaniment(), WorkingCalendar.weekdays(),
        LocalDate.of(2024, 1, 8), YEAR_2024);
    Plan plan = Planner.plan(request).get();
    LocalDate first = plan.sessions().get(0).date();
    LocalDate second = plan.sessions().get(1).date();
    Plan tracked = plan.hold(first).get().postpone(second).get();
    // when
    var result = Planner.replan(request, tracked, second.plusDays(1));
    assertThat(result.isValid()).as(result.toString()).isTrue();
    Plan replanned = result.get();
    // then
    assertThat(tracked.consumed()).isEqualTo(Days.of(1));
    assertThat(tracked.remaining()).isEqualTo(Days.of(9));
    assertThat(replanned.sessions()).contains(
        new Session(first, SessionLength.WHOLE_DAY, Session.Status.HELD));
    assertThat(replanned.planned()).isEqualTo(Days.of(10));
    assertThat(replanned.activeSessions().map(Session::date)).doesNotContain(second);
  }

  @Test
  void refusesToHoldASessionThatIsNotPlanned() {
    // given
    Plan plan = Plan.of(FormatFixtures.seminar(), Days.of(1), List.empty());
    // when
    var result = plan.hold(LocalDate.of(2024, 3, 1));
    // then
    assertThat(result.getLeft().code()).isEqualTo("SESSION_NOT_FOUND");
  }

  @Test
  void planningTwiceGivesTheSamePlan() {
    // given
    PlanRequest request = PlanRequest.of(FormatFixtures.onSiteHours(),
        WorkingCalendar.weekdays(), LocalDate.of(2024, 2, 1), YEAR_2024);
    // when / then
    assertThat(Planner.plan(request)).isEqualTo(Planner.plan(request));
  }

  @Test
  void everyCatalogueShapedFormatCanBePlannedForItsTypicalDays() {
    // given
    var calendar = WorkingCalendar.weekdays();
    // when / then
    for (Format format : FormatFixtures.all()) {
      var result = Planner.plan(PlanRequest.of(format, calendar, LocalDate.of(2024, 1, 8),
          DateWindow.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)).get()));
      assertThat(result.isValid()).as(format + " " + result).isTrue();
    }
  }

  @Test
  void refusesAFormatWhoseBoundsAreInverted() {
    // given
    var builder = Format.builder().id("x").name(org.areso.core.kernel.Text.of("x", "x"))
        .days(Days.of(5), Days.of(3), Days.of(2)).span(10, 5).gap(0, 1);
    // when
    var result = builder.build();
    // then
    assertThat(result.getError().map(r -> r.code())).contains("INCONSISTENT_FIELDS",
        "OUT_OF_RANGE");
  }
}
