package org.areso.examples.hr;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Contribution;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Sensitive;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.kernel.Stamp;
import org.junit.jupiter.api.Test;

class EngagementStoreTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-08T12:00:00Z"),
      ZoneOffset.UTC);
  private static final EngagementId ID = EngagementId.of("HR-1").get();

  private final String url = HrFixtures.freshDatabase();

  private EngagementStore store() {
    return EngagementStore.open(url, CLOCK).get();
  }

  private static Engagement inProgress(EngagementStore store) {
    return HrIntegration.walk(store, ID, HrFixtures.DAY).get();
  }

  private static EngagementCommand contribution(String note) {
    return new EngagementCommand.RecordContribution(
        Stamp.of(HrIntegration.FACILITATOR, HrFixtures.T0.plusDays(20)),
        new Contribution(HrIntegration.FIRST.id(), HrFixtures.DAY.plusDays(20), Aspect.PROCESS,
            Sensitive.of(note)));
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate(sql);
    }
  }

  @Test
  void anEngagementWalkedThroughTheStoreReloadsEqualToItsStoredHistoryReplayed() {
    // given
    EngagementStore store = store();
    // when
    Engagement engagement = inProgress(store);
    // then
    Seq<EngagementEvent> stored = store.events(ID).get();
    assertThat(engagement.stage()).isEqualTo(EngagementStage.IN_PROGRESS);
    assertThat(stored.map(EngagementEvent::version))
        .isEqualTo(List.rangeClosed(1L, engagement.version()));
    assertThat(Engagement.replay(HrIntegration.PROGRAMME, stored, engagement.version()).get())
        .isEqualTo(engagement);
    assertThat(engagement.conduct().contributions().head().note().reveal())
        .isEqualTo("the director and the CSE agreed on an agenda");
  }

  @Test
  void aStoreOpenedAgainOnTheSameDatabaseFindsTheEventsAlreadyThere() {
    // given
    Engagement engagement = inProgress(store());
    // when
    Either<StoreError, Engagement> reloaded =
        EngagementStore.open(url, CLOCK).get().load(HrIntegration.PROGRAMME, ID);
    // then
    assertThat(reloaded).isEqualTo(Either.right(engagement));
  }

  @Test
  void anAppendDecidedFromAStaleVersionIsAConflictAndLeavesNothing() {
    // given two writers that loaded the same version
    EngagementStore store = store();
    Engagement loaded = inProgress(store);
    Accepted<Engagement, EngagementEvent> first = loaded.handle(contribution("first")).get();
    Accepted<Engagement, EngagementEvent> second = loaded.handle(contribution("second")).get();
    // when
    Either<StoreError, Long> accepted = store.append(ID, loaded.version(), first.events());
    Either<StoreError, Long> refused = store.append(ID, loaded.version(), second.events());
    // then
    assertThat(accepted).isEqualTo(Either.right(loaded.version() + 1));
    assertThat(refused).isEqualTo(Either.left(
        new StoreError.Conflict(ID, loaded.version(), loaded.version() + 1)));
    assertThat(refused.getLeft().code()).isEqualTo("APPEND_CONFLICT");
    assertThat(store.events(ID).get().last()).isEqualTo(first.events().head());
    assertThat(store.load(HrIntegration.PROGRAMME, ID).get()).isEqualTo(first.state());
  }

  @Test
  void eventsThatDoNotFollowTheExpectedVersionAreRefusedBeforeTheDatabase() {
    // given
    EngagementStore store = store();
    Engagement loaded = inProgress(store);
    Seq<EngagementEvent> events = loaded.handle(contribution("x")).get().events();
    EngagementId other = EngagementId.of("HR-2").get();
    // when / then
    assertThat(store.append(ID, loaded.version() - 1, events))
        .isEqualTo(Either.left(new StoreError.InvalidAppend(ID, loaded.version() - 1)));
    assertThat(store.append(other, loaded.version(), events))
        .isEqualTo(Either.left(new StoreError.InvalidAppend(other, loaded.version())));
    assertThat(store.append(ID, loaded.version(), List.empty()))
        .isEqualTo(Either.left(new StoreError.InvalidAppend(ID, loaded.version())));
    assertThat(store.events(ID).get().size()).isEqualTo((int) loaded.version());
  }

  @Test
  void aWriterThatFailsInTheMiddleOfAnAppendLeavesNoneOfIt() {
    // given a store whose second insert of an append will fail
    AtomicBoolean failing = new AtomicBoolean(false);
    EngagementStore store = EngagementStore.open(url, CLOCK, event -> {
      if (failing.get()) {
        throw new SQLException("disk full", "HY000");
      }
    }).get();
    Engagement before = inProgress(store);
    Accepted<Engagement, EngagementEvent> first = before.handle(contribution("one")).get();
    Seq<EngagementEvent> both = first.events().appendAll(
        first.state().handle(contribution("two")).get().events());
    Seq<EngagementEvent> storedBefore = store.events(ID).get();
    // when
    failing.set(true);
    Either<StoreError, Long> failed = store.append(ID, before.version(), both);
    failing.set(false);
    // then
    assertThat(both).hasSize(2);
    assertThat(failed).isEqualTo(Either.left(new StoreError.Unavailable("HY000")));
    assertThat(failed.getLeft().message(Language.EN)).doesNotContain("disk full");
    assertThat(store.events(ID).get()).isEqualTo(storedBefore);
    assertThat(store.load(HrIntegration.PROGRAMME, ID).get()).isEqualTo(before);
    // and the same append succeeds once the database is well again
    assertThat(store.append(ID, before.version(), both))
        .isEqualTo(Either.right(before.version() + 2));
  }

  @Test
  void aPayloadTheDatabaseRejectsLeavesNoneOfTheAppend() throws SQLException {
    // given a database that refuses long payloads
    EngagementStore store = store();
    Engagement before = inProgress(store);
    execute("ALTER TABLE events ADD CONSTRAINT short_payload CHECK (LENGTH(payload) < 2000)");
    Accepted<Engagement, EngagementEvent> first = before.handle(contribution("short")).get();
    Seq<EngagementEvent> both = first.events().appendAll(
        first.state().handle(contribution("long ".repeat(1000))).get().events());
    // when
    Either<StoreError, Long> failed = store.append(ID, before.version(), both);
    // then
    assertThat(failed.getLeft()).isInstanceOf(StoreError.Unavailable.class);
    assertThat(store.load(HrIntegration.PROGRAMME, ID).get()).isEqualTo(before);
  }

  @Test
  void anUnknownEngagementIsATypedResult() {
    // given
    EngagementStore store = store();
    inProgress(store);
    EngagementId unknown = EngagementId.of("HR-404").get();
    // when
    Either<StoreError, Engagement> loaded = store.load(HrIntegration.PROGRAMME, unknown);
    // then
    assertThat(loaded).isEqualTo(Either.left(new StoreError.UnknownEngagement(unknown)));
    assertThat(loaded.getLeft().code()).isEqualTo("ENGAGEMENT_UNKNOWN");
  }

  @Test
  void aDamagedPayloadIsATypedResultNamingTheRowNotItsContent() throws SQLException {
    // given
    EngagementStore store = store();
    Engagement engagement = inProgress(store);
    execute("UPDATE events SET payload = REPLACE(payload, '\"PROCESS\"', '\"GOSSIP\"')"
        + " WHERE version = " + engagement.version());
    // when
    Either<StoreError, Engagement> loaded = store.load(HrIntegration.PROGRAMME, ID);
    // then
    assertThat(loaded).isEqualTo(Either.left(new StoreError.Tampered(ID, engagement.version(),
        "MALFORMED_FIELD:contribution.aspect")));
    assertThat(loaded.getLeft().message(Language.FR)).doesNotContain("agenda");
  }

  @Test
  void aRowWhoseColumnsContradictItsPayloadIsTampered() throws SQLException {
    // given
    EngagementStore store = store();
    inProgress(store);
    execute("UPDATE events SET type = 'Withdrawn' WHERE version = 2");
    // when / then
    assertThat(store.load(HrIntegration.PROGRAMME, ID))
        .isEqualTo(Either.left(new StoreError.Tampered(ID, 2, "TYPE_MISMATCH")));
  }

  @Test
  void aDeletedEventIsAnInvalidHistoryWithItsCause() throws SQLException {
    // given
    EngagementStore store = store();
    inProgress(store);
    execute("DELETE FROM events WHERE version = 3");
    // when
    Either<StoreError, Engagement> loaded = store.load(HrIntegration.PROGRAMME, ID);
    // then
    assertThat(loaded).isEqualTo(Either.left(
        new StoreError.InvalidHistory(ID, new HistoryError.VersionGap(3, 4))));
    assertThat(loaded.getLeft().code()).isEqualTo("STORED_HISTORY_INVALID");
  }

  @Test
  void anUnreachableDatabaseIsATypedResult() {
    // when
    Either<StoreError, EngagementStore> opened =
        EngagementStore.open("jdbc:h2:mem:x;NO_SUCH_SETTING=1", CLOCK);
    // then
    assertThat(opened.getLeft()).isInstanceOf(StoreError.Unavailable.class);
  }
}
