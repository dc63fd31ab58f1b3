package org.areso.examples.hr;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Stamp;
import org.areso.jdbc.JdbcEventStore;
import org.junit.jupiter.api.Test;

class HrIntegrationTest {

  @Test
  void theStoryStoresTheEngagementAndPrintsTheStageReloadedFromTheDatabase() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // when
    int status = HrIntegration.run(HrFixtures.freshDatabase(),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // then
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(out).contains("  v1 EngagementRequested", "  v10 ContributionRecorded",
        "stage IN_PROGRESS, version 10, 1 contribution(s) recorded");
    assertThat(out).doesNotContain("agreed on an agenda");
  }

  @Test
  void theStoryOnAnUnreachableDatabasePrintsTheReasonAndFails() {
    // given
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    // when
    int status = HrIntegration.run("jdbc:h2:mem:x;NO_SUCH_SETTING=1",
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // then
    assertThat(status).isEqualTo(1);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("DATABASE_FAILURE: ");
  }

  @Test
  void aStepTheEngagementRejectsAppendsNothing() {
    // given an engagement in progress
    JdbcEventStore<EngagementEvent> store = HrFixtures.freshStore();
    EngagementId id = EngagementId.of("HR-7").get();
    long version = HrIntegration.walk(store, id, HrFixtures.DAY).get().version();
    // when a party tries to close it before it ended
    Either<Reason, Long> step = HrIntegration.step(store, HrIntegration.PROGRAMME, id,
        new EngagementCommand.Close(Stamp.of(HrIntegration.MANAGEMENT,
            HrFixtures.T0.plusDays(30)), new org.areso.core.engagement.Assessment("early")));
    // then
    assertThat(step.isLeft()).isTrue();
    assertThat(step.getLeft()).isNotInstanceOf(NotStored.class);
    assertThat(HrIntegration.load(store, HrIntegration.PROGRAMME, id).get().stage())
        .isEqualTo(EngagementStage.IN_PROGRESS);
    assertThat(store.load(id).get().size()).isEqualTo((int) version);
    assertThat(store.summary(id).get().get().version()).isEqualTo(version);
  }
}
