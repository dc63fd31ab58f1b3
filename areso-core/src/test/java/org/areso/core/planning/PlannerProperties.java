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
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FacilitatorId;

class PlannerProperties {

  private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

  @Provide
  Arbitrary<PlanRequest> requests() {
    Arbitrary<Format> formats = Arbitraries.of(Format.seeds().toJavaList());
    Arbitrary<Integer> startOffsets = Arbitraries.integers().between(0, 60);
    Arbitrary<Integer> windowLengths = Arbitraries.integers().between(1, 600);
    Arbitrary<Integer> halfDays = Arbitraries.integers().between(0, 60);
    Arbitrary<java.util.Set<Integer>> blackouts =
        Arbitraries.integers().between(0, 600).set().ofMaxSize(80);
    Arbitrary<java.util.Set<Integer>> away =
        Arbitraries.integers().between(0, 600).set().ofMaxSize(80);
    return Combinators.combine(formats, startOffsets, windowLengths, halfDays, blackouts, away)
        .as((format, start, length, halves, black, gone) -> PlanRequest.of(format,
                WorkingCalendar.weekdays(), BASE.plusDays(start),
                DateWindow.of(BASE, BASE.plusDays(length)).get())
            .withDays(Days.ofHalfDays(halves))
            .withBlackouts(dates(black))
            .withUnavailable(FacilitatorId.of("pair-2").get(), dates(gone)));
  }

  private static Set<LocalDate> dates(java.util.Set<Integer> offsets) {
    return HashSet.ofAll(offsets).map(BASE::plusDays);
  }

  @Property(tries = 300)
  void planningAnyInputTerminatesWithAPlanOrReasons(@ForAll("requests") PlanRequest request) {
    var result = Planner.plan(request);
    assertThat(result.isValid() ? result.get() != null : !result.getError().isEmpty()).isTrue();
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
