package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.areso.core.engagement.Commands;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.RecordIntersessionWork;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementEvent.IntersessionWorkRecorded;
import org.areso.core.engagement.EngagementReason;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.IntersessionWork;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.programme.Programme;
import org.junit.jupiter.api.Test;

/**
 * Work the parties do between sessions (investissement de travail en intersession) is recorded
 * while the intervention runs: which party, what, on which day; what was done never shows.
 */
class IntersessionWorkTest {

  private final LifecycleFixture<EngagementStage, EngagementId, Programme, Engagement,
      EngagementCommand, EngagementEvent> areso = LifecycleFixture.of(lifecycle(), ARESO);

  private static final LocalDate DAY_20 = T0.toLocalDate().plusDays(20);
  private static final IntersessionWork REGISTER = new IntersessionWork(
      PartyRole.STAFF_REPRESENTATIVES, DAY_20,
      Sensitive.of("the CSE reread its dialogue register with Mrs Martin"));

  @Test
  void workBetweenSessionsIsRecordedWhileTheInterventionRuns() {
    // given an intervention in progress (version 11)
    // when the staff representatives' work of day 20 is recorded on day 21
    areso.given(historyTo(EngagementStage.IN_PROGRESS))
        .when(new RecordIntersessionWork(at(FACILITATOR, 21), REGISTER))
        // then
        .thenEvents(new IntersessionWorkRecorded(ID, 12, at(FACILITATOR, 21), REGISTER))
        .thenStage(EngagementStage.IN_PROGRESS);
  }

  @Test
  void theFileKeepsTheWorkInTheOrderItWasRecorded() {
    // given
    IntersessionWork board = new IntersessionWork(PartyRole.GOVERNANCE, DAY_20.plusDays(2),
        Sensitive.of("the board discussed the CSE's health and safety missions"));
    var history = historyTo(EngagementStage.IN_PROGRESS)
        .append(new IntersessionWorkRecorded(ID, 12, at(FACILITATOR, 21), REGISTER))
        .append(new IntersessionWorkRecorded(ID, 13, at(GOVERNANCE, 23), board));
    // when
    Engagement replayed = replayStored(ARESO, history).get();
    // then
    assertThat(replayed.file().intersessionWork()).containsExactly(REGISTER, board);
    assertThat(replayed.file().toString()).doesNotContain("Martin");
  }

  @Test
  void refusesWorkDatedAfterItsRecord() {
    // given an intervention in progress
    // when work of day 20 is recorded on day 19
    var when = areso.given(historyTo(EngagementStage.IN_PROGRESS))
        .when(new RecordIntersessionWork(at(FACILITATOR, 19), REGISTER))
        .thenUnmet("INTERSESSION_WORK_IN_THE_FUTURE");
    // then
    var reason = when.unmet().single().reason();
    assertThat(reason).isEqualTo(
        new EngagementReason.IntersessionWorkInTheFuture(DAY_20, DAY_20.minusDays(1)));
    assertThat(reason.message(Language.EN)).isEqualTo("Work between sessions dated 2024-01-28"
        + " cannot be recorded on 2024-01-27, before it was done.");
  }

  @Test
  void workIsNotRecordedBeforeTheInterventionStartsNorAfterItEnds() {
    for (EngagementStage stage : List.of(EngagementStage.FRAMED, EngagementStage.SUSPENDED,
        EngagementStage.FOLLOW_UP)) {
      areso.given(historyTo(stage))
          .when(new RecordIntersessionWork(at(FACILITATOR, 200), REGISTER))
          .thenRejected(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
    }
  }

  @Test
  void theShortFormKeepsWhatWasDoneSensitive() {
    // when
    RecordIntersessionWork command = Commands.recordIntersessionWork(at(FACILITATOR, 21),
        PartyRole.STAFF_REPRESENTATIVES, DAY_20,
        "the CSE reread its dialogue register with Mrs Martin");
    // then
    assertThat(command).isEqualTo(new RecordIntersessionWork(at(FACILITATOR, 21), REGISTER));
    assertThat(command.toString()).doesNotContain("Martin");
  }
}
