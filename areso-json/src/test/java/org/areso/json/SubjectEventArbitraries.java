package org.areso.json;

import static org.areso.json.EventArbitraries.anyText;
import static org.areso.json.EventArbitraries.hostId;
import static org.areso.json.EventArbitraries.stamp;

import io.vavr.collection.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.SupportCase;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.Sensitive;

/**
 * Events of the small lifecycles of every type, with any reference where the host gives one (any
 * text that is not blank), any version from 1 and any stamp.
 */
final class SubjectEventArbitraries {

  private SubjectEventArbitraries() { }

  /** A host's reference: any text that is not blank, quotes and lone surrogates included. */
  static Arbitrary<String> reference() {
    return anyText().filter(text -> !text.isBlank());
  }

  /** A version a subject reached: 1, or any version after it. */
  static Arbitrary<Long> version() {
    return Arbitraries.oneOf(Arbitraries.just(1L), Arbitraries.longs().greaterOrEqual(1));
  }

  /** A support case's event of any type. */
  static Arbitrary<SupportCase.Event> supportCaseEvent() {
    return Combinators.combine(reference(), version())
        .flatAs((subject, v) -> Arbitraries.oneOf(List.<Arbitrary<SupportCase.Event>>of(
            Combinators.combine(stamp(), hostId(), Arbitraries.of(SupportCase.Topic.class))
                .as((s, employee, topic) -> new SupportCase.Event.Referred(subject, v, s,
                    PartyId.of(employee).get(), Sensitive.of(topic))),
            stamp().map(s -> new SupportCase.Event.Consented(subject, v, s)),
            stamp().map(s -> new SupportCase.Event.SupportStarted(subject, v, s)),
            stamp().map(s -> new SupportCase.Event.CaseClosed(subject, v, s)),
            stamp().map(s -> new SupportCase.Event.EndedByEmployee(subject, v, s)))
            .toJavaList()));
  }

  /** An application's event of any type. */
  static Arbitrary<CohortApplication.Event> applicationEvent() {
    return Combinators.combine(reference(), version())
        .flatAs((subject, v) -> Arbitraries.oneOf(List.<Arbitrary<CohortApplication.Event>>of(
            Combinators.combine(stamp(), reference())
                .as((s, call) -> new CohortApplication.Event.Applied(subject, v, s, call)),
            stamp().map(s -> new CohortApplication.Event.Selected(subject, v, s)),
            stamp().map(s -> new CohortApplication.Event.NotSelected(subject, v, s)),
            stamp().map(s -> new CohortApplication.Event.Withdrawn(subject, v, s)))
            .toJavaList()));
  }
}
