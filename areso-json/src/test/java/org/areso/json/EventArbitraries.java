package org.areso.json;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.Framing;
import org.areso.core.engagement.IntersessionWork;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.engagement.Selection;
import org.areso.core.engagement.SignOfTension;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.InformationItem;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Origin;
import org.areso.core.ethics.Participation;
import org.areso.core.ethics.Recipient;
import org.areso.core.ethics.Sensitivity;
import org.areso.core.ethics.ThirdParty;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Qualification;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Stamp;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Tie;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.FormatId;
import org.areso.testkit.jqwik.AresoArbitraries;

/**
 * Events of every type, with any text where the model takes any text, and sensitive values made
 * of a given secret where a test looks for it in the JSON.
 */
final class EventArbitraries {

  private EventArbitraries() { }

  /** Any text: control characters, lone surrogates, quotes and backslashes included. */
  static Arbitrary<String> anyText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(40),
        Arbitraries.strings().withChars("\"\\{}[]:,\n\t\u0000\ud800\udc00é😀 ").ofMaxLength(20));
  }

  static Arbitrary<String> hostId() {
    return anyText().map(s -> s.replaceAll("\\p{Cntrl}", "x"))
        .filter(s -> PartyId.of(s).isValid());
  }

  static Arbitrary<LocalDateTime> dateTime() {
    return Combinators.combine(AresoArbitraries.dates(),
            Arbitraries.longs().between(0, 86_400_000_000_000L - 1))
        .as((d, nanos) -> d.atStartOfDay().plusNanos(nanos));
  }

  static <E extends Enum<E>> Arbitrary<io.vavr.collection.Set<E>> enumSet(Class<E> type) {
    return Arbitraries.of(type).list().ofMaxSize(4).map(LinkedHashSet::ofAll);
  }

  static Arbitrary<Actor> actor() {
    return Arbitraries.oneOf(
        Combinators.combine(Arbitraries.of(PartyRole.class), hostId())
            .as((r, id) -> new Actor.Party(r, PartyId.of(id).get())),
        hostId().map(id -> new Actor.Facilitator(FacilitatorId.of(id).get())),
        anyText().map(Actor.Operator::new));
  }

  static Arbitrary<Stamp> stamp() {
    return Combinators.combine(actor(), dateTime()).as(Stamp::of);
  }

  static Arbitrary<Structure> structure() {
    return Arbitraries.oneOf(AresoArbitraries.frenchStructures(),
        Arbitraries.of(EventFixtures.RICH_STRUCTURE, EventFixtures.SWISS,
            Structure.builder().name("Atelier").casfItems(List.empty()).build().get(),
            Structure.builder().build().get(),
            Structure.builder().siret("73282932000074").headcount(0).staffRepresentation(false)
                .departement("2A").fundingSources("P104|OWN|REGION|DEPARTEMENT").build().get()));
  }

  static Arbitrary<EligibilityRecord> eligibility() {
    return Combinators.combine(anyText(), Arbitraries.of(Verdict.class),
            anyText().list().ofMaxSize(3), anyText().list().ofMaxSize(3),
            AresoArbitraries.dates())
        .as((p, v, r, m, d) -> new EligibilityRecord(p, v, List.ofAll(r), List.ofAll(m), d));
  }

  static Arbitrary<Facilitator> facilitator(String id) {
    Arbitrary<Tie> tie = Combinators.combine(Arbitraries.of(Tie.Kind.class),
            hostId().map(p -> PartyId.of(p).get()).optional(),
            Combinators.combine(AresoArbitraries.dates(), Arbitraries.integers().between(0, 4000))
                .as((d, n) -> DateWindow.of(d, d.plusDays(n)).get()).optional())
        .as((k, p, w) -> new Tie(k, Option.ofOptional(p), Option.ofOptional(w)));
    return Combinators.combine(Arbitraries.of(FacilitatorKind.class), tie.list().ofMaxSize(3),
            Arbitraries.of(Qualification.class).set())
        .as((k, ties, qualifications) -> new Facilitator(FacilitatorId.of(id).get(), k,
            List.ofAll(ties), LinkedHashSet.ofAll(qualifications)));
  }

  /** An event of any type, for the given engagement and version, its sensitive texts any text. */
  static Arbitrary<EngagementEvent> event(EngagementId id, long version) {
    return event(id, version, anyText());
  }

  /**
   * An event of any type, for the given engagement and version.
   *
   * @param secrets the texts of its sensitive values
   */
  static Arbitrary<EngagementEvent> event(EngagementId id, long version,
      Arbitrary<String> secrets) {
    Arbitrary<Stamp> s = stamp();
    return Arbitraries.oneOf(List.of(
        Combinators.combine(s, anyText(), structure(), enumSet(PartyRole.class),
                Arbitraries.of(ThirdParty.class).optional())
            .as((st, p, str, by, ref) -> (EngagementEvent) new EngagementEvent.EngagementRequested(
                id, version, st, p, str, new Origin(by, Option.ofOptional(ref)))),
        Combinators.combine(s, Arbitraries.of(PartyRole.class),
                Arbitraries.of(InterventionContext.class), enumSet(SignOfTension.class),
                Arbitraries.strings().withChars("abc-019").ofMinLength(1).ofMaxLength(10))
            .as((st, o, c, signs, f) -> new EngagementEvent.PreDiagnosisRecorded(id, version, st,
                new PreDiagnosis(o, c, signs, FormatId.of(f).get()))),
        Combinators.combine(s, eligibility())
            .as((st, r) -> new EngagementEvent.Qualified(id, version, st, r)),
        Combinators.combine(s, eligibility())
            .as((st, r) -> new EngagementEvent.Declined(id, version, st, r)),
        Combinators.combine(s, anyText(), anyText())
            .as((st, a, c) -> new EngagementEvent.SelectionRecorded(id, version, st,
                new Selection(a, c))),
        Combinators.combine(s, anyText(), anyText(), anyText(), anyText(),
                Arbitraries.maps(Arbitraries.of(PartyRole.class),
                    Arbitraries.of(Participation.class)).ofMaxSize(5))
            .as((st, a, b, c, d, m) -> new EngagementEvent.FramingProposed(id, version, st,
                new Framing(a, b, c, d, LinkedHashMap.ofAll(m)))),
        Combinators.combine(s, Arbitraries.of(PartyRole.class))
            .as((st, p) -> new EngagementEvent.ConsentGiven(id, version, st, p)),
        s.map(st -> new EngagementEvent.FramingConfirmed(id, version, st)),
        Combinators.combine(s, AresoArbitraries.dates())
            .as((st, d) -> new EngagementEvent.InterventionStarted(id, version, st, d)),
        Combinators.combine(s, AresoArbitraries.dates(), Arbitraries.of(SessionLength.class),
                enumSet(PartyRole.class), Arbitraries.of(MeetingKind.class))
            .as((st, d, h, p, k) -> new EngagementEvent.SessionHeld(id, version, st, d, h, p, k)),
        Combinators.combine(s, hostId(), AresoArbitraries.dates(), Arbitraries.of(Aspect.class),
                secrets)
            .as((st, by, d, a, n) -> new EngagementEvent.ContributionRecorded(id, version, st,
                new Contribution(FacilitatorId.of(by).get(), d, a, Sensitive.of(n)))),
        Combinators.combine(s, Arbitraries.of(PartyRole.class), AresoArbitraries.dates(),
                secrets)
            .as((st, p, d, w) -> new EngagementEvent.IntersessionWorkRecorded(id, version, st,
                new IntersessionWork(p, d, Sensitive.of(w)))),
        Combinators.combine(s, facilitator("F-1"), facilitator("F-2"))
            .as((st, a, b) -> new EngagementEvent.FacilitatorsAssigned(id, version, st,
                Facilitators.pair(a, b).get())),
        Combinators.combine(s, facilitator("F-3"))
            .as((st, a) -> new EngagementEvent.FacilitatorsAssigned(id, version, st,
                Facilitators.one(a))),
        Combinators.combine(s, AresoArbitraries.dates(), anyText(),
                Arbitraries.of(Sensitivity.class), secrets, Arbitraries.of(Recipient.class))
            .as((st, d, l, sens, c, r) -> new EngagementEvent.Disclosed(id, version, st,
                new Disclosure(d, new InformationItem(l, sens, Sensitive.of(c)), r))),
        Combinators.combine(s, Combinators.combine(anyText(), actor(), actor(),
                    enumSet(PartyRole.class)).as(ActionPlanItem::new).list().ofMaxSize(3))
            .as((st, ds) -> new EngagementEvent.ActionPlanAdopted(id, version, st,
                List.ofAll(ds))),
        s.map(st -> new EngagementEvent.Suspended(id, version, st)),
        s.map(st -> new EngagementEvent.Resumed(id, version, st)),
        s.map(st -> new EngagementEvent.InterventionEnded(id, version, st)),
        Combinators.combine(s, anyText())
            .as((st, t) -> new EngagementEvent.FollowUpReviewed(id, version, st, t)),
        Combinators.combine(s, anyText(), anyText().list().ofMaxSize(3))
            .as((st, t, o) -> new EngagementEvent.Closed(id, version, st,
                new Assessment(t, LinkedHashSet.ofAll(o)))),
        s.map(st -> new EngagementEvent.Withdrawn(id, version, st))).toJavaList());
  }

  /** An event of any type, of any engagement and version. */
  static Arbitrary<EngagementEvent> anyEvent() {
    return Combinators.combine(hostId(), Arbitraries.longs())
        .flatAs((id, v) -> event(EngagementId.of(id).get(), v));
  }

  /** A secret: a marker no JSON syntax or Areso text holds, then any text. */
  static Arbitrary<String> secret() {
    return anyText().map(text -> "SeCrEt⟦" + text);
  }
}
