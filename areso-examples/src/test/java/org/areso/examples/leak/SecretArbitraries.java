package org.areso.examples.leak;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.areso.core.eligibility.Facts;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Framing;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.engagement.SignOfTension;
import org.areso.core.ethics.ActionDecision;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Assignment;
import org.areso.core.ethics.Audited;
import org.areso.core.ethics.Conduct;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.InformationItem;
import org.areso.core.ethics.Meeting;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Origin;
import org.areso.core.ethics.Participation;
import org.areso.core.ethics.Recipient;
import org.areso.core.ethics.Sensitivity;
import org.areso.core.ethics.ThirdParty;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.FacilitatorPair;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Tie;
import org.areso.core.lifecycle.Actor;
import org.areso.core.lifecycle.LifecycleCommand;
import org.areso.core.lifecycle.LifecycleEvent;
import org.areso.core.lifecycle.LifecycleState;
import org.areso.core.lifecycle.Stamp;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;
import org.areso.rules.programme.Programmes;

/**
 * Secrets, and a generator for every API type that can hold one, each built around a given
 * secret: every {@link Sensitive} in a generated value wraps the secret, alone or within a
 * longer text.
 */
public final class SecretArbitraries {

  private SecretArbitraries() { }

  /** Marks every secret: no Areso text starts a word with it. */
  static final String PREFIX = "ṠeCrEt⟦";

  /** The pieces of a secret: ASCII, accented and other scripts, and characters beyond the BMP. */
  private static final java.util.List<String> PIECES = List.of(
      "a", "b", "q", "x", "Z", "K", "0", "7", "9", "é", "ç", "ß", "ø", "ñ", "ж", "Ж", "Ω", "ق",
      "漢", "字", "😀", "𝄞", "_", "-").toJavaList();

  /** A distinctive secret: the prefix then 12 to 24 random pieces. */
  public static Arbitrary<String> secrets() {
    return Arbitraries.of(PIECES).list().ofMinSize(12).ofMaxSize(24)
        .map(pieces -> PREFIX + String.join("", pieces));
  }

  static final LocalDate DAY = LocalDate.of(2024, 1, 8);
  static final LocalDateTime T0 = DAY.atTime(9, 0);
  static final EngagementId ID = EngagementId.of("LEAK-1").get();
  static final Programme PROGRAMME = Programmes.aresoSocial2023();
  static final Actor MANAGEMENT =
      new Actor.Party(PartyRole.MANAGEMENT, PartyId.of("hr-director").get());
  static final Actor STAFF =
      new Actor.Party(PartyRole.STAFF_REPRESENTATIVES, PartyId.of("cse-secretary").get());
  static final Actor OPERATOR = new Actor.Operator("aract-example");
  static final Facilitator FIRST = Facilitator.of(FacilitatorId.of("F-1").get(),
      FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER);
  static final Facilitator SECOND = Facilitator.of(FacilitatorId.of("F-2").get(),
      FacilitatorKind.INDEPENDENT_CONSULTANT);
  static final Actor FACILITATOR = new Actor.Facilitator(FIRST.id());
  static final Structure STRUCTURE =
      Structure.builder().name("Foyer Les Tilleuls").country("FR").departement("57")
          .casfItems("8").fundingSources("P177|ARS").build().get();

  /** Engagements of {@code areso-social-2023} in several stages, decided command by command. */
  static final Seq<Engagement> BASES = bases();

  static Seq<Engagement> bases() {
    Framing framing = new Framing("restore trust", "joint workshops", "confidentiality",
        "10 half-days over 6 months", LinkedHashMap.of(
            PartyRole.MANAGEMENT, Participation.VOLUNTARY,
            PartyRole.STAFF_REPRESENTATIVES, Participation.VOLUNTARY));
    Engagement requested = Engagement.replay(PROGRAMME, Engagement.request(PROGRAMME,
        new EngagementCommand.RequestEngagement(ID, Stamp.of(MANAGEMENT, T0), STRUCTURE,
            Origin.parties(PartyRole.MANAGEMENT))).get()).get();
    Engagement framed = apply(requested, List.of(
        v -> new EngagementCommand.RecordPreDiagnosis(Stamp.of(FACILITATOR, T0.plusDays(1)), v,
            new PreDiagnosis(PartyRole.MANAGEMENT, InterventionContext.PREVENTIVE,
                LinkedHashSet.of(SignOfTension.RUMOURS), FormatId.of("accompaniment").get())),
        v -> new EngagementCommand.Qualify(Stamp.of(OPERATOR, T0.plusDays(2)), v,
            EligibilityRecord.of(PROGRAMME.policy().evaluate(Facts.of(STRUCTURE)
                .requestDate(DAY)), DAY)),
        v -> new EngagementCommand.AssignFacilitators(Stamp.of(OPERATOR, T0.plusDays(2)), v,
            FacilitatorPair.of(FIRST, SECOND).get()),
        v -> new EngagementCommand.ProposeFraming(Stamp.of(FACILITATOR, T0.plusDays(3)), v,
            framing),
        v -> new EngagementCommand.GiveConsent(Stamp.of(MANAGEMENT, T0.plusDays(4)), v),
        v -> new EngagementCommand.GiveConsent(Stamp.of(STAFF, T0.plusDays(5)), v),
        v -> new EngagementCommand.ConfirmFraming(Stamp.of(FACILITATOR, T0.plusDays(6)), v)));
    Engagement inProgress = apply(framed, List.of(
        v -> new EngagementCommand.StartIntervention(Stamp.of(FACILITATOR, T0.plusDays(7)), v,
            DAY.plusMonths(6)),
        v -> new EngagementCommand.RecordSession(Stamp.of(FACILITATOR, T0.plusDays(8)), v,
            DAY.plusDays(8), 2, LinkedHashSet.of(PartyRole.MANAGEMENT,
            PartyRole.STAFF_REPRESENTATIVES), MeetingKind.SESSION),
        v -> new EngagementCommand.AdoptActionPlan(Stamp.of(MANAGEMENT, T0.plusDays(9)), v,
            List.of(new ActionDecision("A-1", MANAGEMENT, MANAGEMENT, LinkedHashSet.of(
                PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES))))));
    Engagement followUp = apply(inProgress, List.of(
        v -> new EngagementCommand.EndIntervention(Stamp.of(FACILITATOR, T0.plusDays(10)), v)));
    return List.of(requested, framed, inProgress, followUp);
  }

  private static Engagement apply(Engagement from,
      Seq<java.util.function.LongFunction<EngagementCommand>> commands) {
    Engagement e = from;
    for (java.util.function.LongFunction<EngagementCommand> command : commands) {
      EngagementCommand c = command.apply(e.version());
      Seq<EngagementEvent> events = e.decide(c).getOrElseThrow(
          r -> new AssertionError(c.getClass().getSimpleName() + ": " + r));
      for (EngagementEvent event : events) {
        e = e.evolve(event).get();
      }
    }
    return e;
  }

  // ----- the building blocks -----

  static Arbitrary<Sensitive<String>> sensitive(String secret) {
    return Arbitraries.oneOf(Arbitraries.just(secret),
            Arbitraries.strings().alpha().ofMaxLength(8).map(s -> s + " " + secret + " " + s))
        .map(Sensitive::of);
  }

  static Arbitrary<LocalDate> day() {
    return Arbitraries.integers().between(-400, 400).map(DAY::plusDays);
  }

  static Arbitrary<Contribution> contribution(String secret) {
    return Combinators.combine(Arbitraries.of("F-1", "F-2", "F-9"), day(),
            Arbitraries.of(Aspect.class), sensitive(secret))
        .as((by, on, aspect, note) -> new Contribution(FacilitatorId.of(by).get(), on, aspect,
            note));
  }

  static Arbitrary<InformationItem> item(String secret) {
    return Combinators.combine(Arbitraries.of("minutes", "notes of session 3", "interview"),
            Arbitraries.of(Sensitivity.class), sensitive(secret))
        .as(InformationItem::new);
  }

  static Arbitrary<Disclosure> disclosure(String secret) {
    return Combinators.combine(day(), item(secret), Arbitraries.of(Recipient.class))
        .as(Disclosure::new);
  }

  static Arbitrary<Actor> actor() {
    return Arbitraries.of(MANAGEMENT, STAFF, OPERATOR, FACILITATOR,
        new Actor.Facilitator(SECOND.id()));
  }

  static Arbitrary<Stamp> stamp() {
    return Combinators.combine(actor(), Arbitraries.integers().between(0, 400))
        .as((a, d) -> Stamp.of(a, T0.plusDays(d)));
  }

  static <E extends Enum<E>> Arbitrary<io.vavr.collection.Set<E>> someOf(Class<E> type) {
    return Arbitraries.of(type).set().ofMaxSize(4).map(LinkedHashSet::ofAll);
  }

  static Arbitrary<Facilitator> facilitator(String id) {
    Arbitrary<Tie> tie = Combinators.combine(Arbitraries.of(Tie.Kind.class),
            Arbitraries.of("hr-director", "cse-secretary").map(p -> PartyId.of(p).get())
                .optional(),
            day().map(d -> DateWindow.of(d, d.plusDays(30)).get()).optional())
        .as((k, p, w) -> new Tie(k, Option.ofOptional(p), Option.ofOptional(w)));
    return Combinators.combine(Arbitraries.of(FacilitatorKind.class), tie.list().ofMaxSize(2))
        .as((k, ties) -> new Facilitator(FacilitatorId.of(id).get(), k, List.ofAll(ties)));
  }

  /** A conduct of any shape, so that every check of a charter has something to find. */
  static Arbitrary<Conduct> conduct(String secret) {
    Arbitrary<Origin> origin = Combinators.combine(someOf(PartyRole.class),
        Arbitraries.of(ThirdParty.class).optional())
        .as((by, ref) -> new Origin(by, Option.ofOptional(ref)));
    Arbitrary<Assignment> assignment = Combinators.combine(facilitator("F-1"),
            facilitator("F-2"), day())
        .as((a, b, on) -> new Assignment(FacilitatorPair.of(a, b).get(), on));
    Arbitrary<Meeting> meeting = Combinators.combine(day(), Arbitraries.of(MeetingKind.class),
        someOf(PartyRole.class)).as(Meeting::new);
    Arbitrary<ActionDecision> decision = Combinators.combine(
            Arbitraries.of("A-1", "A-2"), actor(), actor(), someOf(PartyRole.class))
        .as(ActionDecision::new);
    Arbitrary<Conduct.Builder> people = Combinators.combine(someOf(PartyRole.class),
            origin.optional(), Arbitraries.maps(Arbitraries.of(PartyRole.class),
                Arbitraries.of(Participation.class)).ofMaxSize(3),
            someOf(PartyRole.class), someOf(PartyRole.class), Arbitraries.of(true, false),
            assignment.optional())
        .as((required, o, participation, consents, voided, started, a) -> {
          Conduct.Builder b = Conduct.builder(required)
              .participation(LinkedHashMap.ofAll(participation)).consents(consents)
              .voidedConsents(voided).started(started);
          o.ifPresent(b::origin);
          a.ifPresent(b::assignment);
          return b;
        });
    return Combinators.combine(people, meeting.list().ofMaxSize(5),
            decision.list().ofMaxSize(3), contribution(secret).list().ofMinSize(1).ofMaxSize(3),
            disclosure(secret).list().ofMinSize(1).ofMaxSize(3))
        .as((b, meetings, plan, contributions, disclosures) -> b.meetings(List.ofAll(meetings))
            .actionPlan(List.ofAll(plan)).contributions(List.ofAll(contributions))
            .disclosures(List.ofAll(disclosures)).build());
  }

  static Arbitrary<EngagementCommand> recordContribution(String secret) {
    return Combinators.combine(stamp(), Arbitraries.longs().between(0, 20), contribution(secret))
        .as(EngagementCommand.RecordContribution::new);
  }

  static Arbitrary<EngagementCommand> disclose(String secret) {
    return Combinators.combine(stamp(), Arbitraries.longs().between(0, 20), disclosure(secret))
        .as(EngagementCommand.Disclose::new);
  }

  static Arbitrary<EngagementEvent> contributionRecorded(String secret) {
    return Combinators.combine(Arbitraries.longs().between(1, 20), stamp(), contribution(secret))
        .as((v, s, c) -> new EngagementEvent.ContributionRecorded(ID, v, s, c));
  }

  static Arbitrary<EngagementEvent> disclosed(String secret) {
    return Combinators.combine(Arbitraries.longs().between(1, 20), stamp(), disclosure(secret))
        .as((v, s, d) -> new EngagementEvent.Disclosed(ID, v, s, d));
  }

  /**
   * An engagement in any of the {@link #BASES} stages that recorded contributions (in progress)
   * and disclosures holding the secret, whatever the charter would have said, then maybe
   * withdrawn.
   */
  static Arbitrary<Engagement> engagement(String secret) {
    return Combinators.combine(Arbitraries.of(BASES.toJavaList()),
            contribution(secret).list().ofMaxSize(3), disclosure(secret).list().ofMaxSize(3),
            Arbitraries.of(true, false))
        .as((base, contributions, disclosures, withdraw) -> {
          Engagement e = base;
          if (e.stage() == EngagementStage.IN_PROGRESS) {
            for (Contribution c : contributions) {
              e = e.evolve(new EngagementEvent.ContributionRecorded(e.id(), e.version() + 1,
                  Stamp.of(FACILITATOR, T0.plusDays(20)), c)).get();
            }
          }
          for (Disclosure d : disclosures) {
            e = e.evolve(new EngagementEvent.Disclosed(e.id(), e.version() + 1,
                Stamp.of(FACILITATOR, T0.plusDays(21)), d)).get();
          }
          if (e.contributions().isEmpty() && e.disclosures().isEmpty()) {
            e = e.evolve(new EngagementEvent.Disclosed(e.id(), e.version() + 1,
                Stamp.of(FACILITATOR, T0.plusDays(21)), new Disclosure(DAY, new InformationItem(
                    "minutes", Sensitivity.CONFIDENTIAL, Sensitive.of(secret)),
                    Recipient.PARTY))).get();
          }
          return withdraw ? e.evolve(new EngagementEvent.Withdrawn(e.id(), e.version() + 1,
              Stamp.of(STAFF, T0.plusDays(22)))).get() : e;
        });
  }

  /**
   * The generator of every API type that can hold a sensitive value, given the secret to hide
   * in it. {@link SensitiveHoldersTest} asserts that its keys are exactly the holders found in
   * the compiled API: a new holder without a generator fails there.
   */
  static java.util.Map<Class<?>, Function<String, Arbitrary<?>>> registry() {
    java.util.Map<Class<?>, Function<String, Arbitrary<?>>> r = new java.util.LinkedHashMap<>();
    r.put(Contribution.class, SecretArbitraries::contribution);
    r.put(InformationItem.class, SecretArbitraries::item);
    r.put(Disclosure.class, SecretArbitraries::disclosure);
    r.put(Conduct.class, SecretArbitraries::conduct);
    r.put(Conduct.Builder.class, s -> conduct(s).map(Conduct::toBuilder));
    r.put(Audited.class, s -> Arbitraries.oneOf(conduct(s), engagement(s)));
    r.put(EngagementCommand.RecordContribution.class, SecretArbitraries::recordContribution);
    r.put(EngagementCommand.Disclose.class, SecretArbitraries::disclose);
    r.put(EngagementCommand.class, s -> Arbitraries.oneOf(recordContribution(s), disclose(s)));
    r.put(LifecycleCommand.class, s -> Arbitraries.oneOf(recordContribution(s), disclose(s)));
    r.put(EngagementEvent.ContributionRecorded.class, SecretArbitraries::contributionRecorded);
    r.put(EngagementEvent.Disclosed.class, SecretArbitraries::disclosed);
    r.put(EngagementEvent.class,
        s -> Arbitraries.oneOf(contributionRecorded(s), disclosed(s)));
    r.put(LifecycleEvent.class, s -> Arbitraries.oneOf(contributionRecorded(s), disclosed(s)));
    r.put(Engagement.class, SecretArbitraries::engagement);
    r.put(LifecycleState.class, SecretArbitraries::engagement);
    return r;
  }
}
