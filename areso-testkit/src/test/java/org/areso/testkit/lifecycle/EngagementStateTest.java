package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand.AdoptActionPlan;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Assignment;
import org.areso.core.ethics.Attendance;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.InformationItem;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Recipient;
import org.areso.core.ethics.Sensitivity;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.junit.jupiter.api.Test;

/** What an engagement replayed from its history holds, read through its accessors. */
class EngagementStateTest {

  private static final LocalDate DAY = T0.toLocalDate();
  private static final Contribution CONTRIBUTION =
      new Contribution(F1.id(), DAY.plusDays(9), Aspect.PROCESS, Sensitive.of("a note"));
  private static final Disclosure DISCLOSURE = new Disclosure(DAY.plusDays(9),
      new InformationItem("minutes", Sensitivity.PARTIES, Sensitive.of("what was said")),
      Recipient.PARTY);

  /** The whole history to the follow-up, with a contribution and a disclosure on the way. */
  private static Seq<EngagementEvent> followUpWithContributionAndDisclosure() {
    Seq<EngagementEvent> toFollowUp = historyTo(EngagementStage.FOLLOW_UP);
    Seq<EngagementEvent> inProgress = toFollowUp.take(11)
        .append(new EngagementEvent.ContributionRecorded(ID, 12, at(FACILITATOR, 9),
            CONTRIBUTION))
        .append(new EngagementEvent.Disclosed(ID, 13, at(FACILITATOR, 9), DISCLOSURE));
    return inProgress
        .append(new EngagementEvent.InterventionEnded(ID, 14, at(FACILITATOR, 10)))
        .append(new EngagementEvent.FollowUpReviewed(ID, 15, at(FACILITATOR, 190), "lasting"));
  }

  @Test
  void anEngagementInFollowUpHoldsEverythingRecordedOnTheWay() {
    // given
    Seq<EngagementEvent> history = followUpWithContributionAndDisclosure();
    // when
    Engagement e = replayStored(ARESO, history).get();
    // then
    assertThat(e.id()).isEqualTo(ID);
    assertThat(e.stage()).isEqualTo(EngagementStage.FOLLOW_UP);
    assertThat(e.version()).isEqualTo(15);
    assertThat(e.conduct().origin().get()).isEqualTo(ORIGIN);
    assertThat(e.file().preDiagnosis()).isEqualTo(Option.of(PRE_DIAGNOSIS));
    assertThat(e.file().framing()).isEqualTo(Option.of(FRAMING));
    assertThat(e.conduct().consents())
        .containsExactly(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);
    assertThat(e.conduct().assignment())
        .isEqualTo(Option.of(new Assignment(PAIR, DAY.plusDays(6))));
    assertThat(e.file().planEnd()).isEqualTo(Option.of(DAY.plusMonths(6)));
    assertThat(e.conduct().sessionsHeld()).containsExactly(new Attendance(
        new Session(DAY.plusDays(8), SessionLength.WHOLE_DAY, Session.Status.HELD),
        MeetingKind.SESSION, BOTH));
    assertThat(e.conduct().actionPlan().nonEmpty()).isTrue();
    assertThat(e.conduct().actionPlan()).isEqualTo(plan(3));
    assertThat(e.conduct().actionPlan().size()).isEqualTo(3);
    assertThat(e.conduct().contributions()).containsExactly(CONTRIBUTION);
    assertThat(e.conduct().disclosures()).containsExactly(DISCLOSURE);
    assertThat(e.file().interventionEndedOn()).isEqualTo(Option.of(DAY.plusDays(10)));
    assertThat(e.file().followUpReview()).isEqualTo(Option.of("lasting"));
  }

  @Test
  void beforeAnyPlanAnEngagementHasNoActionPlanAndNothingEnded() {
    // given
    Engagement framed = engagementIn(EngagementStage.FRAMED);
    // when / then
    assertThat(framed.conduct().actionPlan().nonEmpty()).isFalse();
    assertThat(framed.conduct().actionPlan()).isEmpty();
    assertThat(framed.conduct().actionPlan().size()).isZero();
    assertThat(framed.file().interventionEndedOn()).isEmpty();
    assertThat(framed.file().followUpReview()).isEmpty();
    assertThat(framed.file().planEnd()).isEmpty();
    assertThat(framed.conduct().sessionsHeld()).isEmpty();
  }

  @Test
  void anEngagementDescribesItselfByIdentifierProgrammeStageAndVersionOnly() {
    // given
    Engagement inProgress = engagementIn(EngagementStage.IN_PROGRESS);
    // when
    String text = inProgress.toString();
    // then
    assertThat(text).isEqualTo("Engagement[ENG-1, areso, IN_PROGRESS, v11]");
  }

  @Test
  void twoEngagementsReplayedFromTheSameHistoryAreEqual() {
    // given
    Engagement one = engagementIn(EngagementStage.IN_PROGRESS);
    // when
    Engagement other = engagementIn(EngagementStage.IN_PROGRESS);
    // then
    assertThat(other).isEqualTo(one).hasSameHashCodeAs(one);
    assertThat(engagementIn(EngagementStage.FRAMED)).isNotEqualTo(one);
  }

  @Test
  void everyEngagementEventIsOfSchemaVersionOne() {
    // given
    Seq<EngagementEvent> history = followUpWithContributionAndDisclosure()
        .appendAll(historyTo(EngagementStage.CLOSED).takeRight(1));
    // when / then
    assertThat(history.map(EngagementEvent::schemaVersion).distinct()).containsExactly(1);
  }

  @Test
  void anActionPlanWithAMissingItemIsAProgrammerError() {
    // given
    Seq<ActionPlanItem> withAHole = plan(2).append(null);
    // when / then
    assertThatNullPointerException()
        .isThrownBy(() -> new AdoptActionPlan(at(MANAGEMENT, 9), withAHole))
        .withMessage("items[]");
    assertThat(new AdoptActionPlan(at(MANAGEMENT, 9), List.empty()).items()).isEmpty();
  }
}
