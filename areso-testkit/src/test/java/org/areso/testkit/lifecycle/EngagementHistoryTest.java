package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Array;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.*;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.InformationItem;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Recipient;
import org.areso.core.ethics.Sensitivity;
import org.areso.core.kernel.Sensitive;
import org.areso.core.planning.SessionLength;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.HistoryError;
import org.junit.jupiter.api.Test;

/** Replay of stored histories: the real one rebuilds the engagement, tampered ones are refused. */
class EngagementHistoryTest {

  private static final Disclosure DISCLOSURE = new Disclosure(T0.toLocalDate().plusDays(10),
      new InformationItem("minutes", Sensitivity.PARTIES, Sensitive.of("what was agreed")),
      Recipient.PARTY);

  private final Seq<EngagementEvent> closed = historyTo(EngagementStage.CLOSED);
  /** The version the host recorded for the closed engagement: one per event stored. */
  private final long recorded = 14;

  @Test
  void replaysAWholeHistoryToTheClosedEngagement() {
    // when
    Engagement engagement = Engagement.replay(ARESO, closed, recorded).get();
    // then
    assertThat(engagement.stage()).isEqualTo(EngagementStage.CLOSED);
    assertThat(engagement.version()).isEqualTo(14);
    assertThat(engagement.conduct().sessionsHeld().size()).isEqualTo(1);
    assertThat(engagement.file().halfDaysConsumed()).isEqualTo(2);
    assertThat(engagement.file().assessment().get().summary()).isEqualTo("dialogue restored");
    assertThat(engagement.isTerminal()).isTrue();
  }

  @Test
  void refusesAHistoryRequestedUnderAnotherProgramme() {
    assertThat(Engagement.replay(TRIPARTITE, closed, recorded))
        .isEqualTo(Either.left(new HistoryError.ContextMismatch("aura-dialogue-qvt", "areso")));
  }

  @Test
  void refusesAnEmptyHistory() {
    assertThat(Engagement.replay(ARESO, List.empty(), recorded))
        .isEqualTo(Either.left(new HistoryError.Empty()));
  }

  @Test
  void refusesAHistoryWithADroppedEvent() {
    // when the third event is dropped
    var replayed = Engagement.replay(ARESO, closed.removeAt(2), recorded);
    // then
    assertThat(replayed).isEqualTo(Either.left(new HistoryError.VersionGap(3, 4)));
  }

  @Test
  void refusesAHistoryWithADuplicatedEvent() {
    var replayed = Engagement.replay(ARESO, closed.insert(5, closed.get(4)), recorded);
    assertThat(replayed).isEqualTo(Either.left(new HistoryError.VersionRepeated(6, 5)));
  }

  @Test
  void refusesAHistoryWithSwappedEvents() {
    var replayed = Engagement.replay(ARESO,
        closed.update(6, closed.get(7)).update(7, closed.get(6)), recorded);
    assertThat(replayed).isEqualTo(Either.left(new HistoryError.VersionGap(7, 8)));
  }

  @Test
  void refusesAHistoryWithAnotherEngagementsEvent() {
    var replayed = Engagement.replay(ARESO,
        closed.update(3, historyTo(OTHER_ID, EngagementStage.CLOSED).get(3)), recorded);
    assertThat(replayed).isEqualTo(Either.left(new HistoryError.ForeignEvent(4, "ENG-1", "ENG-2")));
  }

  @Test
  void refusesAnEventItsStageForbidsEvenWithConsistentVersions() {
    // given a history that closes an engagement right after the request
    Seq<EngagementEvent> forged = List.of(closed.head(),
        new EngagementEvent.Closed(ID, 2, at(FACILITATOR, 1), new Assessment("forged")));
    // when
    var replayed = Engagement.replay(ARESO, forged, 2);
    // then
    assertThat(replayed).isEqualTo(
        Either.left(new HistoryError.ForbiddenEvent(2, "REQUESTED", "Closed")));
    assertThat(replayed.getLeft().code()).isEqualTo("EVENT_FORBIDDEN_IN_STAGE");
  }

  @Test
  void refusesAnEventItsStageAllowedEarlierOnceTheStageHasChanged() {
    // given: a contribution and a session held while in progress, right before the suspension,
    // then one more session after it
    Seq<EngagementEvent> forged = historyTo(EngagementStage.IN_PROGRESS)
        .append(new EngagementEvent.ContributionRecorded(ID, 12, at(FACILITATOR, 10),
            new Contribution(F1.id(), T0.toLocalDate().plusDays(10), Aspect.PROCESS,
                Sensitive.of("a note"))))
        .append(new EngagementEvent.SessionHeld(ID, 13, at(FACILITATOR, 10),
            T0.toLocalDate().plusDays(10), SessionLength.HALF_DAY, BOTH, MeetingKind.SESSION))
        .append(new EngagementEvent.Suspended(ID, 14, at(MANAGEMENT, 11)))
        .append(new EngagementEvent.SessionHeld(ID, 15, at(FACILITATOR, 12),
            T0.toLocalDate().plusDays(12), SessionLength.HALF_DAY, BOTH, MeetingKind.SESSION));
    // when
    var replayed = Engagement.replay(ARESO, forged, 15);
    // then
    assertThat(replayed).isEqualTo(
        Either.left(new HistoryError.ForbiddenEvent(15, "SUSPENDED", "SessionHeld")));
  }

  @Test
  void anEventAllowedInTwoStagesLeavesTheEngagementInTheStageItWasRecordedIn() {
    // given: a disclosure while in progress, the suspension, a disclosure while suspended
    Engagement e = engagementIn(EngagementStage.IN_PROGRESS);
    Seq<EngagementEvent> history = historyTo(EngagementStage.IN_PROGRESS);
    for (EngagementCommand command : List.<EngagementCommand>of(
        new Disclose(at(FACILITATOR, 10), DISCLOSURE), new Suspend(at(MANAGEMENT, 11)),
        new Disclose(at(FACILITATOR, 12), DISCLOSURE))) {
      Accepted<Engagement, EngagementEvent> accepted = e.handle(command).get();
      history = history.appendAll(accepted.events());
      e = accepted.state();
    }
    // when
    Engagement replayed = Engagement.replay(ARESO, history, history.size()).get();
    // then
    assertThat(replayed.stage()).isEqualTo(EngagementStage.SUSPENDED);
    assertThat(replayed).isEqualTo(e);
    assertThat(replayed.conduct().disclosures()).hasSize(2);
  }

  /** The history to the stage in progress, then the events of the commands, handled in turn. */
  private static Accepted<Engagement, EngagementEvent> handledAfterTheStart(
      EngagementCommand... commands) {
    Engagement e = engagementIn(EngagementStage.IN_PROGRESS);
    Seq<EngagementEvent> history = historyTo(EngagementStage.IN_PROGRESS);
    for (EngagementCommand command : commands) {
      Accepted<Engagement, EngagementEvent> accepted = e.handle(command).get();
      history = history.appendAll(accepted.events());
      e = accepted.state();
    }
    return new Accepted<>(e, history);
  }

  @Test
  void anEventMetLastInAnotherStageIsLookedUpInItsOwn() {
    // given: suspended and resumed twice, a disclosure while suspended, then one in progress
    Accepted<Engagement, EngagementEvent> handled = handledAfterTheStart(
        new Suspend(at(MANAGEMENT, 10)), new Resume(at(MANAGEMENT, 11)),
        new Suspend(at(MANAGEMENT, 12)), new Disclose(at(FACILITATOR, 13), DISCLOSURE),
        new Resume(at(MANAGEMENT, 14)), new Disclose(at(FACILITATOR, 15), DISCLOSURE));
    // when
    Engagement replayed = Engagement.replay(ARESO, handled.events(),
        handled.events().size()).get();
    // then
    assertThat(replayed.stage()).isEqualTo(EngagementStage.IN_PROGRESS);
    assertThat(replayed).isEqualTo(handled.state());
  }

  @Test
  void aHistoryReadIntoAnySequenceReplaysAlike() {
    // given: the closed engagement's history as a linked list, a vector and an array
    Seq<EngagementEvent> linked = List.ofAll(closed);
    // when
    var fromLinked = Engagement.replay(ARESO, linked, recorded);
    var fromVector = Engagement.replay(ARESO, Vector.ofAll(closed), recorded);
    var fromArray = Engagement.replay(ARESO, Array.ofAll(closed), recorded);
    var truncatedVector = Engagement.replay(ARESO, Vector.ofAll(closed).removeAt(5), recorded);
    // then
    assertThat(fromLinked.get().stage()).isEqualTo(EngagementStage.CLOSED);
    assertThat(fromVector).isEqualTo(fromLinked);
    assertThat(fromArray).isEqualTo(fromLinked);
    assertThat(truncatedVector).isEqualTo(Either.left(new HistoryError.VersionGap(6, 7)));
  }

  @Test
  void refusesAHistoryThatDoesNotStartWithARequest() {
    var replayed = Engagement.replay(ARESO, closed.tail(), recorded);
    assertThat(replayed).isEqualTo(Either.left(new HistoryError.VersionGap(1, 2)));
  }

  @Test
  void refusesAnEventForAnotherEngagementAtTheEndOfAHistory() {
    // given a request followed by another engagement's pre-diagnosis
    Seq<EngagementEvent> history = historyTo(EngagementStage.REQUESTED)
        .append(historyTo(OTHER_ID, EngagementStage.PRE_DIAGNOSED).get(1));
    // when
    var replayed = Engagement.replay(ARESO, history, 2);
    // then
    assertThat(replayed.getLeft().code()).isEqualTo("FOREIGN_EVENT");
  }

  @Test
  void refusesAHistoryWhoseLastEventWasDeleted() {
    // given the closed engagement's history, recorded at version 14, without its last event
    Seq<EngagementEvent> truncated = closed.dropRight(1);
    // when
    var replayed = Engagement.replay(ARESO, truncated, recorded);
    // then
    assertThat(replayed).isEqualTo(Either.left(new HistoryError.UnexpectedVersion(14, 13)));
    assertThat(replayed.getLeft().code()).isEqualTo("HISTORY_VERSION_UNEXPECTED");
  }

  @Test
  void refusesAHistoryWithAnEventBeyondTheRecordedVersion() {
    // given an engagement in follow-up, recorded at version 13, whose history gained a closing
    long followUp = historyTo(EngagementStage.FOLLOW_UP).size();
    Seq<EngagementEvent> extended = closed;
    // when
    var replayed = Engagement.replay(ARESO, extended, followUp);
    // then
    assertThat(replayed).isEqualTo(Either.left(new HistoryError.UnexpectedVersion(13, 14)));
    assertThat(replayed.getLeft().code()).isEqualTo("HISTORY_VERSION_UNEXPECTED");
  }

  @Test
  void theEngagementHandlingReturnsIsTheReplayOfEveryEventStoredSoFar() {
    // given the commands of a whole engagement
    Seq<EngagementCommand> commands = List.of(
        new RecordPreDiagnosis(at(FACILITATOR, 1), PRE_DIAGNOSIS),
        new Qualify(at(OPERATOR, 2), ELIGIBLE),
        new ProposeFraming(at(FACILITATOR, 3), FRAMING),
        new GiveConsent(at(MANAGEMENT, 4)),
        new GiveConsent(at(STAFF, 5)),
        new ConfirmFraming(at(FACILITATOR, 6)),
        new AssignFacilitators(at(OPERATOR, 6), PAIR),
        new StartIntervention(at(FACILITATOR, 7), T0.toLocalDate().plusMonths(6)),
        new RecordSession(at(FACILITATOR, 8), planned(T0.toLocalDate().plusDays(8)), BOTH,
            MeetingKind.SESSION),
        new AdoptActionPlan(at(MANAGEMENT, 9), plan(3)),
        new EndIntervention(at(FACILITATOR, 10)),
        new RecordFollowUpReview(at(FACILITATOR, 190), "lasting"),
        new Close(at(FACILITATOR, 191), new Assessment("dialogue restored")));
    // when the request, then each command, is handled on the engagement the last one returned
    Accepted<Engagement, EngagementEvent> accepted = Engagement.start(ARESO,
        new RequestEngagement(ID, at(MANAGEMENT, 0), STRUCTURE, ORIGIN)).get();
    Seq<EngagementEvent> stored = accepted.events();
    // then after each one the engagement is the replay of every event stored so far
    assertThat(Engagement.replay(ARESO, stored, stored.size()))
        .isEqualTo(Either.right(accepted.state()));
    for (EngagementCommand command : commands) {
      accepted = accepted.state().handle(command).get();
      stored = stored.appendAll(accepted.events());
      assertThat(Engagement.replay(ARESO, stored, stored.size()))
          .as("after %s", command.getClass().getSimpleName())
          .isEqualTo(Either.right(accepted.state()));
    }
    assertThat(accepted.state().stage()).isEqualTo(EngagementStage.CLOSED);
  }
}
