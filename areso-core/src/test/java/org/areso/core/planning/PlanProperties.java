package org.areso.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.areso.core.kernel.Text;

/**
 * The one session's lifecycle as a plan tracks it, over random sequences of hold, postpone and
 * cancel: a session leaves {@code PLANNED} once and never moves again (terminal stays terminal),
 * and what is consumed is exactly the days of the sessions held.
 */
class PlanProperties {

  private static final LocalDate MONDAY = LocalDate.of(2024, 1, 8);
  private static final Format FORMAT = Format.builder().id("host-format")
      .name(Text.of("Format maison", "Host format"))
      .days(Days.of(1), Days.of(2), Days.of(4)).sessionLength(SessionLength.WHOLE_DAY)
      .span(1, 30).gap(1, 7).build().get();

  /** What a host does to the session planned on a date. */
  enum Mark { HOLD, POSTPONE, CANCEL }

  /** One step of a script: a mark on the date {@code offset} days after the first Monday. */
  record Step(Mark mark, int offset) {
    LocalDate date() {
      return MONDAY.plusDays(offset);
    }

    Either<PlanViolation, Plan> applyTo(Plan plan) {
      return switch (mark) {
        case HOLD -> plan.hold(date());
        case POSTPONE -> plan.postpone(date());
        case CANCEL -> plan.cancel(date());
      };
    }

    Session.Status status() {
      return switch (mark) {
        case HOLD -> Session.Status.HELD;
        case POSTPONE -> Session.Status.POSTPONED;
        case CANCEL -> Session.Status.CANCELLED;
      };
    }
  }

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<Session> session = Combinators.combine(Arbitraries.integers().between(0, 20),
            Arbitraries.of(SessionLength.class))
        .as((offset, length) -> Session.planned(MONDAY.plusDays(offset), length));
    return session.list().ofMinSize(1).ofMaxSize(8).uniqueElements(Session::date)
        .map(sessions -> Plan.of(FORMAT, Days.of(20), List.ofAll(sessions)));
  }

  @Provide
  Arbitrary<java.util.List<Step>> scripts() {
    return Combinators.combine(Arbitraries.of(Mark.class), Arbitraries.integers().between(0, 22))
        .as(Step::new).list().ofMaxSize(30);
  }

  @Property(tries = 500)
  void aSessionLeavesPlannedOnceAndNeverMovesAgain(@ForAll("plans") Plan start,
      @ForAll("scripts") java.util.List<Step> script) {
    Plan plan = start;
    for (Step step : script) {
      // given
      Plan before = plan;
      Seq<Session> settled = before.sessions().filter(s -> s.status() != Session.Status.PLANNED);
      boolean planned = before.sessions()
          .exists(s -> s.date().equals(step.date()) && s.status() == Session.Status.PLANNED);
      // when
      Either<PlanViolation, Plan> outcome = step.applyTo(before);
      // then
      if (planned) {
        plan = outcome.get();
        assertThat(plan.sessions().find(s -> s.date().equals(step.date())).get().status())
            .isEqualTo(step.status());
      } else {
        assertThat(outcome.getLeft()).isEqualTo(new PlanViolation.SessionNotFound(step.date()));
      }
      assertThat(plan.sessions()).containsAll(settled);
      assertThat(plan.sessions().size()).isEqualTo(start.sessions().size());
    }
  }

  @Property(tries = 500)
  void whatIsConsumedIsExactlyTheDaysOfTheSessionsHeldAndNeverShrinks(
      @ForAll("plans") Plan start, @ForAll("scripts") java.util.List<Step> script) {
    Plan plan = start;
    for (Step step : script) {
      // given
      Days consumedBefore = plan.consumed();
      // when
      plan = step.applyTo(plan).getOrElse(plan);
      // then
      int held = plan.sessions().filter(s -> s.status() == Session.Status.HELD)
          .map(s -> s.length().days().halfDays()).sum().intValue();
      assertThat(plan.consumed()).isEqualTo(Days.ofHalfDays(held));
      assertThat(plan.consumed()).isGreaterThanOrEqualTo(consumedBefore);
    }
  }
}
