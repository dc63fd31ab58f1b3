package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.lifecycle.HistoryError;
import org.junit.jupiter.api.Test;

/** Replay of stored histories: the real one rebuilds the engagement, tampered ones are refused. */
class EngagementHistoryTest {

  private final Seq<EngagementEvent> closed = historyTo(EngagementStage.CLOSED);

  @Test
  void replaysAWholeHistoryToTheClosedEngagement() {
    // when
    Engagement engagement = Engagement.replay(ARESO, closed).get();
    // then
    assertThat(engagement.stage()).isEqualTo(EngagementStage.CLOSED);
    assertThat(engagement.version()).isEqualTo(14);
    assertThat(engagement.sessionsHeld()).isEqualTo(1);
    assertThat(engagement.halfDaysConsumed()).isEqualTo(2);
    assertThat(engagement.assessment().get().summary()).isEqualTo("dialogue restored");
    assertThat(engagement.isTerminal()).isTrue();
  }

  @Test
  void refusesAHistoryRequestedUnderAnotherProgramme() {
    assertThat(Engagement.replay(TRIPARTITE, closed))
        .isEqualTo(Either.left(new HistoryError.ContextMismatch("aura-dialogue-qvt", "areso")));
  }

  @Test
  void refusesAnEmptyHistory() {
    assertThat(Engagement.replay(ARESO, List.empty()))
        .isEqualTo(Either.left(new HistoryError.Empty()));
  }

  @Test
  void refusesAHistoryWithADroppedEvent() {
    // when the third event is dropped
    var replayed = Engagement.replay(ARESO, closed.removeAt(2));
    // then
    assertThat(replayed).isEqualTo(Either.left(new HistoryError.VersionGap(3, 4)));
  }

  @Test
  void refusesAHistoryWithADuplicatedEvent() {
    var replayed = Engagement.replay(ARESO, closed.insert(5, closed.get(4)));
    assertThat(replayed).isEqualTo(Either.left(new HistoryError.VersionRepeated(6, 5)));
  }

  @Test
  void refusesAHistoryWithSwappedEvents() {
    var replayed = Engagement.replay(ARESO,
        closed.update(6, closed.get(7)).update(7, closed.get(6)));
    assertThat(replayed).isEqualTo(Either.left(new HistoryError.VersionGap(7, 8)));
  }

  @Test
  void refusesAHistoryWithAnotherEngagementsEvent() {
    var replayed = Engagement.replay(ARESO,
        closed.update(3, historyTo(OTHER_ID, EngagementStage.CLOSED).get(3)));
    assertThat(replayed).isEqualTo(Either.left(new HistoryError.ForeignEvent(4, "ENG-1", "ENG-2")));
  }

  @Test
  void refusesAnEventItsStageForbidsEvenWithConsistentVersions() {
    // given a history that closes an engagement right after the request
    Seq<EngagementEvent> forged = List.of(closed.head(),
        new EngagementEvent.Closed(ID, 2, at(FACILITATOR, 1),
            new org.areso.core.engagement.Assessment("forged")));
    // when
    var replayed = Engagement.replay(ARESO, forged);
    // then
    assertThat(replayed).isEqualTo(
        Either.left(new HistoryError.ForbiddenEvent(2, "REQUESTED", "Closed")));
    assertThat(replayed.getLeft().code()).isEqualTo("EVENT_FORBIDDEN_IN_STAGE");
  }

  @Test
  void refusesAHistoryThatDoesNotStartWithARequest() {
    var replayed = Engagement.replay(ARESO, closed.tail());
    assertThat(replayed).isEqualTo(Either.left(new HistoryError.VersionGap(1, 2)));
  }

  @Test
  void evolveRefusesAnEventForAnotherEngagement() {
    // given
    Engagement requested = engagementIn(EngagementStage.REQUESTED);
    // when
    var evolved = requested.evolve(historyTo(OTHER_ID, EngagementStage.PRE_DIAGNOSED).get(1));
    // then
    assertThat(evolved.getLeft().code()).isEqualTo("FOREIGN_EVENT");
  }
}
