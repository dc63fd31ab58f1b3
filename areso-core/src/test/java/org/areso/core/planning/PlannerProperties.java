package org.areso.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FacilitatorId;

class PlannerProperties {

  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  @Provide
  Arbitrary<PlanRequest> requests() {
    // Half the requests are drawn inside the format's own bounds (days within min..max, a window
    // at least as long as the longest span), so that many of them can be planned; the other half
    // are arbitrary, so that refusals are exercised too.
    return Arbitraries.oneOf(requests(true), requests(false));
  }

  private Arbitrary<PlanRequest> requests(boolean plausible) {
    Arbitrary<Format> formats = Arbitraries.of(FormatFixtures.all().toJavaList());
    return formats.flatMap(format -> {
      Arbitrary<Integer> startOffsets = Arbitraries.integers().between(0, 60);
      Arbitrary<Integer> windowLengths = plausible
          ? Arbitraries.integers().between(format.maxSpanDays() + 60, format.maxSpanDays() + 400)
          : Arbitraries.integers().between(1, 600);
      Arbitrary<Integer> halfDays = plausible
          ? Arbitraries.integers().between(format.minDays().halfDays(), format.maxDays().halfDays())
          : Arbitraries.integers().between(0, 60);
      int maxDisturbances = plausible ? 15 : 80;
      Arbitrary<java.util.Set<Integer>> blackouts =
          Arbitraries.integers().between(0, 600).set().ofMaxSize(maxDisturbances);
      Arbitrary<java.util.Set<Integer>> away =
          Arbitraries.integers().between(0, 600).set().ofMaxSize(maxDisturbances);
      return Combinators.combine(startOffsets, windowLengths, halfDays, blackouts, away)
          .as((start, length, halves, black, gone) -> PlanRequest.of(format,
                  WorkingCalendar.weekdays(), BASE.plusDays(start),
                  DateWindow.of(BASE, BASE.plusDays(length + start)).get())
              .withDays(Days.ofHalfDays(halves))
              .withBlackouts(dates(black))
              .withUnavailable(FacilitatorId.of("pair-2").get(), dates(gone)));
    });
  }

  private static Set<LocalDate> dates(java.util.Set<Integer> offsets) {
    return HashSet.ofAll(offsets).map(BASE::plusDays);
  }

  @Property(tries = 300)
  void planningAnyInputTerminatesWithAPlanOrReasons(@ForAll("requests") PlanRequest request) {
    // when
    var result = Planner.plan(request);
    // then: a plan, or at least one reason; and enough plans that the other properties, which
    // look at plans, are not passing on an empty set
    assertThat(result.isValid() ? result.get() != null : !result.getError().isEmpty()).isTrue();
    Statistics.label("outcome").collect(result.isValid() ? "plan" : "reasons");
    Statistics.label("outcome").coverage(coverage ->
        coverage.check("plan").percentage(p -> p >= 30.0));
  }

  @Property(tries = 300)
  void sessionsNeverFallOnANonWorkedDateABlackoutOrAnUnavailableDate(
      @ForAll("requests") PlanRequest request) {
    Planner.plan(request).forEach(plan -> plan.sessions().forEach(
        s -> assertThat(request.isAvailable(s.date())).as(s.toString()).isTrue()));
  }

  @Property(tries = 300)
  void thePlansTotalEqualsTheRequestedDaysAndItsSpanStaysWithinTheFormat(
      @ForAll("requests") PlanRequest request) {
    Planner.plan(request).forEach(plan -> {
      assertThat(plan.planned()).isEqualTo(request.days());
      assertThat(plan.spanDays()).isBetween((long) request.format().minSpanDays(),
          (long) request.format().maxSpanDays());
    });
  }

  @Property(tries = 200)
  void replanningNeverMovesAHeldSession(@ForAll("requests") PlanRequest request,
      @ForAll("held") int heldCount) {
    Planner.plan(request).forEach(plan -> {
      int n = Math.min(heldCount, plan.sessions().size() - 1);
      Plan tracked = plan;
      for (Session s : plan.sessions().take(Math.max(0, n))) {
        tracked = tracked.hold(s.date()).get();
      }
      Plan withHeld = tracked;
      var held = withHeld.sessions().filter(s -> s.status() == Session.Status.HELD);
      LocalDate from = held.lastOption().map(s -> s.date().plusDays(1)).getOrElse(BASE);
      Planner.replan(request, withHeld, from).forEach(
          replanned -> assertThat(replanned.sessions()).containsAll(held));
    });
  }

  @Provide
  Arbitrary<Integer> held() {
    return Arbitraries.integers().between(0, 10);
  }
}
