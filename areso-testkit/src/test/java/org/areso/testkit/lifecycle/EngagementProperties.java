package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.*;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.engagement.Framing;
import org.areso.core.engagement.IntersessionWork;
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
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Tie;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.kernel.Actor;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.kernel.Stamp;
import org.areso.core.lifecycle.Transition;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.Programme;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random command sequences against the engagement: terminal stays terminal, replay equals the
 * aggregate, nothing is accepted in a stage the definition does not list, withdrawal is always
 * possible before the end, a rejected command changes nothing, and tampered histories are refused.
 */
class EngagementProperties {

  static final Seq<Actor> ACTORS =
      List.of(MANAGEMENT, STAFF, GOVERNANCE, SUPERVISORS, FACILITATOR, OPERATOR);
  static final Seq<Class<?>> ALL_COMMANDS = List.of(RecordPreDiagnosis.class, Qualify.class,
      Decline.class, ProposeFraming.class, GiveConsent.class, ConfirmFraming.class,
      StartIntervention.class, RecordSession.class, AdoptActionPlan.class, Suspend.class,
      Resume.class, EndIntervention.class, RecordFollowUpReview.class, Close.class,
      Withdraw.class, RequestEngagement.class, AssignFacilitators.class,
      RecordContribution.class, Disclose.class, RecordSelection.class,
      RecordIntersessionWork.class);
  /** An application its call selected, and one it did not. */
  static final CohortApplication SELECTED_APPLICATION =
      application(CohortApplication.Stage.SELECTED);
  static final CohortApplication NOT_SELECTED_APPLICATION =
      application(CohortApplication.Stage.NOT_SELECTED);

  /** F-1 worked for the structure: a tie the charter refuses. */
  static final Facilitators TIED_PAIR = Facilitators.pair(
      F1.withTie(Tie.withStructure(Tie.Kind.EMPLOYMENT, Option.none())), F2).get();
  static final Framing OBLIGING = new Framing("o", "m", "r", "p",
      LinkedHashMap.of(PartyRole.STAFF_REPRESENTATIVES, Participation.OBLIGED));

  /** One random step: which command, by whom, when, with what data; directed or not. */
  record Step(boolean directed, int kind, int actor, int day, boolean stale, int n,
      Set<PartyRole> parties) {

    /** The version the actor saw: the engagement's, or one it has not reached when stale. */
    long seenVersion(Engagement e) {
      return stale ? e.version() + 1 : e.version();
    }

    EngagementCommand command(Engagement e) {
      if (!directed) {
        return build(ALL_COMMANDS.get(kind % ALL_COMMANDS.size()), e);
      }
      // directed: mostly a command the engagement accepts now, so that runs go deep
      Seq<Class<?>> accepted = List.ofAll(e.lifecycle().accepts(e.stage()));
      Seq<Class<?>> forward = accepted.remove(Withdraw.class)
          .filter(t -> t != Decline.class || kind % 10 == 0);
      if (forward.isEmpty() || kind % 60 == 0) {
        return build(Withdraw.class, e);
      }
      for (int i = 0; i < forward.size(); i++) {
        EngagementCommand candidate = build(forward.get((kind + i) % forward.size()), e);
        if (e.handle(candidate).isRight()) {
          return candidate;
        }
      }
      return build(forward.get(kind % forward.size()), e);
    }

    EngagementCommand build(Class<?> type, Engagement e) {
      Actor who = ACTORS.get(actor % ACTORS.size());
      if (directed && (type == GiveConsent.class) && !e.missingConsents().isEmpty()) {
        who = party(e.missingConsents().toList().get(actor % e.missingConsents().size()));
      }
      if (directed && (type == AdoptActionPlan.class || type == Withdraw.class)) {
        who = MANAGEMENT;
      }
      // a directed step acts within days after the engagement's last event; another within
      // days before or after it
      java.time.LocalDateTime at = directed ? e.lastEventAt().plusHours(day % 97)
          : e.lastEventAt().minusHours(48).plusHours(day % 97);
      Stamp stamp = Stamp.of(who, at);
      LocalDate on = at.toLocalDate();
      Set<PartyRole> validated = directed ? e.programme().consentingParties() : parties;
      return switch (type.getSimpleName()) {
        case "RecordPreDiagnosis" -> new RecordPreDiagnosis(stamp, new PreDiagnosis(
            PartyRole.MANAGEMENT, InterventionContext.values()[n % 3], HashSet.empty(),
            n % 4 == 0 ? SEMINAR : ACCOMPANIMENT));
        case "Qualify" -> new Qualify(stamp, record(e, Verdict.ELIGIBLE, on));
        case "Decline" -> new Decline(stamp, record(e, Verdict.NOT_ELIGIBLE, on));
        case "ProposeFraming" -> new ProposeFraming(stamp, n % 9 == 0 ? OBLIGING : FRAMING);
        case "GiveConsent" -> new GiveConsent(stamp);
        case "ConfirmFraming" -> new ConfirmFraming(stamp);
        case "StartIntervention" -> new StartIntervention(stamp, on.plusDays(n * 30L - 10));
        case "RecordSession" -> new RecordSession(stamp,
            new Session(on, SessionLength.values()[n / 4 % 2], Session.Status.values()[n % 4]),
            parties, n % 3 == 0 ? MeetingKind.INTERVIEW : MeetingKind.SESSION);
        case "AdoptActionPlan" -> {
          Actor decider = who;
          yield new AdoptActionPlan(stamp, List.range(0, n % 4)
              .map(i -> new ActionPlanItem("A-" + i,
                  directed ? MANAGEMENT : ACTORS.get((n + i) % ACTORS.size()), decider,
                  validated)));
        }
        case "AssignFacilitators" -> new AssignFacilitators(stamp,
            n % 7 == 0 ? TIED_PAIR : PAIR);
        case "RecordContribution" -> new RecordContribution(stamp, new Contribution(
            n % 5 == 0 ? FacilitatorId.of("F-9").get() : F1.id(), on,
            Aspect.values()[n % Aspect.values().length], Sensitive.of("note " + n)));
        case "Disclose" -> new Disclose(stamp, new Disclosure(on, new InformationItem(
            "item " + n, Sensitivity.values()[n % Sensitivity.values().length],
            Sensitive.of("content " + n)), Recipient.values()[actor % Recipient.values().length]));
        case "RecordSelection" -> new RecordSelection(stamp,
            n % 4 == 0 ? NOT_SELECTED_APPLICATION : SELECTED_APPLICATION);
        case "RecordIntersessionWork" -> new RecordIntersessionWork(stamp, new IntersessionWork(
            PartyRole.values()[n % PartyRole.values().length], n % 6 == 0 ? on.plusDays(1) : on,
            Sensitive.of("work " + n)));
        case "Suspend" -> new Suspend(stamp);
        case "Resume" -> new Resume(stamp);
        case "EndIntervention" -> new EndIntervention(stamp);
        case "RecordFollowUpReview" -> new RecordFollowUpReview(stamp, "review " + n);
        case "Close" -> new Close(stamp, new Assessment("assessment " + n));
        case "RequestEngagement" -> new RequestEngagement(ID, stamp, STRUCTURE,
            n % 5 == 0 ? Origin.referral(ThirdParty.SUPERVISING_AUTHORITY) : ORIGIN);
        default -> new Withdraw(stamp);
      };
    }

    /** Mostly the verdict the command needs under the programme's policy; now and then not. */
    EligibilityRecord record(Engagement e, Verdict needed, LocalDate on) {
      String policy = n == 10 ? "another-programme" : e.programme().id();
      Verdict verdict = switch (n) {
        case 11 -> needed == Verdict.ELIGIBLE ? Verdict.NOT_ELIGIBLE : Verdict.ELIGIBLE;
        case 12 -> Verdict.UNDETERMINED;
        default -> needed;
      };
      return new EligibilityRecord(policy, verdict,
          verdict == Verdict.ELIGIBLE ? List.empty() : List.of("CONDITION_NOT_MET"),
          verdict == Verdict.UNDETERMINED ? List.of("casf_item") : List.empty(), on);
    }
  }

  /** What a run produced. */
  record Run(Programme programme, Engagement engagement, Seq<EngagementEvent> history) { }

  @Provide
  Arbitrary<Programme> programmes() {
    return Arbitraries.of(ARESO, TRIPARTITE, WINDOWED, SELECTING);
  }

  @Provide
  Arbitrary<java.util.List<Step>> scripts() {
    Arbitrary<Step> step = Combinators.combine(
        Arbitraries.integers().between(0, 9).map(i -> i < 9),
        Arbitraries.integers().between(0, 1_000),
        Arbitraries.integers().between(0, 100),
        Arbitraries.integers().between(0, 400),
        Arbitraries.integers().between(0, 19).map(i -> i == 0),
        Arbitraries.integers().between(0, 12),
        Arbitraries.of(PartyRole.class).set().map(HashSet::ofAll))
        .as(Step::new);
    return step.list().ofMinSize(0).ofMaxSize(60);
  }

  private static void checkAccepted(Engagement before, EngagementCommand command,
      Seq<EngagementEvent> events, Engagement after) {
    // no command is accepted, nor any event emitted, that the definition does not list
    Seq<Transition<EngagementStage>> listed = before.lifecycle().transitions()
        .filter(t -> t.from().contains(before.stage()) && t.command() == command.getClass());
    assertThat(listed).hasSize(1);
    assertThat(events).hasSize(1);
    assertThat(events.head().getClass()).isEqualTo(listed.head().event());
    assertThat(after.stage()).isEqualTo(listed.head().to());
    assertThat(events.head().version()).isEqualTo(before.version() + 1);
    // nor one that goes back in time: the engagement keeps its last event's time
    assertThat(command.stamp().at()).isAfterOrEqualTo(before.lastEventAt());
    assertThat(after.lastEventAt()).isEqualTo(command.stamp().at());
  }

  private static Run run(Programme programme, java.util.List<Step> script) {
    Accepted<Engagement, EngagementEvent> started = Engagement.start(programme,
        new RequestEngagement(ID, Stamp.of(MANAGEMENT, T0), STRUCTURE, ORIGIN)).get();
    Seq<EngagementEvent> history = started.events();
    Engagement state = started.state();
    for (Step step : script) {
      EngagementCommand command = step.command(state);
      Engagement before = state;
      Either<Rejection, Accepted<Engagement, EngagementEvent>> outcome =
          state.handle(command, step.seenVersion(state));
      if (step.stale()
          && before.lifecycle().accepts(before.stage()).contains(command.getClass())) {
        // a command the stage accepts, decided on a version the engagement is not at, is a
        // conflict (one the stage does not accept is not applicable, whatever the version)
        assertThat(outcome).isEqualTo(Either.left(
            new Rejection.VersionConflict(before.version() + 1, before.version())));
      }
      if (before.isTerminal()) {
        // terminal stays terminal
        assertThat(outcome.isLeft()).isTrue();
        assertThat(state.handle(command).getLeft().kind())
            .isEqualTo(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
      } else {
        // withdrawal is always possible before a terminal stage
        assertThat(state.handle(new Withdraw(Stamp.of(STAFF, state.lastEventAt()))).isRight())
            .isTrue();
      }
      if (command instanceof Disclose d
          && d.disclosure().recipient() == Recipient.SUPERVISING_AUTHORITY
          && programme.charter().anonymityTowardsSupervisingAuthorities()) {
        // nothing goes to a supervising authority under anonymity
        assertThat(outcome.isLeft()).isTrue();
      }
      Statistics.label("refused as going back in time").collect(outcome.isLeft()
          && outcome.getLeft() instanceof Rejection.PreconditionsUnmet late
          && late.unmet().exists(u -> u.guard().equals("chronology")));
      Statistics.label("charter refusals").collect(outcome.isLeft()
          && outcome.getLeft() instanceof Rejection.PreconditionsUnmet unmet
          && unmet.unmet().exists(u -> u.guard().equals("charter")));
      if (outcome.isRight()) {
        state = outcome.get().state();
        // no accepted command leaves a blocking violation of the charter
        assertThat(state.audit().blocking()).as("audit after %s", command).isEmpty();
        history = history.appendAll(outcome.get().events());
        checkAccepted(before, command, outcome.get().events(), state);
      } else {
        // a rejected command changes nothing
        assertThat(state).isSameAs(before);
        assertThat(replayStored(programme, history).get()).isEqualTo(before);
      }
    }
    return new Run(programme, state, history);
  }

  @Property(tries = 6_000)
  void randomCommandSequencesKeepEveryLifecycleInvariant(
      @ForAll("programmes") Programme programme, @ForAll("scripts") java.util.List<Step> script) {
    // given / when
    Run run = run(programme, script);
    // then: replay(events) equals the aggregate that produced them
    assertThat(replayStored(programme, run.history()))
        .isEqualTo(Either.right(run.engagement()));
    assertThat(run.engagement().version()).isEqualTo(run.history().size());
    assertThat(run.engagement().structure()).isEqualTo(STRUCTURE);
    assertThat(programme.workflow().lifecycle().path(run.history()).get().last().to())
        .isEqualTo(run.engagement().stage());
    Statistics.label("final stage").collect(run.engagement().stage());
    Statistics.label("final stage").coverage(coverage -> {
      coverage.check(EngagementStage.CLOSED).count(c -> c > 0);
      coverage.check(EngagementStage.WITHDRAWN).count(c -> c > 0);
      coverage.check(EngagementStage.DECLINED).count(c -> c > 0);
      coverage.check(EngagementStage.SUSPENDED).count(c -> c > 0);
    });
    Statistics.label("charter refusals").coverage(coverage ->
        coverage.check(true).count(c -> c > 0));
    // a command stamped before the last event is sometimes refused, and one is never accepted
    Statistics.label("refused as going back in time").coverage(coverage ->
        coverage.check(true).count(c -> c > 0));
  }

  @Property(tries = 1_000)
  void aDroppedDuplicatedSwappedOrForeignEventIsRefusedNeverThrownNeverAccepted(
      @ForAll("programmes") Programme programme, @ForAll("scripts") java.util.List<Step> script,
      @ForAll("tampering") int tampering, @ForAll("positions") int position) {
    // given a real history of at least two events
    Seq<EngagementEvent> history = run(programme, script).history();
    if (history.size() < 2) {
      return;
    }
    int i = position % (history.size() - 1);
    // when it is tampered with
    Seq<EngagementEvent> tampered = switch (tampering) {
      case 0 -> history.removeAt(i);
      case 1 -> history.insert(i + 1, history.get(i));
      case 2 -> history.update(i, history.get(i + 1)).update(i + 1, history.get(i));
      default -> history.update(i + 1,
          historyTo(OTHER_ID, EngagementStage.CLOSED).get(
              (int) Math.min(history.get(i + 1).version() - 1, 12)));
    };
    Either<HistoryError, Engagement> replayed =
        Engagement.replay(programme, tampered, history.size());
    // then it is refused with a typed error
    assertThat(replayed.isLeft()).as("tampered history %s", tampered).isTrue();
    assertThat(replayed.getLeft().code()).isIn("VERSION_GAP", "VERSION_REPEATED",
        "FOREIGN_EVENT", "EVENT_FORBIDDEN_IN_STAGE");
    Statistics.label("error").collect(replayed.getLeft().code());
  }

  @Property(tries = 500)
  void aHistoryWhoseLastEventsWereDeletedIsRefusedAgainstTheRecordedVersion(
      @ForAll("programmes") Programme programme, @ForAll("scripts") java.util.List<Step> script,
      @ForAll("positions") int position) {
    // given a real history of at least two events, recorded at its last version
    Seq<EngagementEvent> history = run(programme, script).history();
    if (history.size() < 2) {
      return;
    }
    int kept = 1 + position % (history.size() - 1);
    // when its last events are deleted
    Either<HistoryError, Engagement> replayed =
        Engagement.replay(programme, history.take(kept), history.size());
    // then it is refused, naming the version recorded and the version found
    assertThat(replayed)
        .isEqualTo(Either.left(new HistoryError.UnexpectedVersion(history.size(), kept)));
  }

  @Property(tries = 500)
  void aHistoryExtendedBeyondTheRecordedVersionIsRefused(
      @ForAll("programmes") Programme programme, @ForAll("scripts") java.util.List<Step> script,
      @ForAll("positions") int position) {
    // given a real history of at least two events, of which the host recorded only the first ones
    Seq<EngagementEvent> history = run(programme, script).history();
    if (history.size() < 2) {
      return;
    }
    int recorded = 1 + position % (history.size() - 1);
    // when the whole history is replayed
    Either<HistoryError, Engagement> replayed =
        Engagement.replay(programme, history, recorded);
    // then it is refused, naming the version recorded and the version found
    assertThat(replayed)
        .isEqualTo(Either.left(new HistoryError.UnexpectedVersion(recorded, history.size())));
  }

  @Provide
  Arbitrary<Integer> tampering() {
    return Arbitraries.integers().between(0, 3);
  }

  @Provide
  Arbitrary<Integer> positions() {
    return Arbitraries.integers().between(0, 1_000);
  }

  @Property(tries = 500)
  void everyPermutationOfAHistoryButItsOwnOrderIsRefused(
      @ForAll("programmes") Programme programme, @ForAll("scripts") java.util.List<Step> script,
      @ForAll long seed) {
    // given
    Seq<EngagementEvent> history = run(programme, script).history();
    java.util.List<EngagementEvent> order = history.toJavaList();
    java.util.Collections.shuffle(order, new java.util.Random(seed));
    Seq<EngagementEvent> shuffled = List.ofAll(order);
    // when
    Either<HistoryError, Engagement> replayed =
        Engagement.replay(programme, shuffled, history.size());
    // then
    assertThat(replayed.isRight()).isEqualTo(shuffled.equals(history));
  }

  @Property(tries = 200)
  void everyCoveringPathReplaysToItsLastStage(@ForAll("programmes") Programme programme) {
    // given
    Seq<Seq<Transition<EngagementStage>>> paths =
        programme.workflow().lifecycle().coveringPaths();
    // then every transition is covered
    assertThat(paths.flatMap(p -> p).distinct())
        .containsExactlyInAnyOrderElementsOf(programme.workflow().lifecycle().transitions());
    assertThat(paths.map(Seq::head).distinct()).hasSize(1);
    for (Seq<Transition<EngagementStage>> path : paths) {
      for (int i = 1; i < path.size(); i++) {
        assertThat(path.get(i).from()).isEqualTo(Option.of(path.get(i - 1).to()));
      }
    }
  }
}
