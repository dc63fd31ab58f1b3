package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.ARESO;
import static org.areso.testkit.lifecycle.EngagementFixtures.FACILITATOR;
import static org.areso.testkit.lifecycle.EngagementFixtures.at;
import static org.areso.testkit.lifecycle.EngagementFixtures.historyTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.RecordFollowUpReview;
import org.areso.core.engagement.EngagementReason;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.lifecycle.Rejection;
import org.junit.jupiter.api.Test;

/** A closing assessment records only the outcomes its programme lists. */
class ClosingOutcomesTest {

  private static Engagement reviewed() {
    var events = historyTo(EngagementStage.FOLLOW_UP);
    Engagement inFollowUp = Engagement.replay(ARESO, events, events.size()).get();
    return inFollowUp.handle(new RecordFollowUpReview(at(FACILITATOR, 200), "lasting"))
        .map(accepted -> accepted.state()).getOrElse(inFollowUp);
  }

  @Test
  void anOutcomeTheProgrammeDoesNotListIsRefusedAndNoneIsAccepted() {
    // given: a programme that lists no outcome
    Engagement engagement = reviewed();
    // when
    var unlisted = engagement.handle(new Close(at(FACILITATOR, 201),
        new Assessment("done", LinkedHashSet.of("dialogue-restored"))));
    var plain = engagement.handle(new Close(at(FACILITATOR, 201), new Assessment("done")));
    // then
    assertThat(unlisted.getLeft().kind()).isEqualTo(Rejection.Kind.PRECONDITIONS_UNMET);
    assertThat(((Rejection.PreconditionsUnmet) unlisted.getLeft()).unmet()
        .map(u -> u.reason())).contains(new EngagementReason.OutcomeNotListed(
            List.of("dialogue-restored"), ARESO.id(), List.empty()));
    assertThat(plain.get().state().stage()).isEqualTo(EngagementStage.CLOSED);
  }
}
