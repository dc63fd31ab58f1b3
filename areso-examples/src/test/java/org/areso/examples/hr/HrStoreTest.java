package org.areso.examples.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Contribution;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Stamp;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.HistoryError;
import org.areso.jdbc.AresoSchema;
import org.areso.jdbc.EngagementSummary;
import org.areso.jdbc.JdbcEventStore;
import org.areso.jdbc.StoreError;
import org.junit.jupiter.api.Test;

/**
 * The HR system's engagements kept by {@code areso-jdbc}'s store on H2: what a host sees when it
 * walks, reopens, races, fails in the middle of an append, or finds its rows damaged.
 */
class HrStoreTest {

  private static final EngagementId ID = EngagementId.of("HR-1").get();

  private final DataSource database = HrFixtures.freshDataSource();
  private final JdbcEventStore<EngagementEvent> store = JdbcEventStore.of(database);

  private static Engagement inProgress(JdbcEventStore<EngagementEvent> store) {
    return HrIntegration.walk(store, ID, HrFixtures.DAY).get();
  }

  private static EngagementCommand contribution(String note) {
    return new EngagementCommand.RecordContribution(
        Stamp.of(HrIntegration.FACILITATOR, HrFixtures.T0.plusDays(20)),
        new Contribution(HrIntegration.FIRST.id(), HrFixtures.DAY.plusDays(20), Aspect.PROCESS,
            Sensitive.of(note)));
  }

  private static EngagementSummary summary(Accepted<Engagement, EngagementEvent> accepted) {
    return EngagementSummary.of(accepted.state());
  }

  private Either<Reason, Engagement> load() {
    return HrIntegration.load(store, HrIntegration.PROGRAMME, ID);
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = database.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  @Test
  void anEngagementWalkedThroughTheStoreReloadsEqualToItsStoredHistoryReplayed() {
    // when
    Engagement engagement = inProgress(store);
    // then
    Seq<EngagementEvent> stored = store.load(ID).get();
    assertThat(engagement.stage()).isEqualTo(EngagementStage.IN_PROGRESS);
    assertThat(stored.map(EngagementEvent::version))
        .isEqualTo(List.rangeClosed(1L, engagement.version()));
    assertThat(Engagement.replay(HrIntegration.PROGRAMME, stored, engagement.version()).get())
        .isEqualTo(engagement);
    assertThat(engagement.conduct().contributions().head().note().reveal())
        .isEqualTo("the director and the CSE agreed on an agenda");
  }

  @Test
  void theSummaryRowFollowsTheLastAppend() {
    // when
    Engagement engagement = inProgress(store);
    // then
    EngagementSummary summary = store.summary(ID).get().get();
    assertThat(summary.stage()).isEqualTo("IN_PROGRESS");
    assertThat(summary.version()).isEqualTo(engagement.version());
    assertThat(summary.programme()).isEqualTo(HrIntegration.PROGRAMME.id());
    assertThat(summary.structure()).isEqualTo(Option.some("Foyer Les Tilleuls"));
  }

  @Test
  void aStoreOpenedAgainOnTheSameDatabaseFindsTheEventsAlreadyThere() {
    // given
    Engagement engagement = inProgress(store);
    // when the host starts again: migrating finds nothing to do, a new store reads the same rows
    Either<StoreError, Integer> migrated = AresoSchema.migrate(database);
    Either<Reason, Engagement> reloaded =
        HrIntegration.load(JdbcEventStore.of(database), HrIntegration.PROGRAMME, ID);
    // then
    assertThat(migrated).isEqualTo(Either.right(0));
    assertThat(reloaded).isEqualTo(Either.right(engagement));
  }

  @Test
  void anAppendDecidedFromAStaleVersionIsAConflictAndLeavesNothing() {
    // given two writers that loaded the same version
    Engagement loaded = inProgress(store);
    Accepted<Engagement, EngagementEvent> first = loaded.handle(contribution("first")).get();
    Accepted<Engagement, EngagementEvent> second = loaded.handle(contribution("second")).get();
    // when
    Either<StoreError, Long> accepted =
        store.append(ID, loaded.version(), first.events(), summary(first));
    Either<StoreError, Long> refused =
        store.append(ID, loaded.version(), second.events(), summary(second));
    // then
    assertThat(accepted).isEqualTo(Either.right(loaded.version() + 1));
    assertThat(refused).isEqualTo(Either.left(
        new StoreError.VersionConflict(ID, loaded.version(), loaded.version() + 1)));
    assertThat(new NotStored(refused.getLeft()).code()).isEqualTo("VERSION_CONFLICT");
    assertThat(store.load(ID).get().last()).isEqualTo(first.events().head());
    assertThat(load().get()).isEqualTo(first.state());
  }

  @Test
  void eventsThatDoNotFollowTheExpectedVersionAreAProgrammerErrorRefusedBeforeTheDatabase() {
    // given
    Engagement loaded = inProgress(store);
    Accepted<Engagement, EngagementEvent> next = loaded.handle(contribution("x")).get();
    EngagementId other = EngagementId.of("HR-2").get();
    // when / then
    assertThatThrownBy(() -> store.append(ID, loaded.version() - 1, next.events(), summary(next)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(other, loaded.version(), next.events(), summary(next)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(ID, loaded.version(), List.empty(), summary(next)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.load(ID).get().size()).isEqualTo((int) loaded.version());
  }

  @Test
  void aWriterThatFailsInTheMiddleOfAnAppendLeavesNoneOfIt() {
    // given a database whose second row of an append will fail, after the first event's row
    AtomicBoolean failing = new AtomicBoolean(false);
    JdbcEventStore<EngagementEvent> flaky = JdbcEventStore.of(FailingDataSource.failingAtRow(
        database, failing::get, 2, () -> new SQLException("disk full", "HY000")));
    Engagement before = inProgress(flaky);
    Accepted<Engagement, EngagementEvent> first = before.handle(contribution("one")).get();
    Accepted<Engagement, EngagementEvent> second =
        first.state().handle(contribution("two")).get();
    Seq<EngagementEvent> both = first.events().appendAll(second.events());
    Seq<EngagementEvent> storedBefore = store.load(ID).get();
    // when
    failing.set(true);
    Either<StoreError, Long> failed = flaky.append(ID, before.version(), both, summary(second));
    failing.set(false);
    // then
    assertThat(both).hasSize(2);
    assertThat(failed.getLeft()).isInstanceOfSatisfying(StoreError.DatabaseFailure.class,
        failure -> assertThat(failure.sqlState()).isEqualTo("HY000"));
    assertThat(new NotStored(failed.getLeft()).message(Language.EN)).doesNotContain("disk full");
    assertThat(store.load(ID).get()).isEqualTo(storedBefore);
    assertThat(store.summary(ID).get().get().version()).isEqualTo(before.version());
    assertThat(load().get()).isEqualTo(before);
    // and the same append succeeds once the database is well again
    assertThat(flaky.append(ID, before.version(), both, summary(second)))
        .isEqualTo(Either.right(before.version() + 2));
  }

  @Test
  void aPayloadTheDatabaseRejectsLeavesNoneOfTheAppend() throws SQLException {
    // given a database that refuses long payloads
    Engagement before = inProgress(store);
    execute("ALTER TABLE areso_event ADD CONSTRAINT short_payload CHECK (LENGTH(payload) < 2000)");
    Accepted<Engagement, EngagementEvent> first = before.handle(contribution("short")).get();
    Accepted<Engagement, EngagementEvent> second =
        first.state().handle(contribution("long ".repeat(1000))).get();
    // when
    Either<StoreError, Long> failed = store.append(ID, before.version(),
        first.events().appendAll(second.events()), summary(second));
    // then
    assertThat(failed.getLeft()).isInstanceOf(StoreError.DatabaseFailure.class);
    assertThat(load().get()).isEqualTo(before);
  }

  @Test
  void anUnknownEngagementIsATypedResult() {
    // given
    inProgress(store);
    EngagementId unknown = EngagementId.of("HR-404").get();
    // when
    Either<Reason, Engagement> loaded =
        HrIntegration.load(store, HrIntegration.PROGRAMME, unknown);
    // then
    assertThat(loaded).isEqualTo(Either.left(new NotStored(new StoreError.NotFound(unknown))));
    assertThat(loaded.getLeft().code()).isEqualTo("ENGAGEMENT_NOT_FOUND");
  }

  @Test
  void aDamagedPayloadIsATypedResultNamingTheRowNotItsContent() throws SQLException {
    // given
    Engagement engagement = inProgress(store);
    execute("UPDATE areso_event SET payload = REPLACE(payload, '\"PROCESS\"', '\"GOSSIP\"')"
        + " WHERE version = " + engagement.version());
    // when
    Either<Reason, Engagement> loaded = load();
    // then
    assertThat(loaded.getLeft()).isInstanceOfSatisfying(NotStored.class, reason ->
        assertThat(reason.error()).isInstanceOfSatisfying(StoreError.Undecodable.class, row -> {
          assertThat(row.engagement()).isEqualTo(ID);
          assertThat(row.version()).isEqualTo(engagement.version());
          assertThat(row.problem()).isEqualTo(StoreError.Problem.INVALID_VALUE);
          assertThat(row.detail()).doesNotContain("GOSSIP", "agenda");
        }));
    assertThat(loaded.getLeft().message(Language.FR)).doesNotContain("GOSSIP", "agenda");
  }

  @Test
  void aRowWhoseColumnsContradictItsPayloadIsRefused() throws SQLException {
    // given
    inProgress(store);
    execute("UPDATE areso_event SET type = 'Withdrawn' WHERE version = 2");
    // when
    Either<Reason, Engagement> loaded = load();
    // then
    assertThat(loaded.getLeft()).isInstanceOfSatisfying(NotStored.class, reason ->
        assertThat(reason.error()).isInstanceOfSatisfying(StoreError.Undecodable.class, row -> {
          assertThat(row.version()).isEqualTo(2);
          assertThat(row.problem()).isEqualTo(StoreError.Problem.MISMATCH);
        }));
  }

  @Test
  void aDeletedEventIsARefusedHistoryWithItsCause() throws SQLException {
    // given
    inProgress(store);
    execute("DELETE FROM areso_event WHERE version = 3");
    // when
    Either<Reason, Engagement> loaded = load();
    // then
    assertThat(loaded).isEqualTo(Either.left(new NotStored(
        new StoreError.HistoryRefused(ID, new HistoryError.VersionGap(3, 4)))));
    assertThat(loaded.getLeft().code()).isEqualTo("HISTORY_REFUSED");
  }

  @Test
  void aDeletedLastEventIsARefusedHistoryToo() throws SQLException {
    // given
    Engagement engagement = inProgress(store);
    execute("DELETE FROM areso_event WHERE version = " + engagement.version());
    // when
    Either<Reason, Engagement> loaded = load();
    // then the summary's version shows what is missing
    assertThat(loaded.getLeft()).isInstanceOfSatisfying(NotStored.class, reason ->
        assertThat(reason.error()).isInstanceOf(StoreError.HistoryRefused.class));
  }

  @Test
  void anUnreachableDatabaseIsATypedResult() {
    // when
    Either<StoreError, Integer> migrated =
        AresoSchema.migrate(HrFixtures.dataSource("jdbc:h2:mem:x;NO_SUCH_SETTING=1"));
    // then
    assertThat(migrated.getLeft()).isInstanceOf(StoreError.DatabaseFailure.class);
    assertThat(new NotStored(migrated.getLeft()).code()).isEqualTo("DATABASE_FAILURE");
  }
}
