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
import org.areso.core.engagement.EngagementFile;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Framing;
import org.areso.core.engagement.IntersessionWork;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.engagement.SignOfTension;
import org.areso.core.engagement.SupportCase;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Assignment;
import org.areso.core.ethics.Attendance;
import org.areso.core.ethics.Audited;
import org.areso.core.ethics.Conduct;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.InformationItem;
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
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Qualification;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Tie;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.kernel.Actor;
import org.areso.core.lifecycle.LifecycleCommand;
import org.areso.core.lifecycle.LifecycleEvent;
import org.areso.core.lifecycle.LifecycleState;
import org.areso.core.kernel.Stamp;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
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
      FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER)
      .withQualification(Qualification.SOCIAL_RELATIONS_TRAINING);
  static final Facilitator SECOND = Facilitator.of(FacilitatorId.of("F-2").get(),
      FacilitatorKind.INDEPENDENT_CONSULTANT)
      .withQualification(Qualification.SOCIAL_RELATIONS_TRAINING);
  static final Actor FACILITATOR = new Actor.Facilitator(FIRST.id());
  static final Structure STRUCTURE =
      Structure.builder().name("Foyer Les Tilleuls").country("FR").departement("57")
          .casfItems("8").fundingSources("P177|ARS").build().get();

  /**
   * An engagement with the history a host would have stored for it: the events its commands
   * emitted, oldest first.
   *
   * @param engagement the engagement
   * @param history its events, from the request on
   */
  record Walked(Engagement engagement, Seq<EngagementEvent> history) {

    static Walked requested(EngagementCommand.RequestEngagement request) {
      Accepted<Engagement, EngagementEvent> accepted = Engagement.start(PROGRAMME, request)
          .getOrElseThrow(r -> new AssertionError("RequestEngagement: " + r));
      return new Walked(accepted.state(), accepted.events());
    }

    /** Handles each command in turn, keeping the events each emitted. */
    Walked then(Seq<EngagementCommand> commands) {
      Walked walked = this;
      for (EngagementCommand command : commands) {
        Accepted<Engagement, EngagementEvent> accepted = walked.engagement.handle(command)
            .getOrElseThrow(r -> new AssertionError(command.getClass().getSimpleName() + ": " + r));
        walked = new Walked(accepted.state(), walked.history.appendAll(accepted.events()));
      }
      return walked;
    }
  }

  /** Engagements of {@code areso-social-2023} in several stages, handled command by command. */
  static final Seq<Walked> WALKS = walks();

  /** The engagements of {@link #WALKS}. */
  static final Seq<Engagement> BASES = WALKS.map(Walked::engagement);

  /** Engagements in several stages, walked again. */
  static Seq<Engagement> bases() {
    return walks().map(Walked::engagement);
  }

  static Seq<Walked> walks() {
    Framing framing = new Framing("restore trust", "joint workshops", "confidentiality",
        "10 half-days over 6 months", LinkedHashMap.of(
            PartyRole.MANAGEMENT, Participation.VOLUNTARY,
            PartyRole.STAFF_REPRESENTATIVES, Participation.VOLUNTARY));
    Walked requested = Walked.requested(
        new EngagementCommand.RequestEngagement(ID, Stamp.of(MANAGEMENT, T0), STRUCTURE,
            Origin.parties(PartyRole.MANAGEMENT)));
    Walked framed = requested.then(List.of(
        new EngagementCommand.RecordPreDiagnosis(Stamp.of(FACILITATOR, T0.plusDays(1)),
            new PreDiagnosis(PartyRole.MANAGEMENT, InterventionContext.PREVENTIVE,
                LinkedHashSet.of(SignOfTension.RUMOURS), FormatId.of("accompaniment").get())),
        new EngagementCommand.Qualify(Stamp.of(OPERATOR, T0.plusDays(2)),
            EligibilityRecord.of(PROGRAMME.policy().evaluate(Facts.of(STRUCTURE)
                .requestDate(DAY)), DAY)),
        new EngagementCommand.AssignFacilitators(Stamp.of(OPERATOR, T0.plusDays(2)),
            Facilitators.pair(FIRST, SECOND).get()),
        new EngagementCommand.ProposeFraming(Stamp.of(FACILITATOR, T0.plusDays(3)),
            framing),
        new EngagementCommand.GiveConsent(Stamp.of(MANAGEMENT, T0.plusDays(4))),
        new EngagementCommand.GiveConsent(Stamp.of(STAFF, T0.plusDays(5))),
        new EngagementCommand.ConfirmFraming(Stamp.of(FACILITATOR, T0.plusDays(6)))));
    Walked inProgress = framed.then(List.of(
        new EngagementCommand.StartIntervention(Stamp.of(FACILITATOR, T0.plusDays(7)),
            DAY.plusMonths(6)),
        new EngagementCommand.RecordSession(Stamp.of(FACILITATOR, T0.plusDays(8)),
            Session.planned(DAY.plusDays(8), SessionLength.WHOLE_DAY), LinkedHashSet.of(
                PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES), MeetingKind.SESSION),
        new EngagementCommand.AdoptActionPlan(Stamp.of(MANAGEMENT, T0.plusDays(9)),
            List.of(new ActionPlanItem("A-1", MANAGEMENT, MANAGEMENT, LinkedHashSet.of(
                PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES))))));
    Walked followUp = inProgress.then(List.of(
        new EngagementCommand.EndIntervention(Stamp.of(FACILITATOR, T0.plusDays(10)))));
    return List.of(requested, framed, inProgress, followUp);
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
        .as((a, b, on) -> new Assignment(Facilitators.pair(a, b).get(), on));
    Arbitrary<Attendance> sessionHeld = Combinators.combine(day(),
            Arbitraries.of(SessionLength.class), Arbitraries.of(MeetingKind.class),
            someOf(PartyRole.class))
        .as((on, length, kind, present) ->
            new Attendance(new Session(on, length, Session.Status.HELD), kind, present));
    Arbitrary<ActionPlanItem> decision = Combinators.combine(
            Arbitraries.of("A-1", "A-2"), actor(), actor(), someOf(PartyRole.class))
        .as(ActionPlanItem::new);
    Arbitrary<Conduct> people = Combinators.combine(someOf(PartyRole.class),
            origin.optional(), Arbitraries.maps(Arbitraries.of(PartyRole.class),
                Arbitraries.of(Participation.class)).ofMaxSize(3),
            someOf(PartyRole.class), someOf(PartyRole.class), Arbitraries.of(true, false),
            assignment.optional())
        .as((required, o, participation, consents, voided, started, a) ->
            Conduct.of(required).withOrigin(Option.ofOptional(o))
                .withParticipation(LinkedHashMap.ofAll(participation)).withConsents(consents)
                .withVoidedConsents(voided).withStarted(started)
                .withAssignment(Option.ofOptional(a)));
    return Combinators.combine(people, sessionHeld.list().ofMaxSize(5),
            decision.list().ofMaxSize(3), contribution(secret).list().ofMinSize(1).ofMaxSize(3),
            disclosure(secret).list().ofMinSize(1).ofMaxSize(3))
        .as((c, held, plan, contributions, disclosures) -> c.withSessionsHeld(List.ofAll(held))
            .withActionPlan(List.ofAll(plan)).withContributions(List.ofAll(contributions))
            .withDisclosures(List.ofAll(disclosures)));
  }

  static Arbitrary<IntersessionWork> intersessionWork(String secret) {
    return Combinators.combine(Arbitraries.of(PartyRole.class), day(), sensitive(secret))
        .as(IntersessionWork::new);
  }

  static Arbitrary<EngagementCommand> recordIntersessionWork(String secret) {
    return Combinators.combine(stamp(), intersessionWork(secret))
        .as(EngagementCommand.RecordIntersessionWork::new);
  }

  static Arbitrary<EngagementEvent> intersessionWorkRecorded(String secret) {
    return Combinators.combine(Arbitraries.longs().between(1, 20), stamp(),
            intersessionWork(secret))
        .as((v, s, w) -> new EngagementEvent.IntersessionWorkRecorded(ID, v, s, w));
  }

  /**
   * The file of an engagement in progress that recorded work between sessions holding the
   * secret: replayed from the base's history with those events appended.
   */
  static Arbitrary<EngagementFile> file(String secret) {
    Walked inProgress = WALKS.find(w -> w.engagement().stage() == EngagementStage.IN_PROGRESS)
        .get();
    return intersessionWork(secret).list().ofMinSize(1).ofMaxSize(3).map(works -> {
      Seq<EngagementEvent> history = inProgress.history();
      for (IntersessionWork w : works) {
        history = history.append(new EngagementEvent.IntersessionWorkRecorded(ID,
            history.size() + 1, Stamp.of(FACILITATOR, T0.plusDays(401)), w));
      }
      return Engagement.replay(PROGRAMME, history, history.size())
          .getOrElseThrow(error -> new AssertionError(error.toString())).file();
    });
  }

  static Arbitrary<EngagementCommand> recordContribution(String secret) {
    return Combinators.combine(stamp(), contribution(secret))
        .as(EngagementCommand.RecordContribution::new);
  }

  static Arbitrary<EngagementCommand> disclose(String secret) {
    return Combinators.combine(stamp(), disclosure(secret))
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
   * withdrawn: replayed from its base's history with those events appended, as a history stored
   * under an older charter would be.
   */
  static Arbitrary<Engagement> engagement(String secret) {
    return Combinators.combine(Arbitraries.of(WALKS.toJavaList()),
            contribution(secret).list().ofMaxSize(3), disclosure(secret).list().ofMaxSize(3),
            Arbitraries.of(true, false))
        .as((base, contributions, disclosures, withdraw) -> {
          java.util.List<EngagementEvent> history =
              new java.util.ArrayList<>(base.history().toJavaList());
          boolean contributed = false;
          if (base.engagement().stage() == EngagementStage.IN_PROGRESS) {
            for (Contribution c : contributions) {
              history.add(new EngagementEvent.ContributionRecorded(ID, history.size() + 1,
                  Stamp.of(FACILITATOR, T0.plusDays(20)), c));
              contributed = true;
            }
          }
          for (Disclosure d : disclosures) {
            history.add(new EngagementEvent.Disclosed(ID, history.size() + 1,
                Stamp.of(FACILITATOR, T0.plusDays(21)), d));
          }
          if (!contributed && disclosures.isEmpty()) {
            history.add(new EngagementEvent.Disclosed(ID, history.size() + 1,
                Stamp.of(FACILITATOR, T0.plusDays(21)), new Disclosure(DAY, new InformationItem(
                    "minutes", Sensitivity.CONFIDENTIAL, Sensitive.of(secret)),
                    Recipient.PARTY)));
          }
          if (withdraw) {
            history.add(new EngagementEvent.Withdrawn(ID, history.size() + 1,
                Stamp.of(STAFF, T0.plusDays(22))));
          }
          return Engagement.replay(PROGRAMME, List.ofAll(history), history.size())
              .getOrElseThrow(error -> new AssertionError(error.toString()));
        });
  }

  // ----- individual support cases: what each hides is its topic, not the secret text -----

  static final PartyId EMPLOYEE = PartyId.of("employee-42").get();
  static final Actor THE_EMPLOYEE = new Actor.Party(PartyRole.NON_MANAGERIAL_STAFF, EMPLOYEE);

  /** A case's history: referred about a topic, then as far as {@code steps} commands take it. */
  static Seq<SupportCase.Event> supportHistory(SupportCase.Topic topic, int steps) {
    Accepted<SupportCase, SupportCase.Event> referred = SupportCase.start(EMPLOYEE,
        new SupportCase.Command.Refer("CASE-1", Stamp.of(FACILITATOR, T0), Sensitive.of(topic)))
        .getOrElseThrow(r -> new AssertionError("Refer: " + r));
    Seq<SupportCase.Command> commands = List.of(
        new SupportCase.Command.Consent(Stamp.of(THE_EMPLOYEE, T0.plusDays(1))),
        new SupportCase.Command.StartSupport(Stamp.of(FACILITATOR, T0.plusDays(2))),
        new SupportCase.Command.CloseCase(Stamp.of(FACILITATOR, T0.plusDays(30))));
    Seq<SupportCase.Event> history = referred.events();
    SupportCase supportCase = referred.state();
    for (SupportCase.Command command : commands.take(steps)) {
      Accepted<SupportCase, SupportCase.Event> accepted = supportCase.handle(command)
          .getOrElseThrow(r -> new AssertionError(command.getClass().getSimpleName() + ": " + r));
      history = history.appendAll(accepted.events());
      supportCase = accepted.state();
    }
    return history;
  }

  /** Cases referred, consented, in support and closed, each about caregiving. */
  static final Seq<Seq<SupportCase.Event>> SUPPORT_HISTORIES = List.range(0, 4)
      .map(steps -> supportHistory(SupportCase.Topic.CAREGIVING, steps));

  /** A referral about any topic; the secret text has no place in it. */
  static Arbitrary<SupportCase.Command.Refer> refer(String secret) {
    return Combinators.combine(Arbitraries.of("CASE-1", "CASE-2"), stamp(),
            Arbitraries.of(SupportCase.Topic.class))
        .as((reference, stamp, topic) ->
            new SupportCase.Command.Refer(reference, stamp, Sensitive.of(topic)));
  }

  /** A referral's event about any topic, of this employee or another, at any early version. */
  static Arbitrary<SupportCase.Event.Referred> referred(String secret) {
    return Combinators.combine(Arbitraries.of("CASE-1", "CASE-2"),
            Arbitraries.longs().between(1, 5), stamp(),
            Arbitraries.of(EMPLOYEE, PartyId.of("employee-7").get()),
            Arbitraries.of(SupportCase.Topic.class))
        .as((reference, version, stamp, employee, topic) -> new SupportCase.Event.Referred(
            reference, version, stamp, employee, Sensitive.of(topic)));
  }

  /** A case about any topic, in any stage, replayed from its history. */
  static Arbitrary<SupportCase> supportCase(String secret) {
    return Combinators.combine(Arbitraries.of(SupportCase.Topic.class),
            Arbitraries.integers().between(0, 3))
        .as((topic, steps) -> SupportCase.replay(EMPLOYEE, supportHistory(topic, steps))
            .getOrElseThrow(error -> new AssertionError(error.toString())));
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
    r.put(Audited.class, s -> Arbitraries.oneOf(conduct(s), engagement(s)));
    r.put(EngagementCommand.RecordContribution.class, SecretArbitraries::recordContribution);
    r.put(EngagementCommand.Disclose.class, SecretArbitraries::disclose);
    r.put(EngagementCommand.class, s -> Arbitraries.oneOf(recordContribution(s), disclose(s),
        recordIntersessionWork(s)));
    r.put(LifecycleCommand.class, s -> Arbitraries.oneOf(recordContribution(s), disclose(s),
        recordIntersessionWork(s)));
    r.put(EngagementEvent.ContributionRecorded.class, SecretArbitraries::contributionRecorded);
    r.put(EngagementEvent.Disclosed.class, SecretArbitraries::disclosed);
    r.put(EngagementEvent.class, s -> Arbitraries.oneOf(contributionRecorded(s), disclosed(s),
        intersessionWorkRecorded(s)));
    r.put(LifecycleEvent.class, s -> Arbitraries.oneOf(contributionRecorded(s), disclosed(s),
        intersessionWorkRecorded(s)));
    r.put(Engagement.class, SecretArbitraries::engagement);
    r.put(LifecycleState.class, SecretArbitraries::engagement);
    r.put(SupportCase.class, SecretArbitraries::supportCase);
    r.put(SupportCase.Command.class, SecretArbitraries::refer);
    r.put(SupportCase.Command.Refer.class, SecretArbitraries::refer);
    r.put(SupportCase.Event.class, SecretArbitraries::referred);
    r.put(SupportCase.Event.Referred.class, SecretArbitraries::referred);
    r.put(IntersessionWork.class, SecretArbitraries::intersessionWork);
    r.put(EngagementCommand.RecordIntersessionWork.class,
        SecretArbitraries::recordIntersessionWork);
    r.put(EngagementEvent.IntersessionWorkRecorded.class,
        SecretArbitraries::intersessionWorkRecorded);
    r.put(EngagementFile.class, SecretArbitraries::file);
    return r;
  }
}
