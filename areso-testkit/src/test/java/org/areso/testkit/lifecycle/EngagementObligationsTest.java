package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand.Withdraw;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Obligation;
import org.areso.core.kernel.PartyRole;
import org.junit.jupiter.api.Test;

/** What falls due in an engagement, and for whom. */
class EngagementObligationsTest {

  private final LocalDate day0 = T0.toLocalDate();

  @Test
  void aConsentPendingPastTheProgrammesDelayIsDueFromTheMissingParty() {
    // given a framing proposed on day 3, consented by management only
    Engagement awaiting = replayStored(ARESO, historyTo(EngagementStage.AWAITING_CONSENT)
        .dropRight(1)).get();
    LocalDate due = day0.plusDays(3).plusDays(30);
    // when / then
    assertThat(awaiting.obligations(due.minusDays(1))).isEmpty();
    assertThat(awaiting.obligations(due)).containsExactly(new Obligation(
        Obligation.Kind.CONSENT, Option.of(PartyRole.STAFF_REPRESENTATIVES), due, false));
    assertThat(awaiting.obligations(due.plusDays(1)).head().overdue()).isTrue();
  }

  @Test
  void theFollowUpReviewIsDueSixMonthsAfterTheInterventionEnds() {
    // given an intervention ended on day 10, review not yet held
    Engagement followUp = replayStored(ARESO, historyTo(EngagementStage.FOLLOW_UP)
        .dropRight(1)).get();
    LocalDate due = day0.plusDays(10).plusMonths(6);
    // when / then
    assertThat(followUp.obligations(due.minusDays(1))).isEmpty();
    assertThat(followUp.obligations(due.plusDays(2))).containsExactly(
        new Obligation(Obligation.Kind.FOLLOW_UP_REVIEW, Option.none(), due, true));
    assertThat(engagementIn(EngagementStage.FOLLOW_UP).obligations(due.plusDays(2))).isEmpty();
  }

  @Test
  void anInterventionRunningPastItsPlannedSpanIsOverdue() {
    Engagement inProgress = engagementIn(EngagementStage.IN_PROGRESS);
    LocalDate planEnd = day0.plusMonths(6);
    assertThat(inProgress.obligations(planEnd)).isEmpty();
    assertThat(inProgress.obligations(planEnd.plusDays(1))).containsExactly(
        new Obligation(Obligation.Kind.PLAN_PAST_SPAN, Option.none(), planEnd, true));
  }

  @Test
  void theProgrammeWindowClosingIsDueBeforeTheInterventionStarts() {
    // given a request under a programme open until 2024-04-30
    Engagement requested =
        replayStored(WINDOWED, historyUnder(WINDOWED, EngagementStage.REQUESTED)).get();
    LocalDate end = LocalDate.of(2024, 4, 30);
    // when / then
    assertThat(requested.obligations(end.minusDays(31))).isEmpty();
    assertThat(requested.nextObligationDue()).contains(end.minusDays(30));
    assertThat(requested.obligations(end.minusDays(30))).containsExactly(
        new Obligation(Obligation.Kind.PROGRAMME_WINDOW_CLOSING, Option.none(), end, false));
    assertThat(engagementIn(EngagementStage.REQUESTED).obligations(end)).isEmpty();
  }

  @Test
  void theNextObligationIsTheFirstToFallDueWhetherPastOrToCome() {
    // given a framing proposed on day 3, consented by management only
    Engagement awaiting = replayStored(ARESO, historyTo(EngagementStage.AWAITING_CONSENT)
        .dropRight(1)).get();
    // when / then: the consent's day, before and after it has come
    LocalDate due = day0.plusDays(3).plusDays(30);
    assertThat(awaiting.nextObligationDue()).contains(due);
    assertThat(awaiting.obligations(due.minusDays(1))).isEmpty();
    // a running intervention owes something from the day after its planned end
    assertThat(engagementIn(EngagementStage.IN_PROGRESS).nextObligationDue())
        .contains(day0.plusMonths(6).plusDays(1));
    assertThat(engagementIn(EngagementStage.IN_PROGRESS).obligations(day0.plusMonths(6)))
        .isEmpty();
    assertThat(replayStored(ARESO, historyTo(EngagementStage.FOLLOW_UP).dropRight(1)).get()
        .nextObligationDue()).contains(day0.plusDays(10).plusMonths(6));
    assertThat(engagementIn(EngagementStage.REQUESTED).nextObligationDue()).isEmpty();
  }

  @Test
  void aTerminalEngagementOwesNothing() {
    Engagement withdrawn =
        replayStored(WINDOWED, historyUnder(WINDOWED, EngagementStage.WITHDRAWN)).get();
    assertThat(withdrawn.obligations(LocalDate.of(2024, 4, 29))).isEmpty();
    assertThat(withdrawn.nextObligationDue()).isEmpty();
    assertThat(withdrawn.stage()).isEqualTo(EngagementStage.WITHDRAWN);
    assertThat(withdrawn.handle(new Withdraw(at(STAFF, 2))).isLeft()).isTrue();
  }
}
