package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.ConfirmFraming;
import org.areso.core.engagement.EngagementCommand.Suspend;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.lifecycle.Rejection;
import org.junit.jupiter.api.Test;

/** The fixture fails when an expectation is wrong: its assertions can fire. */
class LifecycleFixtureTest {


  @Test
  void failsWhenTheGivenHistoryDoesNotReplay() {
    var fixture = LifecycleFixture.of(lifecycle(), ARESO);
    var history = historyTo(EngagementStage.QUALIFIED).removeAt(1);
    assertThatThrownBy(() -> fixture.given(history))
        .isInstanceOf(AssertionError.class).hasMessageContaining("does not replay");
  }

  @Test
  void failsWhenTheEventsDifferOrTheCommandIsRefused() {
    var fixture = LifecycleFixture.of(lifecycle(), ARESO);
    var when = fixture.given(historyTo(EngagementStage.PRE_DIAGNOSED))
        .when(new EngagementCommand.Qualify(at(OPERATOR, 2), ELIGIBLE));
    assertThatThrownBy(() -> when.thenEvents(
            new EngagementEvent.Qualified(ID, 3, at(OPERATOR, 2), ELIGIBLE_TRIPARTITE)))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Expected events");
    assertThatThrownBy(() -> when.thenStage(EngagementStage.FRAMED))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Expected stage FRAMED");
    assertThatThrownBy(() -> when.thenRejected(Rejection.Kind.PRECONDITIONS_UNMET))
        .isInstanceOf(AssertionError.class).hasMessageContaining("Expected a rejection");
  }

  @Test
  void failsWhenTheRejectionIsOfAnotherKindOrForOtherReasons() {
    var fixture = LifecycleFixture.of(lifecycle(), ARESO);
    var refused = fixture.given(historyTo(EngagementStage.AWAITING_CONSENT).dropRight(1))
        .when(new ConfirmFraming(at(FACILITATOR, 6)));
    assertThatThrownBy(() -> refused.thenUnmet("PRE_DIAGNOSIS_REQUIRED"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("CONSENT_MISSING");
    assertThatThrownBy(() -> refused.thenRejected(Rejection.Kind.NOT_APPLICABLE_IN_STAGE))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> refused.thenEvents())
        .isInstanceOf(AssertionError.class).hasMessageContaining("refused");
    var notApplicable = fixture.given(historyTo(EngagementStage.REQUESTED))
        .when(new Suspend(at(MANAGEMENT, 1)));
    assertThatThrownBy(notApplicable::unmet).isInstanceOf(AssertionError.class);
  }

  @Test
  void drawsTheEngagementWithGuardsAndTheHighlightedPathOfAHistory() {
    // when
    String diagram = lifecycle().toMermaid(historyTo(EngagementStage.CLOSED)).get();
    // then
    assertThat(diagram)
        .startsWith("stateDiagram-v2\n")
        .contains("AWAITING_CONSENT --> FRAMED : confirmFraming [everyConsentGiven] (step 7)")
        .contains("IN_PROGRESS --> WITHDRAWN : withdraw [byAParty]\n")
        .contains("class CLOSED current");
  }
}
