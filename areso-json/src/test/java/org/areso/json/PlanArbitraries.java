package org.areso.json;

import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.areso.core.kernel.DateWindow;
import org.areso.core.planning.Days;
import org.areso.core.planning.Format;
import org.areso.core.planning.Plan;
import org.areso.core.planning.PlanRequest;
import org.areso.core.planning.Planner;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.areso.core.planning.WorkingCalendar;
import org.areso.rules.programme.Formats;
import org.areso.testkit.jqwik.AresoArbitraries;

/**
 * Plans: made by {@link Planner#plan} for the catalogue's formats over random requests, then some
 * sessions held, postponed or cancelled; and plans given by hand, of any valid format.
 */
final class PlanArbitraries {

  private PlanArbitraries() { }

  static Arbitrary<Plan> anyPlan() {
    return Arbitraries.oneOf(planned(), byHand());
  }

  /** A plan the planner made for a catalogue format, with its first sessions marked. */
  static Arbitrary<Plan> planned() {
    return Combinators.combine(Arbitraries.of(Formats.all().toJavaList()),
            AresoArbitraries.dates(), Arbitraries.integers().between(0, 400),
            Arbitraries.of(Session.Status.class).list().ofMaxSize(4))
        .as((format, start, extra, marks) -> {
          DateWindow window = DateWindow.of(start,
              start.plusDays(format.maxSpanDays() + extra)).get();
          return Planner.plan(PlanRequest.of(format, WorkingCalendar.weekdays(), start, window))
              .map(plan -> mark(plan, List.ofAll(marks)));
        })
        .filter(plan -> plan.isValid()).map(plan -> plan.get());
  }

  private static Plan mark(Plan plan, List<Session.Status> marks) {
    Plan marked = plan;
    for (var pair : plan.sessions().zip(marks)) {
      java.time.LocalDate on = pair._1.date();
      marked = switch (pair._2) {
        case PLANNED -> marked;
        case HELD -> marked.hold(on).getOrElse(marked);
        case POSTPONED -> marked.postpone(on).getOrElse(marked);
        case CANCELLED -> marked.cancel(on).getOrElse(marked);
      };
    }
    return marked;
  }

  /** A plan given by hand: any valid format, any budget, any sessions. */
  static Arbitrary<Plan> byHand() {
    Arbitrary<Session> session = Combinators.combine(AresoArbitraries.dates(),
        Arbitraries.of(SessionLength.class), Arbitraries.of(Session.Status.class))
        .as(Session::new);
    return Combinators.combine(format(), Arbitraries.integers().between(0, 2000),
            session.list().ofMaxSize(8))
        .as((format, budget, sessions) -> Plan.of(format, Days.ofHalfDays(budget),
            List.ofAll(sessions)));
  }

  /** Any format the builder accepts, any texts in its identifier and name, translated or not. */
  static Arbitrary<Format> format() {
    Arbitrary<Integer> figure = Arbitraries.integers().between(1, Format.MAX_SPAN_DAYS);
    return Combinators.combine(EventArbitraries.anyText().filter(id -> !id.isBlank()),
            DecisionArbitraries.text(),
            Arbitraries.integers().between(1, 2000).list().ofSize(3),
            Arbitraries.of(SessionLength.class), figure.list().ofSize(4),
            Arbitraries.of(Format.Bounds.class))
        .as((id, name, days, length, figures, bounds) -> {
          List<Integer> d = List.ofAll(days).sorted()
              .map(h -> length == SessionLength.WHOLE_DAY ? 2 * ((h + 1) / 2) : h);
          List<Integer> span = List.ofAll(figures.subList(0, 2)).sorted();
          List<Integer> gap = List.ofAll(figures.subList(2, 4)).sorted();
          return Format.builder().id(id).name(name)
              .days(Days.ofHalfDays(d.get(0)), Days.ofHalfDays(d.get(1)),
                  Days.ofHalfDays(d.get(2)))
              .sessionLength(length).span(span.get(0), span.get(1)).gap(gap.get(0), gap.get(1))
              .bounds(bounds).build();
        })
        .filter(f -> f.isValid()).map(f -> f.get());
  }
}
