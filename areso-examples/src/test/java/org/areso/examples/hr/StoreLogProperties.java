package org.areso.examples.hr;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.InformationItem;
import org.areso.core.ethics.Recipient;
import org.areso.core.ethics.Sensitivity;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Sensitive;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.kernel.Stamp;
import org.areso.examples.leak.RecordingLogs;
import org.areso.jdbc.EngagementSummary;
import org.areso.jdbc.JdbcEventStore;
import org.areso.jdbc.StoreError;
import org.areso.examples.leak.SecretArbitraries;

/**
 * No secret reaches a log line of the HR integration example: every line its store ({@code
 * areso-jdbc}, its migrations by Flyway) writes while engagements holding secrets are stored,
 * refused, conflicted, failed in the middle of an append (by a driver whose error message echoes
 * the secret) and replayed, is captured at every level by {@link RecordingLogs}.
 */
class StoreLogProperties {

  private static final AtomicLong LINES = new AtomicLong();

  @Provide
  Arbitrary<String> secrets() {
    return SecretArbitraries.secrets();
  }

  private static EngagementCommand contribution(String note, Aspect aspect) {
    return new EngagementCommand.RecordContribution(
        // recorded the day after it was made, as the disclosures: no step goes back in time
        Stamp.of(HrIntegration.FACILITATOR, HrFixtures.T0.plusDays(21)),
        new Contribution(HrIntegration.FIRST.id(), HrFixtures.DAY.plusDays(20), aspect,
            Sensitive.of(note)));
  }

  private static EngagementCommand disclosure(String content, Recipient to) {
    return new EngagementCommand.Disclose(
        Stamp.of(HrIntegration.FACILITATOR, HrFixtures.T0.plusDays(21)),
        new Disclosure(HrFixtures.DAY.plusDays(21), new InformationItem("minutes",
            Sensitivity.PARTIES, Sensitive.of(content)), to));
  }

  /**
   * A host's step whose command was asked on a screen one version behind the stored engagement:
   * as {@link HrIntegration#step} does, but handled on the version the actor saw.
   */
  private static Either<Reason, Long> stepOnAStaleScreen(JdbcEventStore<EngagementEvent> store,
      EngagementId id, EngagementCommand command) {
    return HrIntegration.load(store, HrIntegration.PROGRAMME, id)
        .flatMap(loaded -> loaded.handle(command, loaded.version() - 1).<Reason>mapLeft(r -> r)
            .flatMap(accepted -> store.append(id, loaded.version(), accepted.events(),
                    EngagementSummary.of(accepted.state()))
                .mapLeft(NotStored::new)));
  }

  @Property(tries = 25)
  void noLineTheStoreWritesWhileStoringAndReplayingSecretsShowsOne(
      @ForAll("secrets") String secret) {
    // given a fresh store, and one that fails in the middle of an append with the secret in the
    // driver's message
    RecordingLogs.clear();
    DataSource database = HrFixtures.freshDataSource();
    JdbcEventStore<EngagementEvent> store = JdbcEventStore.of(database);
    JdbcEventStore<EngagementEvent> failing = JdbcEventStore.of(FailingDataSource.failingAtRow(
        database, () -> true, 2, () -> new SQLException("cannot store " + secret, "08006")));
    EngagementId id = EngagementId.of("HR-LEAK").get();
    // when an engagement is walked, then given contributions and disclosures holding the secret:
    // accepted, refused by the charter, appended on a stale version, failed mid-append, replayed
    Engagement walked = HrIntegration.walk(store, id, HrFixtures.DAY).get();
    Seq<Either<Reason, Long>> steps = List.of(
        HrIntegration.step(store, HrIntegration.PROGRAMME, id,
            contribution(secret, Aspect.PROCESS)),
        HrIntegration.step(store, HrIntegration.PROGRAMME, id,
            disclosure(secret, Recipient.PARTY)),
        HrIntegration.step(store, HrIntegration.PROGRAMME, id,
            contribution(secret, Aspect.OPINION_ON_CONTENT)),
        HrIntegration.step(store, HrIntegration.PROGRAMME, id,
            disclosure(secret, Recipient.SUPERVISING_AUTHORITY)),
        stepOnAStaleScreen(store, id, contribution(secret, Aspect.DYNAMICS)),
        HrIntegration.step(failing, HrIntegration.PROGRAMME, id,
            contribution(secret, Aspect.FORM)));
    Accepted<Engagement, EngagementEvent> onWalked =
        walked.handle(contribution(secret, Aspect.PROCESS)).get();
    Either<StoreError, Long> stale = store.append(id, walked.version(), onWalked.events(),
        EngagementSummary.of(onWalked.state()));
    Engagement replayed = HrIntegration.load(store, HrIntegration.PROGRAMME, id).get();
    // then the story went as told, lines were written, and none shows the secret
    assertThat(steps.map(Either::isRight)).containsExactly(true, true, false, false, false,
        false);
    assertThat(steps.get(4).getLeft()).isInstanceOf(Rejection.VersionConflict.class);
    assertThat(steps.get(5).getLeft()).isInstanceOfSatisfying(NotStored.class,
        failed -> assertThat(failed.code()).isEqualTo("DATABASE_FAILURE"));
    assertThat(stale.getLeft()).isInstanceOf(StoreError.VersionConflict.class);
    assertThat(replayed.conduct().contributions().last().note().reveal()).isEqualTo(secret);
    Seq<RecordingLogs.Line> lines = RecordingLogs.lines();
    assertThat(lines.map(RecordingLogs.Line::level).distinct())
        .contains(org.slf4j.event.Level.DEBUG, org.slf4j.event.Level.WARN);
    assertThat(lines).allSatisfy(line -> assertThat(line.text()).doesNotContain(secret));
    LINES.addAndGet(lines.size());
  }

  @AfterContainer
  static void report() {
    System.out.println("StoreLogProperties: " + LINES.get() + " log line(s) captured");
  }
}
