package org.areso.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.HistoryError;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the store must do on every database it supports, run by one subclass per database against
 * a real server: append and load, replay, optimistic concurrency under 8 writers, all-or-nothing
 * appends, the outbox, broken rows, and logs that show no sensitive value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventStoreContract {

  private static final AtomicInteger IDS = new AtomicInteger();
  private static final int WRITERS = 8;

  private final EventCodec<EngagementEvent> codec = JsonEventCodec.create();
  private DataSource database;
  private JdbcEventStore<EngagementEvent> store;

  /** A new, empty database of the kind under test. */
  abstract DataSource newDatabase() throws Exception;

  /** The SQL that stands for a payload parameter in this database. */
  abstract String payloadParameter();

  @BeforeAll
  void migrate() throws Exception {
    database = newDatabase();
    assertThat(AresoSchema.migrate(database)).isEqualTo(Either.right(1));
    store = JdbcEventStore.of(database, codec);
  }

  private static String fresh(String name) {
    return name + "-" + IDS.incrementAndGet();
  }

  private Either<StoreError, Long> appendWalk(String id, int steps) {
    Accepted<Engagement, EngagementEvent> walked = Walks.walk(id, steps);
    return store.append(Walks.id(id), 0, walked.events(), Walks.summaryOf(walked.state()));
  }

  private Seq<Tuple2<String, Long>> outbox() throws SQLException {
    return query("SELECT engagement_id, version FROM areso_outbox ORDER BY id",
        row -> Tuple.of(row.getString(1), row.getLong(2)));
  }

  private Seq<Tuple2<String, Long>> outboxOf(String id) throws SQLException {
    return outbox().filter(row -> row._1.equals(id));
  }

  private Seq<String> rowsOf(String id) throws SQLException {
    return query("SELECT version, type, schema_version, payload FROM areso_event"
        + " WHERE engagement_id = '" + id + "' ORDER BY version",
        row -> row.getLong(1) + " " + row.getString(2) + " " + row.getInt(3) + " "
            + row.getString(4));
  }

  private interface Reader<T> {
    T read(ResultSet row) throws SQLException;
  }

  private <T> Seq<T> query(String sql, Reader<T> reader) throws SQLException {
    List<T> rows = List.empty();
    try (Connection connection = database.getConnection();
        PreparedStatement select = connection.prepareStatement(sql);
        ResultSet row = select.executeQuery()) {
      while (row.next()) {
        rows = rows.append(reader.read(row));
      }
    }
    return rows;
  }

  private void execute(String sql, Object... parameters) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      statement.executeUpdate();
    }
  }

  /** A new database of the kind under test, where a host has run its own statements. */
  private DataSource newDatabaseWith(String... statements) throws Exception {
    DataSource database = newDatabase();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      for (String sql : statements) {
        statement.execute(sql);
      }
    }
    return database;
  }

  @Test
  void migrateAddsTheStoreToADatabaseThatHoldsTheHostsOwnTables() throws Exception {
    // given: a host's database, with a table and a row of its own
    DataSource host = newDatabaseWith(
        "CREATE TABLE host_employee (id INTEGER PRIMARY KEY, name VARCHAR(64))",
        "INSERT INTO host_employee (id, name) VALUES (1, 'Camille')");
    // when
    Either<StoreError, Integer> first = AresoSchema.migrate(host);
    Either<StoreError, Integer> again = AresoSchema.migrate(host);
    // then: the store's migration applied once, the host's row untouched, the store usable
    assertThat(first).isEqualTo(Either.right(1));
    assertThat(again).isEqualTo(Either.right(0));
    try (Connection connection = host.getConnection();
        PreparedStatement select = connection.prepareStatement(
            "SELECT name FROM host_employee WHERE id = 1");
        ResultSet row = select.executeQuery()) {
      assertThat(row.next()).isTrue();
      assertThat(row.getString(1)).isEqualTo("Camille");
    }
    JdbcEventStore<EngagementEvent> hosted = JdbcEventStore.of(host, codec);
    Accepted<Engagement, EngagementEvent> walked = Walks.walk("hosted", 3);
    assertThat(hosted.append(Walks.id("hosted"), 0, walked.events(),
        Walks.summaryOf(walked.state()))).isEqualTo(Either.right((long) walked.events().size()));
  }

  @Test
  void migrateOnADatabaseWhereTheStoresTableExistsSaysTheDatabasesState() throws Exception {
    // given: a host's own table that bears the store's name
    DataSource host = newDatabaseWith("CREATE TABLE areso_event (id INTEGER PRIMARY KEY)");
    // when
    Either<StoreError, Integer> migrated = AresoSchema.migrate(host);
    // then: the database's SQL state of a table that exists already (42S01 on H2, 42P07 on
    // PostgreSQL), not an empty one
    assertThat(migrated.getLeft()).isInstanceOfSatisfying(StoreError.DatabaseFailure.class,
        failure -> {
          assertThat(failure.operation()).isEqualTo("migrate");
          assertThat(failure.sqlState()).isIn("42S01", "42P07");
        });
  }

  @Test
  void everyOperationOnADatabaseWithoutTheStoresTablesSaysTheSchemaIsMissing() throws Exception {
    // given: a database the store's migrations were never applied to
    JdbcEventStore<EngagementEvent> bare = JdbcEventStore.of(newDatabase(), codec);
    Accepted<Engagement, EngagementEvent> walked = Walks.walk("bare", 1);
    // when
    Seq<Either<StoreError, ?>> answers = List.of(
        bare.append(Walks.id("bare"), 0, walked.events(), Walks.summaryOf(walked.state())),
        bare.load(Walks.id("bare")), bare.summary(Walks.id("bare")),
        bare.replay(Walks.id("bare"),
            (events, version) -> Engagement.replay(Walks.ARESO, events, version)));
    // then
    assertThat(answers.map(answer -> ((StoreError.SchemaMissing) answer.getLeft()).operation()))
        .containsExactly("append", "load", "summary", "replay");
    assertThat(answers).allSatisfy(answer -> {
      assertThat(answer.getLeft().code()).isEqualTo("SCHEMA_MISSING");
      assertThat(((StoreError.SchemaMissing) answer.getLeft()).sqlState())
          .isIn("42S02", "42S04", "42P01");
    });
  }

  @Test
  void loadAfterAppendReturnsTheSameEventsInVersionOrder() {
    // given
    String id = fresh("load");
    Accepted<Engagement, EngagementEvent> three = Walks.walk(id, 3);
    Accepted<Engagement, EngagementEvent> five = Walks.walk(id, 5);
    // when
    var first = store.append(Walks.id(id), 0, three.events(), Walks.summaryOf(three.state()));
    var second = store.append(Walks.id(id), 3, five.events().drop(3),
        Walks.summaryOf(five.state()));
    // then
    assertThat(first).isEqualTo(Either.right(3L));
    assertThat(second).isEqualTo(Either.right(5L));
    assertThat(store.load(Walks.id(id))).isEqualTo(Either.right(five.events()));
  }

  @Test
  void loadOfAnEngagementNeverStoredIsEmpty() {
    // when
    var loaded = store.load(Walks.id(fresh("none")));
    // then
    assertThat(loaded.get()).isEmpty();
  }

  @Test
  void theSummaryIsThatOfTheLastAppend() {
    // given
    String id = fresh("summary");
    Accepted<Engagement, EngagementEvent> walked = Walks.walk(id, Walks.length());
    // when
    appendWalk(id, Walks.length());
    // then
    assertThat(store.summary(Walks.id(id)))
        .isEqualTo(Either.right(Option.some(Walks.summaryOf(walked.state()))));
    assertThat(walked.state().stage().name()).isEqualTo("IN_PROGRESS");
    assertThat(store.summary(Walks.id(id)).get().get().nextObligation())
        .contains(Walks.TODAY.plusMonths(2).plusDays(1));  // past the intervention's planned end
  }

  @Test
  void theSummaryHoldsTheNextObligationStillToCome() throws SQLException {
    // given a framing proposed today: the consents fall due after the programme's delay
    String id = fresh("due");
    // when
    appendWalk(id, 5);
    // then the summary holds that day, before anything is overdue
    LocalDate due = Walks.TODAY.plus(Walks.ARESO.consentDelay());
    assertThat(store.summary(Walks.id(id)).get().get().nextObligation()).contains(due);
    assertThat(query("SELECT engagement_id FROM areso_engagement_summary"
        + " WHERE next_obligation <= DATE '" + due + "'", row -> row.getString(1))).contains(id);
    assertThat(query("SELECT engagement_id FROM areso_engagement_summary"
        + " WHERE next_obligation < DATE '" + due + "'", row -> row.getString(1)))
        .doesNotContain(id);
  }

  @Test
  void replayEqualsTheAggregate() {
    // given
    String id = fresh("replay");
    appendWalk(id, Walks.length());
    // when
    Either<StoreError, Engagement> replayed = store.replay(Walks.id(id),
        (events, version) -> Engagement.replay(Walks.ARESO, events, version));
    // then
    assertThat(replayed).isEqualTo(Either.right(Walks.walk(id, Walks.length()).state()));
  }

  @Test
  void replayRefusesAHistoryTruncatedAtItsEnd() throws SQLException {
    // given
    String id = fresh("truncated");
    appendWalk(id, 4);
    execute("DELETE FROM areso_event WHERE engagement_id = ? AND version = 4", id);
    // when
    Either<StoreError, Engagement> replayed = store.replay(Walks.id(id),
        (events, version) -> Engagement.replay(Walks.ARESO, events, version));
    // then
    assertThat(replayed.getLeft()).isInstanceOf(StoreError.HistoryRefused.class);
    assertThat(((StoreError.HistoryRefused) replayed.getLeft()).engagement())
        .isEqualTo(Walks.id(id));
  }

  @Test
  void replayRefusesAHistoryExtendedBehindTheStoresBack() throws SQLException {
    // given: a walk of 4 stored, then its fifth event written straight into the table, with no
    // summary, as a script or another writer that bypasses the store would
    String id = fresh("extended");
    appendWalk(id, 4);
    StoredEvent fifth = codec.encode(Walks.walk(id, 5).events().get(4));
    execute("INSERT INTO areso_event (engagement_id, version, type, schema_version, payload)"
        + " VALUES (?, ?, ?, ?, " + payloadParameter() + ")", id, fifth.version(), fifth.type(),
        fifth.schemaVersion(), fifth.payload());
    // when
    Either<StoreError, Engagement> replayed = store.replay(Walks.id(id),
        (events, version) -> Engagement.replay(Walks.ARESO, events, version));
    // then: refused, not the engagement at version 4
    assertThat(replayed).isEqualTo(Either.left(new StoreError.HistoryRefused(Walks.id(id),
        new HistoryError.UnexpectedVersion(4, 5))));
  }

  @Test
  void replaysRacingAppendsSeeEachAppendWholeOrNotAtAll() throws Exception {
    // given: one writer appending a walk one event at a time while another thread replays
    String id = fresh("replay-race");
    ExecutorService writer = Executors.newSingleThreadExecutor();
    Future<Long> written = writer.submit(() -> {
      Option<Engagement> state = Option.none();
      long version = 0;
      for (int step = 0; step < Walks.length(); step++) {
        Accepted<Engagement, EngagementEvent> next = Walks.next(id, state).get();
        version = store.append(Walks.id(id), version, next.events(),
            Walks.summaryOf(next.state())).get();
        state = Option.some(next.state());
      }
      return version;
    });
    // when
    List<Either<StoreError, Engagement>> replays = List.empty();
    try {
      do {
        replays = replays.prepend(store.replay(Walks.id(id),
            (events, version) -> Engagement.replay(Walks.ARESO, events, version)));
      } while (!written.isDone());
      written.get(1, TimeUnit.MINUTES);
    } finally {
      writer.shutdownNow();
    }
    // then: every replay is not found yet, or the engagement at one of the versions appended
    assertThat(replays).allSatisfy(replayed -> {
      if (replayed.isLeft()) {
        assertThat(replayed.getLeft()).isEqualTo(new StoreError.NotFound(Walks.id(id)));
      } else {
        Engagement e = replayed.get();
        assertThat(e).isEqualTo(Walks.walk(id, (int) e.version()).state());
      }
    });
  }

  /**
   * A data source that hands out one connection of the database under test again and again, as a
   * pool would: it runs {@code beforeReadingEvents} each time the store is about to read an
   * engagement's events (after its summary), counts the rollbacks, and refuses to put auto-commit
   * back on while {@code refuseAutoCommit} is set.
   */
  private static final class PooledOnce {
    final AtomicInteger rollbacks = new AtomicInteger();
    final AtomicBoolean refuseAutoCommit = new AtomicBoolean();
    final DataSource dataSource;

    PooledOnce(Connection real, Runnable beforeReadingEvents) {
      Connection connection = (Connection) Proxy.newProxyInstance(
          EventStoreContract.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, arguments) -> {
            switch (method.getName()) {
              case "close" -> {
                return null;
              }
              case "rollback" -> rollbacks.incrementAndGet();
              case "prepareStatement" -> {
                if (Dialect.SELECT_EVENTS.equals(arguments[0])) {
                  beforeReadingEvents.run();
                }
              }
              case "setAutoCommit" -> {
                if ((Boolean) arguments[0] && refuseAutoCommit.get()) {
                  throw new SQLException("auto-commit refused", "08003");
                }
              }
              default -> { }
            }
            try {
              return method.invoke(real, arguments);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
      dataSource = (DataSource) Proxy.newProxyInstance(EventStoreContract.class.getClassLoader(),
          new Class<?>[] {DataSource.class}, (proxy, method, arguments) -> {
            if (method.getName().equals("getConnection")) {
              return connection;
            }
            throw new UnsupportedOperationException(method.getName());
          });
    }
  }

  @Test
  void aReplayGivesItsConnectionBackAsItCameEvenWhenTheDriverThrows() throws Exception {
    // given: a walk stored, and a pooled connection in auto-commit at READ COMMITTED
    String id = fresh("pooled");
    appendWalk(id, 4);
    try (Connection real = database.getConnection()) {
      real.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      AtomicBoolean failing = new AtomicBoolean();
      IllegalStateException driverBug = new IllegalStateException("driver bug");
      PooledOnce pool = new PooledOnce(real, () -> {
        if (failing.get()) {
          throw driverBug;
        }
      });
      JdbcEventStore<EngagementEvent> pooled = JdbcEventStore.of(pool.dataSource, codec);
      // when: a replay that reads, then one whose read of the events throws
      Either<StoreError, Engagement> replayed = pooled.replay(Walks.id(id),
          (events, version) -> Engagement.replay(Walks.ARESO, events, version));
      int rollbacksAfterAGoodRead = pool.rollbacks.get();
      failing.set(true);
      Throwable thrown = catchThrowable(() -> pooled.replay(Walks.id(id),
          (events, version) -> Engagement.replay(Walks.ARESO, events, version)));
      // then: the failure reaches the caller, the read was rolled back, and the connection is as
      // it came, out of any transaction
      assertThat(replayed).isEqualTo(Either.right(Walks.walk(id, 4).state()));
      assertThat(rollbacksAfterAGoodRead).isZero();
      assertThat(thrown).isSameAs(driverBug);
      assertThat(pool.rollbacks.get()).isEqualTo(1);
      assertThat(real.getAutoCommit()).isTrue();
      assertThat(real.getTransactionIsolation())
          .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
      failing.set(false);
      assertThat(pooled.replay(Walks.id(id),
          (events, version) -> Engagement.replay(Walks.ARESO, events, version)))
          .isEqualTo(replayed);
    }
  }

  @Test
  void aReplayWhoseConnectionRefusesItsAutoCommitBackStillPutsItsIsolationBack()
      throws Exception {
    // given
    String id = fresh("refusing");
    appendWalk(id, 2);
    try (Connection real = database.getConnection()) {
      real.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      PooledOnce pool = new PooledOnce(real, () -> { });
      pool.refuseAutoCommit.set(true);
      // when
      Either<StoreError, Engagement> replayed = JdbcEventStore.of(pool.dataSource, codec)
          .replay(Walks.id(id),
              (events, version) -> Engagement.replay(Walks.ARESO, events, version));
      // then: the refusal is the database's failure, and the isolation was put back all the same
      assertThat(replayed.getLeft()).isInstanceOf(StoreError.DatabaseFailure.class);
      assertThat(((StoreError.DatabaseFailure) replayed.getLeft()).sqlState()).isEqualTo("08003");
      pool.refuseAutoCommit.set(false);
      real.rollback();
      real.setAutoCommit(true);
      assertThat(real.getTransactionIsolation())
          .isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
    }
  }

  @Test
  void anAppendBetweenTheSummaryAndTheEventsIsNotSeenByThatReplay() throws Exception {
    // given: a walk of 4 stored, and a replay during which, once it has read the summary and
    // before it reads the events, another connection appends the fifth event and commits
    String id = fresh("between");
    appendWalk(id, 4);
    Accepted<Engagement, EngagementEvent> fifth =
        Walks.next(id, Option.some(Walks.walk(id, 4).state())).get();
    AtomicBoolean armed = new AtomicBoolean(true);
    ExecutorService writer = Executors.newSingleThreadExecutor();
    Either<StoreError, Engagement> replayed;
    Either<StoreError, Long> appended;
    try (Connection real = database.getConnection()) {
      AtomicReference<Either<StoreError, Long>> written = new AtomicReference<>();
      JdbcEventStore<EngagementEvent> pooled = JdbcEventStore.of(new PooledOnce(real, () -> {
        if (armed.getAndSet(false)) {
          try {
            written.set(writer.submit(() -> store.append(Walks.id(id), 4, fifth.events(),
                Walks.summaryOf(fifth.state()))).get(30, TimeUnit.SECONDS));
          } catch (Exception e) {
            throw new IllegalStateException("the append did not end while the replay read", e);
          }
        }
      }).dataSource, codec);
      // when
      replayed = pooled.replay(Walks.id(id),
          (events, version) -> Engagement.replay(Walks.ARESO, events, version));
      appended = written.get();
    } finally {
      writer.shutdownNow();
    }
    // then: the append went through, the replay saw the database as it was before it, whole,
    // and the next replay sees the fifth event
    assertThat(appended).isEqualTo(Either.right(5L));
    assertThat(replayed).isEqualTo(Either.right(Walks.walk(id, 4).state()));
    assertThat(store.replay(Walks.id(id),
        (events, version) -> Engagement.replay(Walks.ARESO, events, version)))
        .isEqualTo(Either.right(fifth.state()));
  }

  @Test
  void replayOfAnEngagementNeverStoredIsNotFound() {
    // given
    String id = fresh("unknown");
    // when
    Either<StoreError, Engagement> replayed = store.replay(Walks.id(id),
        (events, version) -> Engagement.replay(Walks.ARESO, events, version));
    // then
    assertThat(replayed).isEqualTo(Either.left(new StoreError.NotFound(Walks.id(id))));
  }

  @Test
  void anAppendOnAStaleOrFutureVersionIsATypedConflictAndWritesNothing() throws SQLException {
    // given
    String id = fresh("stale");
    Accepted<Engagement, EngagementEvent> walked = Walks.walk(id, 5);
    appendWalk(id, 3);
    Seq<String> before = rowsOf(id);
    // when
    var stale = store.append(Walks.id(id), 1, walked.events().slice(1, 3),
        Walks.summaryOf(Walks.walk(id, 3).state()));
    var ahead = store.append(Walks.id(id), 4, walked.events().drop(4),
        Walks.summaryOf(walked.state()));
    // then
    assertThat(stale).isEqualTo(Either.left(new StoreError.VersionConflict(Walks.id(id), 1, 3)));
    assertThat(ahead).isEqualTo(Either.left(new StoreError.VersionConflict(Walks.id(id), 4, 3)));
    assertThat(rowsOf(id)).isEqualTo(before);
    assertThat(outboxOf(id).map(Tuple2::_2)).containsExactly(1L, 2L, 3L);
  }

  @Test
  void theOutboxHoldsExactlyTheAppendedEventsInOrder() throws SQLException {
    // given
    String a = fresh("outbox-a");
    String b = fresh("outbox-b");
    Seq<Tuple2<String, Long>> before = outbox();
    Accepted<Engagement, EngagementEvent> a3 = Walks.walk(a, 3);
    Accepted<Engagement, EngagementEvent> b1 = Walks.walk(b, 1);
    Accepted<Engagement, EngagementEvent> a4 = Walks.walk(a, 4);
    // when
    store.append(Walks.id(a), 0, a3.events(), Walks.summaryOf(a3.state()));
    store.append(Walks.id(b), 0, b1.events(), Walks.summaryOf(b1.state()));
    store.append(Walks.id(a), 3, a4.events().drop(3), Walks.summaryOf(a4.state()));
    // then
    assertThat(outbox().removeAll(before)).containsExactly(Tuple.of(a, 1L), Tuple.of(a, 2L),
        Tuple.of(a, 3L), Tuple.of(b, 1L), Tuple.of(a, 4L));
    assertThat(query("SELECT o.type, o.schema_version, o.payload FROM areso_outbox o"
        + " WHERE o.engagement_id = '" + a + "' ORDER BY o.id",
        row -> row.getString(1) + " " + row.getInt(2) + " " + row.getString(3)))
        .isEqualTo(rowsOf(a).map(row -> row.substring(row.indexOf(' ') + 1)));
  }

  @Test
  void aCodecThatThrowsOnTheThirdEventLeavesNothing() throws SQLException {
    // given
    String id = fresh("codec-throws");
    Accepted<Engagement, EngagementEvent> walked = Walks.walk(id, 5);
    EventCodec<EngagementEvent> third = new EventCodec<>() {
      @Override
      public StoredEvent encode(EngagementEvent event) {
        if (event.version() == 3) {
          throw new IllegalStateException("cannot encode " + Walks.SECRET);
        }
        return codec.encode(event);
      }

      @Override
      public Either<StoreError.Undecodable, EngagementEvent> decode(StoredEvent row) {
        return codec.decode(row);
      }
    };
    // when
    var appended = JdbcEventStore.of(database, third)
        .append(Walks.id(id), 0, walked.events(), Walks.summaryOf(walked.state()));
    // then
    assertThat(appended).isEqualTo(Either.left(
        new StoreError.Unencodable(Walks.id(id), 3, "Qualified")));
    assertThat(rowsOf(id)).isEmpty();
    assertThat(outboxOf(id)).isEmpty();
    assertThat(store.summary(Walks.id(id))).isEqualTo(Either.right(Option.none()));
  }

  @Test
  void aSummaryTheDatabaseRefusesLeavesNothingOfTheAppend() throws SQLException {
    // given
    String id = fresh("summary-refused");
    appendWalk(id, 2);
    Seq<String> before = rowsOf(id);
    Accepted<Engagement, EngagementEvent> walked = Walks.walk(id, 5);
    EngagementSummary tooLong = new EngagementSummary(Walks.id(id), "areso", Option.none(),
        "S".repeat(65), 5, Option.none());
    // when
    var appended = store.append(Walks.id(id), 2, walked.events().drop(2), tooLong);
    // then
    assertThat(appended.getLeft()).isInstanceOf(StoreError.DatabaseFailure.class);
    assertThat(((StoreError.DatabaseFailure) appended.getLeft()).sqlState()).startsWith("22");
    assertThat(rowsOf(id)).isEqualTo(before);
    assertThat(outboxOf(id).map(Tuple2::_2)).containsExactly(1L, 2L);
    assertThat(store.summary(Walks.id(id)).get().get().version()).isEqualTo(2);
  }

  @Test
  void inTheHostsTransactionAConflictUndoesOnlyItsAppendAndTheHostCommits() throws Exception {
    // given
    String a = fresh("host-a");
    String b = fresh("host-b");
    Accepted<Engagement, EngagementEvent> walkedA = Walks.walk(a, 2);
    Accepted<Engagement, EngagementEvent> walkedB = Walks.walk(b, 1);
    // when
    Either<StoreError, Long> first;
    Either<StoreError, Long> conflicting;
    Either<StoreError, Long> second;
    try (Connection host = database.getConnection()) {
      host.setAutoCommit(false);
      first = store.append(host, Walks.id(a), 0, walkedA.events(),
          Walks.summaryOf(walkedA.state()));
      conflicting = store.append(host, Walks.id(a), 0, walkedA.events(),
          Walks.summaryOf(walkedA.state()));
      second = store.append(host, Walks.id(b), 0, walkedB.events(),
          Walks.summaryOf(walkedB.state()));
      host.commit();
    }
    // then
    assertThat(first).isEqualTo(Either.right(2L));
    assertThat(conflicting).isEqualTo(
        Either.left(new StoreError.VersionConflict(Walks.id(a), 0, 2)));
    assertThat(second).isEqualTo(Either.right(1L));
    assertThat(store.load(Walks.id(a))).isEqualTo(Either.right(walkedA.events()));
    assertThat(store.load(Walks.id(b))).isEqualTo(Either.right(walkedB.events()));
  }

  @Test
  void inTheHostsTransactionTheHostsRollbackLeavesNothing() throws Exception {
    // given
    String id = fresh("host-rollback");
    Accepted<Engagement, EngagementEvent> walked = Walks.walk(id, 3);
    // when
    Either<StoreError, Long> appended;
    try (Connection host = database.getConnection()) {
      host.setAutoCommit(false);
      appended = store.append(host, Walks.id(id), 0, walked.events(),
          Walks.summaryOf(walked.state()));
      host.rollback();
    }
    // then
    assertThat(appended).isEqualTo(Either.right(3L));
    assertThat(rowsOf(id)).isEmpty();
    assertThat(outboxOf(id)).isEmpty();
  }

  /** What 8 writers racing over engagements did: appends, conflicts, anything else. */
  private record Race(int appended, int conflicts, Seq<StoreError> others) { }

  /** 8 writers drive every engagement's walk to its end, each step decided on what it loaded. */
  private Race race(Seq<String> ids) throws Exception {
    AtomicInteger appended = new AtomicInteger();
    AtomicInteger conflicts = new AtomicInteger();
    ConcurrentLinkedQueue<StoreError> others = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      List<Future<?>> writers = List.range(0, WRITERS).map(w -> pool.submit(() -> {
        start.await();
        Seq<String> mine = ids.rotateLeft(w * ids.size() / WRITERS);
        for (int round = 0; round < 10_000 && others.isEmpty(); round++) {
          boolean allDone = true;
          for (String id : mine) {
            Seq<EngagementEvent> events = store.load(Walks.id(id)).get();
            if (events.size() == Walks.length()) {
              continue;
            }
            allDone = false;
            Option<Engagement> state = events.isEmpty() ? Option.none()
                : Option.some(Engagement.replay(Walks.ARESO, events, events.size()).get());
            Accepted<Engagement, EngagementEvent> next = Walks.next(id, state).get();
            Either<StoreError, Long> result = store.append(Walks.id(id), events.size(),
                next.events(), Walks.summaryOf(next.state()));
            if (result.isRight()) {
              appended.incrementAndGet();
            } else if (result.getLeft() instanceof StoreError.VersionConflict) {
              conflicts.incrementAndGet();
            } else {
              others.add(result.getLeft());
            }
          }
          if (allDone) {
            return null;
          }
        }
        return null;
      }));
      start.countDown();
      for (Future<?> writer : writers) {
        writer.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    return new Race(appended.get(), conflicts.get(), List.ofAll(others));
  }

  private void assertEveryWalkStoredOnce(Seq<String> ids, Race race) throws SQLException {
    assertThat(race.others()).isEmpty();
    assertThat(race.appended()).isEqualTo(ids.size() * Walks.length());
    for (String id : ids) {
      assertThat(store.load(Walks.id(id)))
          .isEqualTo(Either.right(Walks.walk(id, Walks.length()).events()));
      assertThat(outboxOf(id).map(Tuple2::_2))
          .isEqualTo(List.rangeClosed(1L, (long) Walks.length()));
    }
  }

  @Test
  void eightConcurrentWritersOnOneEngagementLoseAndDuplicateNothing() throws Exception {
    // given
    Seq<String> ids = List.of(fresh("race-one"));
    // when
    Race race = race(ids);
    // then
    assertEveryWalkStoredOnce(ids, race);
  }

  @Test
  void eightConcurrentWritersOnManyEngagementsLoseAndDuplicateNothing() throws Exception {
    // given
    Seq<String> ids = List.range(0, 12).map(i -> fresh("race-many"));
    // when
    Race race = race(ids);
    // then
    assertEveryWalkStoredOnce(ids, race);
  }

  /** Breaks version 2 of a stored walk of 3 with an SQL update, then loads it. */
  private Either<StoreError, Seq<EngagementEvent>> loadBroken(String id, String set,
      Object value) throws SQLException {
    appendWalk(id, 3);
    execute("UPDATE areso_event SET " + set + " WHERE engagement_id = ? AND version = 2", value,
        id);
    return store.load(Walks.id(id));
  }

  private void assertUndecodable(String id, Either<StoreError, Seq<EngagementEvent>> loaded,
      StoreError.Problem problem) throws SQLException {
    assertThat(loaded.getLeft()).isInstanceOfSatisfying(StoreError.Undecodable.class, error -> {
      assertThat(error.engagement()).isEqualTo(Walks.id(id));
      assertThat(error.version()).isEqualTo(2);
      assertThat(error.problem()).isEqualTo(problem);
    });
    assertThat(rowsOf(id)).hasSize(3);
    assertThat(outboxOf(id)).hasSize(3);
  }

  @Test
  void aRowThatIsNotAnEventObjectIsATypedErrorNamingItsEngagementAndVersion()
      throws SQLException {
    String id = fresh("broken-json");
    assertUndecodable(id, loadBroken(id, "payload = " + payloadParameter(), "[1, 2]"),
        StoreError.Problem.MALFORMED);
  }

  @Test
  void aRowOfAnUnknownTypeIsATypedError() throws SQLException {
    String id = fresh("broken-type");
    assertUndecodable(id, loadBroken(id, "type = ?", "NoSuchEvent"),
        StoreError.Problem.UNKNOWN_TYPE);
  }

  @Test
  void aRowOfAFutureSchemaVersionIsATypedError() throws SQLException {
    String id = fresh("broken-future");
    assertUndecodable(id, loadBroken(id, "schema_version = ?", 99),
        StoreError.Problem.FUTURE_SCHEMA_VERSION);
  }

  @Test
  void aRowMissingAFieldIsATypedError() throws SQLException {
    String id = fresh("broken-missing");
    assertUndecodable(id, loadBroken(id, "payload = " + payloadParameter(), "{\"other\": 1}"),
        StoreError.Problem.MISSING_FIELD);
  }

  @Test
  void aRowWithAOneMegabyteStringIsATypedError() throws SQLException {
    String id = fresh("broken-large");
    String large = "{\"key\": \"" + "x".repeat(1 << 20) + "\"}";
    assertUndecodable(id, loadBroken(id, "payload = " + payloadParameter(), large),
        StoreError.Problem.TOO_LARGE);
  }

  @Test
  void aCodecThatThrowsOnARowIsATypedError() throws SQLException {
    // given
    String id = fresh("broken-codec");
    appendWalk(id, 3);
    EventCodec<EngagementEvent> throwing = new EventCodec<>() {
      @Override
      public StoredEvent encode(EngagementEvent event) {
        return codec.encode(event);
      }

      @Override
      public Either<StoreError.Undecodable, EngagementEvent> decode(StoredEvent row) {
        if (row.version() == 2) {
          throw new IllegalArgumentException(row.payload());
        }
        return codec.decode(row);
      }
    };
    // when
    var loaded = JdbcEventStore.of(database, throwing).load(Walks.id(id));
    // then
    assertUndecodable(id, loaded, StoreError.Problem.CODEC_FAILED);
  }

  @Test
  void noLogLineShowsAPayloadOrAStructuresName() throws SQLException {
    // given
    assertThat(RecordingLogs.active()).isTrue();
    RecordingLogs.clear();
    String id = fresh("logs");
    Accepted<Engagement, EngagementEvent> walked = Walks.walk(id, 4);
    // when
    appendWalk(id, 3);
    store.append(Walks.id(id), 1, walked.events().drop(1), Walks.summaryOf(walked.state()));
    store.append(Walks.id(id), 3, walked.events().drop(3), new EngagementSummary(Walks.id(id),
        "areso", Option.some(Walks.SECRET), Walks.SECRET.repeat(5), 4, Option.none()));
    store.replay(Walks.id(id), (events, v) -> Engagement.replay(Walks.ARESO, events, v));
    loadBroken(fresh("logs-broken"), "type = ?", Walks.SECRET);
    // then
    Seq<RecordingLogs.Line> lines = RecordingLogs.lines()
        .filter(line -> line.logger().startsWith("org.areso"));
    assertThat(lines.map(RecordingLogs.Line::level)).contains(
        org.slf4j.event.Level.DEBUG, org.slf4j.event.Level.INFO, org.slf4j.event.Level.WARN);
    assertThat(lines).allSatisfy(line -> {
      assertThat(line.text()).doesNotContain(Walks.SECRET);
      assertThat(line.text()).doesNotContain("\"key\"");
    });
  }
}
