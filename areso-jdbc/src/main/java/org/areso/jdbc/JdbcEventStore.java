package org.areso.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.LocalDate;
import java.util.function.BiFunction;
import javax.sql.DataSource;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.kernel.EngagementId;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.lifecycle.LifecycleEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event store of engagements over a host's {@link DataSource}: each engagement's events keyed
 * by (engagement, version), appended with optimistic concurrency together with their outbox rows
 * and the engagement's summary in one transaction, then loaded in version order and replayed.
 *
 * <p>Every outcome is a value: an append another writer got to first is a {@link
 * StoreError.VersionConflict}, a database failure a {@link StoreError.DatabaseFailure}, a stored
 * row its codec cannot read a {@link StoreError.Undecodable} naming the engagement and version,
 * a database whose store tables were never made a {@link StoreError.SchemaMissing}, a database
 * other than H2 or PostgreSQL a {@link StoreError.UnsupportedDatabase}. Only a programmer error
 * (a null argument, events that do not follow the expected version) throws. All SQL is constant
 * and prepared; nothing a user typed becomes SQL.
 *
 * <p>It logs through SLF4J (logger {@code org.areso.jdbc.JdbcEventStore}): engagement ids,
 * versions, event types, counts and SQL states, never a payload, a structure's name or a
 * database's message.
 *
 * <p>The tables are those of {@link AresoSchema}; H2 and PostgreSQL are supported. Immutable and
 * thread-safe when its codec is: one store serves every thread of a host.
 *
 * @param <E> the event type, such as {@code org.areso.core.engagement.EngagementEvent}
 */
public final class JdbcEventStore<E extends LifecycleEvent<EngagementId>> {

  /**
   * The SQL states of a table that does not exist: H2's table not found (42S02), not found but
   * with names that differ only in case (42S03) and not found in an empty database (42S04),
   * PostgreSQL's undefined table (42P01).
   */
  private static final Set<String> MISSING_TABLE =
      HashSet.of("42S02", "42S03", "42S04", "42P01");

  private static final Logger LOG = LoggerFactory.getLogger(JdbcEventStore.class);
  private static final String UNIQUE_VIOLATION = "23505";

  private final DataSource dataSource;
  private final EventCodec<E> codec;

  private JdbcEventStore(DataSource dataSource, EventCodec<E> codec) {
    this.dataSource = dataSource;
    this.codec = codec;
  }

  /**
   * A store of Areso's engagement events over a data source, in their JSON form ({@link
   * JsonEventCodec#create()}).
   *
   * @param dataSource the host's data source, on a database migrated by {@link AresoSchema}, not
   *     null
   * @return the store, never null
   * @throws NullPointerException if dataSource is null (a programmer error)
   */
  public static JdbcEventStore<EngagementEvent> of(DataSource dataSource) {
    return of(dataSource, JsonEventCodec.create());
  }

  /**
   * A store over a data source, turning events into rows through a codec.
   *
   * @param <E> the event type
   * @param dataSource the host's data source, on a database migrated by {@link AresoSchema}, not
   *     null
   * @param codec the codec, not null
   * @return the store, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static <E extends LifecycleEvent<EngagementId>> JdbcEventStore<E> of(
      DataSource dataSource, EventCodec<E> codec) {
    return new JdbcEventStore<>(requireNonNull(dataSource, "dataSource"),
        requireNonNull(codec, "codec"));
  }

  /**
   * Appends an engagement's new events in a transaction of the store's own: the events, their
   * outbox rows in order and the engagement's summary, all or none.
   *
   * @param engagement the engagement, not null
   * @param expectedVersion the version the events were decided on (0 for a new engagement)
   * @param events the new events, oldest first, at versions {@code expectedVersion + 1} onwards,
   *     at least one, not null
   * @param summary the engagement's summary after the events, at their last version, not null
   * @return the engagement's new version, or why nothing was written; never null
   * @throws NullPointerException if an argument or an event is null (a programmer error)
   * @throws IllegalArgumentException if there is no event, or an event or the summary names
   *     another engagement or does not follow the expected version (a programmer error)
   */
  public Either<StoreError, Long> append(EngagementId engagement, long expectedVersion,
      Seq<? extends E> events, EngagementSummary summary) {
    checkAppend(engagement, expectedVersion, events, summary);
    try (Connection connection = dataSource.getConnection()) {
      return inOwnTransaction(connection, engagement, expectedVersion, events, summary);
    } catch (SQLException e) {
      return Either.left(failure("append", Option.some(engagement), e));
    }
  }

  /**
   * Appends an engagement's new events on a host's connection. When its auto-commit is off, the
   * append joins the host's transaction: a failure undoes this append alone (through a savepoint)
   * and the host commits or rolls back the whole. When auto-commit is on, the append runs in a
   * transaction of its own on that connection. The connection is left open.
   *
   * @param connection the host's connection, not null
   * @param engagement the engagement, not null
   * @param expectedVersion the version the events were decided on (0 for a new engagement)
   * @param events the new events, oldest first, at versions {@code expectedVersion + 1} onwards,
   *     at least one, not null
   * @param summary the engagement's summary after the events, at their last version, not null
   * @return the engagement's new version, or why nothing was written; never null
   * @throws NullPointerException if an argument or an event is null (a programmer error)
   * @throws IllegalArgumentException if there is no event, or an event or the summary names
   *     another engagement or does not follow the expected version (a programmer error)
   */
  public Either<StoreError, Long> append(Connection connection, EngagementId engagement,
      long expectedVersion, Seq<? extends E> events, EngagementSummary summary) {
    requireNonNull(connection, "connection");
    checkAppend(engagement, expectedVersion, events, summary);
    try {
      if (connection.getAutoCommit()) {
        return inOwnTransaction(connection, engagement, expectedVersion, events, summary);
      }
      Savepoint savepoint = connection.setSavepoint();
      try {
        Either<StoreError, Long> written =
            write(connection, engagement, expectedVersion, events, summary);
        if (written.isLeft()) {
          connection.rollback(savepoint);
        }
        return written;
      } catch (SQLException e) {
        connection.rollback(savepoint);
        return Either.left(refusal(connection, engagement, expectedVersion, e));
      }
    } catch (SQLException e) {
      return Either.left(failure("append", Option.some(engagement), e));
    }
  }

  /**
   * Loads an engagement's stored events in version order, each decoded by the codec.
   *
   * @param engagement the engagement, not null
   * @return the events (none for an engagement never stored), or the first row that cannot be
   *     read, or the database's failure; never null
   * @throws NullPointerException if engagement is null (a programmer error)
   */
  public Either<StoreError, Seq<E>> load(EngagementId engagement) {
    requireNonNull(engagement, "engagement");
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select = connection.prepareStatement(Dialect.SELECT_EVENTS)) {
      select.setString(1, engagement.value());
      Either<StoreError, Seq<E>> events = decode(rows(select, engagement));
      events.forEach(loaded -> LOG.debug("Loaded {} event(s) of engagement {}", loaded.size(),
          engagement));
      return events;
    } catch (SQLException e) {
      return Either.left(failure("load", Option.some(engagement), e));
    }
  }

  /**
   * An engagement's summary as last appended.
   *
   * @param engagement the engagement, not null
   * @return the summary, none for an engagement never stored, or the database's failure; never
   *     null
   * @throws NullPointerException if engagement is null (a programmer error)
   */
  public Either<StoreError, Option<EngagementSummary>> summary(EngagementId engagement) {
    requireNonNull(engagement, "engagement");
    try (Connection connection = dataSource.getConnection()) {
      return Either.right(summary(connection, engagement));
    } catch (SQLException e) {
      return Either.left(failure("summary", Option.some(engagement), e));
    }
  }

  /**
   * Rebuilds an engagement from its stored events through the aggregate's replay, checked against
   * the version its summary recorded: a truncated history (events deleted at its end), one
   * extended behind the store's back (rows written without their summary) or one that could not
   * have happened is refused. The summary and the events are read in one transaction that sees
   * the database as of its start, so that an append running meanwhile is seen whole or not at
   * all. For engagements:
   * {@code store.replay(id, (events, version) -> Engagement.replay(programme, events, version))}.
   *
   * @param <X> the aggregate's type
   * @param engagement the engagement, not null
   * @param replay the aggregate's replay, given the events oldest first and the version the
   *     summary recorded; not null
   * @return the aggregate, or {@link StoreError.NotFound}, {@link StoreError.HistoryRefused}, a
   *     row that cannot be read, {@link StoreError.SchemaMissing}, {@link
   *     StoreError.UnsupportedDatabase} or the database's failure; never null
   * @throws NullPointerException if an argument is null, or the replay returns null (a
   *     programmer error)
   */
  public <X> Either<StoreError, X> replay(EngagementId engagement,
      BiFunction<? super Seq<E>, Long, Either<HistoryError, X>> replay) {
    requireNonNull(engagement, "engagement");
    requireNonNull(replay, "replay");
    Seq<StoredEvent> rows;
    long recorded;
    try (Connection connection = dataSource.getConnection()) {
      Option<Dialect> dialect = Dialect.of(Dialect.product(connection));
      if (dialect.isEmpty()) {
        return Either.left(new StoreError.UnsupportedDatabase(Dialect.product(connection)));
      }
      Tuple2<Option<EngagementSummary>, Seq<StoredEvent>> read =
          inSnapshot(connection, dialect.get(), () -> Tuple.of(summary(connection, engagement),
              rows(connection, Dialect.SELECT_EVENTS, engagement)));
      recorded = read._1.map(EngagementSummary::version).getOrElse(0L);
      rows = read._2;
      if (read._1.isEmpty() && rows.isEmpty()) {
        return Either.left(new StoreError.NotFound(engagement));
      }
    } catch (SQLException e) {
      return Either.left(failure("replay", Option.some(engagement), e));
    }
    return decode(rows).flatMap(events -> {
      Either<HistoryError, X> replayed = requireNonNull(replay.apply(events, recorded), "replayed");
      if (replayed.isLeft()) {
        LOG.warn("History of engagement {} refused at version {}: {}", engagement, recorded,
            replayed.getLeft().code());
      }
      return replayed.mapLeft(error -> new StoreError.HistoryRefused(engagement, error));
    });
  }

  /** A read of the database that may throw. */
  @FunctionalInterface
  private interface Read<T> {
    T read() throws SQLException;
  }

  /**
   * Reads in one transaction that sees the database as of its start: an append, which writes its
   * events and the summary in one transaction, is seen whole or not at all. Whatever the read
   * throws, the transaction is rolled back; then the connection's auto-commit and its isolation
   * are put back as they were, each tried even when the other fails, so that a connection taken
   * from a pool goes back as it came. What the read threw is what propagates, with any failure of
   * the rollback or of a restore added to it as suppressed; a restore that fails after a read that
   * succeeded is thrown.
   */
  private static <T> T inSnapshot(Connection connection, Dialect dialect, Read<T> read)
      throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    int isolation = connection.getTransactionIsolation();
    connection.setTransactionIsolation(dialect.snapshotIsolation);
    Throwable failure = null;
    try {
      connection.setAutoCommit(false);
      T value = read.read();
      connection.commit();
      return value;
    } catch (Throwable t) {
      failure = t;
      try {
        connection.rollback();
      } catch (SQLException e) {
        t.addSuppressed(e);
      }
      throw t;
    } finally {
      SQLException restoring = null;
      try {
        connection.setAutoCommit(autoCommit);
      } catch (SQLException e) {
        restoring = e;
      }
      try {
        connection.setTransactionIsolation(isolation);
      } catch (SQLException e) {
        if (restoring == null) {
          restoring = e;
        } else {
          restoring.addSuppressed(e);
        }
      }
      if (restoring != null) {
        if (failure == null) {
          throw restoring;
        }
        failure.addSuppressed(restoring);
      }
    }
  }

  /** The rows a query of an engagement's events gives. */
  private Seq<StoredEvent> rows(Connection connection, String sql, EngagementId engagement)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql)) {
      select.setString(1, engagement.value());
      return rows(select, engagement);
    }
  }

  private void checkAppend(EngagementId engagement, long expectedVersion,
      Seq<? extends E> events, EngagementSummary summary) {
    requireNonNull(engagement, "engagement");
    requireNonNull(events, "events");
    requireNonNull(summary, "summary");
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative");
    }
    if (events.isEmpty()) {
      throw new IllegalArgumentException("no event to append");
    }
    long version = expectedVersion;
    for (E event : events) {
      requireNonNull(event, "event");
      version++;
      if (!event.subject().equals(engagement) || event.version() != version) {
        throw new IllegalArgumentException("event " + event.getClass().getSimpleName()
            + " at version " + event.version() + " of engagement " + event.subject()
            + " does not follow version " + (version - 1) + " of engagement " + engagement);
      }
    }
    if (!summary.engagement().equals(engagement) || summary.version() != version) {
      throw new IllegalArgumentException("the summary is not that of engagement " + engagement
          + " at version " + version);
    }
  }

  private Either<StoreError, Long> inOwnTransaction(Connection connection,
      EngagementId engagement, long expectedVersion, Seq<? extends E> events,
      EngagementSummary summary) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    try {
      Either<StoreError, Long> written =
          write(connection, engagement, expectedVersion, events, summary);
      if (written.isRight()) {
        connection.commit();
      } else {
        connection.rollback();
      }
      return written;
    } catch (SQLException e) {
      connection.rollback();
      StoreError refusal = refusal(connection, engagement, expectedVersion, e);
      connection.rollback();
      return Either.left(refusal);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }

  /** Writes the events, their outbox rows and the summary; the caller commits or rolls back. */
  private Either<StoreError, Long> write(Connection connection, EngagementId engagement,
      long expectedVersion, Seq<? extends E> events, EngagementSummary summary)
      throws SQLException {
    Option<Dialect> dialect = Dialect.of(Dialect.product(connection));
    if (dialect.isEmpty()) {
      return Either.left(new StoreError.UnsupportedDatabase(Dialect.product(connection)));
    }
    Either<StoreError, Seq<StoredEvent>> encoded = encode(engagement, events);
    if (encoded.isLeft()) {
      return Either.left(encoded.getLeft());
    }
    long actual = currentVersion(connection, engagement);
    if (actual != expectedVersion) {
      return Either.left(conflict(engagement, expectedVersion, actual));
    }
    insert(connection, dialect.get().insertEvent, encoded.get());
    insert(connection, dialect.get().insertOutbox, encoded.get());
    writeSummary(connection, summary);
    long version = expectedVersion + events.size();
    LOG.debug("Appended {} event(s) to engagement {} at versions {} to {}: {}", events.size(),
        engagement, expectedVersion + 1, version, encoded.get().map(StoredEvent::type));
    return Either.right(version);
  }

  private Either<StoreError, Seq<StoredEvent>> encode(EngagementId engagement,
      Seq<? extends E> events) {
    List<StoredEvent> rows = List.empty();
    for (E event : events) {
      StoredEvent row;
      try {
        row = codec.encode(event);
      } catch (RuntimeException e) {
        row = null;
      }
      if (row == null || !row.engagement().equals(engagement)
          || row.version() != event.version()) {
        String type = event.getClass().getSimpleName();
        LOG.warn("The codec could not encode event {} of engagement {} ({}): nothing written",
            event.version(), engagement, type);
        return Either.left(new StoreError.Unencodable(engagement, event.version(), type));
      }
      rows = rows.prepend(row);
    }
    return Either.right(rows.reverse());
  }

  private static void insert(Connection connection, String sql, Seq<StoredEvent> rows)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      for (StoredEvent row : rows) {
        insert.setString(1, row.engagement().value());
        insert.setLong(2, row.version());
        insert.setString(3, row.type());
        insert.setInt(4, row.schemaVersion());
        insert.setString(5, row.payload());
        insert.executeUpdate();
      }
    }
  }

  private static void writeSummary(Connection connection, EngagementSummary summary)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(Dialect.UPDATE_SUMMARY)) {
      bindSummary(update, summary);
      if (update.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement insert = connection.prepareStatement(Dialect.INSERT_SUMMARY)) {
      bindSummary(insert, summary);
      insert.executeUpdate();
    }
  }

  private static void bindSummary(PreparedStatement statement, EngagementSummary summary)
      throws SQLException {
    statement.setString(1, summary.programme());
    statement.setString(2, summary.structure().getOrNull());
    statement.setString(3, summary.stage());
    statement.setLong(4, summary.version());
    if (summary.nextObligation().isDefined()) {
      statement.setObject(5, summary.nextObligation().get());
    } else {
      statement.setNull(5, Types.DATE);
    }
    statement.setString(6, summary.engagement().value());
  }

  private static Option<EngagementSummary> summary(Connection connection,
      EngagementId engagement) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(Dialect.SELECT_SUMMARY)) {
      select.setString(1, engagement.value());
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Option.none();
        }
        return Option.some(new EngagementSummary(engagement, row.getString(1),
            Option.of(row.getString(2)), row.getString(3), row.getLong(4),
            Option.of(row.getObject(5, LocalDate.class))));
      }
    }
  }

  private static long currentVersion(Connection connection, EngagementId engagement)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(Dialect.CURRENT_VERSION)) {
      select.setString(1, engagement.value());
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private static Seq<StoredEvent> rows(PreparedStatement select, EngagementId engagement)
      throws SQLException {
    List<StoredEvent> rows = List.empty();
    try (ResultSet row = select.executeQuery()) {
      while (row.next()) {
        rows = rows.prepend(new StoredEvent(engagement, row.getLong(1), row.getString(2),
            row.getInt(3), row.getString(4)));
      }
    }
    return rows.reverse();
  }

  private Either<StoreError, Seq<E>> decode(Seq<StoredEvent> rows) {
    List<E> events = List.empty();
    for (StoredEvent row : rows) {
      Either<StoreError.Undecodable, E> decoded = decode(row);
      if (decoded.isLeft()) {
        StoreError.Undecodable error = decoded.getLeft();
        // The row's type is stored text, possibly hostile: it is not logged.
        LOG.warn("Stored event {} of engagement {} cannot be read: {}", row.version(),
            row.engagement(), error.problem());
        return Either.left(error);
      }
      events = events.prepend(decoded.get());
    }
    return Either.right(events.reverse());
  }

  private Either<StoreError.Undecodable, E> decode(StoredEvent row) {
    Either<StoreError.Undecodable, E> decoded;
    try {
      decoded = codec.decode(row);
    } catch (RuntimeException e) {
      return Either.left(row.undecodable(StoreError.Problem.CODEC_FAILED,
          "the codec threw " + e.getClass().getName()));
    }
    if (decoded == null) {
      return Either.left(row.undecodable(StoreError.Problem.CODEC_FAILED,
          "the codec answered null"));
    }
    return decoded.flatMap(event -> event.subject().equals(row.engagement())
        && event.version() == row.version()
        ? Either.right(event)
        : Either.left(row.undecodable(StoreError.Problem.MISMATCH,
            "the event decoded is version " + event.version() + " of engagement "
                + event.subject())));
  }

  /** Why an append failed: a conflict when another writer took the version, else a failure. */
  private static StoreError refusal(Connection connection, EngagementId engagement,
      long expectedVersion, SQLException e) {
    if (!isUniqueViolation(e)) {
      return failure("append", Option.some(engagement), e);
    }
    try {
      return conflict(engagement, expectedVersion, currentVersion(connection, engagement));
    } catch (SQLException again) {
      return failure("append", Option.some(engagement), again);
    }
  }

  private static StoreError conflict(EngagementId engagement, long expected, long actual) {
    LOG.info("Version conflict on engagement {}: expected version {}, stored {}", engagement,
        expected, actual);
    return new StoreError.VersionConflict(engagement, expected, actual);
  }

  private static boolean isUniqueViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  static StoreError failure(String operation, Option<EngagementId> engagement, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (MISSING_TABLE.contains(state) && !operation.equals("migrate")) {
      LOG.warn("The store's tables are missing during {} of engagement {}: SQL state {}; apply"
          + " its migrations (AresoSchema.migrate)", operation,
          engagement.map(EngagementId::value).getOrElse("-"), state);
      return new StoreError.SchemaMissing(operation, state);
    }
    LOG.warn("Database failure during {} of engagement {}: SQL state {}, code {}", operation,
        engagement.map(EngagementId::value).getOrElse("-"), state, e.getErrorCode());
    return new StoreError.DatabaseFailure(engagement, operation, state, e.getErrorCode());
  }
}
