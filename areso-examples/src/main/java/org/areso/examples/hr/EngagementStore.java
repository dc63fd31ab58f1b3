package org.areso.examples.hr;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.kernel.EngagementId;
import org.areso.core.programme.Programme;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The events of engagements kept in an SQL database (H2 in this example) that the host starts:
 * one row per event in the table {@code events}, whose primary key {@code (engagement_id, version)}
 * lets one writer only take each version.
 *
 * <p>{@link #append} is optimistic: a writer handles a command on the version it loaded and appends
 * the events that follow it, in one transaction; if another writer appended first, the append is
 * refused with a {@link StoreError.Conflict} and none of its events remain. {@link #load} replays
 * the stored events through {@link Engagement#replay}. Every outcome is a value: no
 * {@link SQLException} leaves this class, and no payload (which may hold sensitive values) is ever
 * logged. Each call opens its own connection, so one store is safe to share between threads.
 */
public final class EngagementStore {

  private static final Logger LOG = LoggerFactory.getLogger(EngagementStore.class);

  /** The SQL state of a unique or primary key violation (SQL:2003, H2, PostgreSQL). */
  private static final String DUPLICATE_KEY = "23505";

  private static final String SCHEMA = """
      CREATE TABLE IF NOT EXISTS events (
        engagement_id VARCHAR(128) NOT NULL,
        version BIGINT NOT NULL,
        type VARCHAR(64) NOT NULL,
        schema_version INT NOT NULL,
        payload CHARACTER LARGE OBJECT NOT NULL,
        recorded_at TIMESTAMP NOT NULL,
        CONSTRAINT events_pk PRIMARY KEY (engagement_id, version),
        CONSTRAINT events_version_positive CHECK (version > 0)
      )""";

  /** What a test may do between the inserts of one append, to fail in the middle of it. */
  @FunctionalInterface
  interface AfterInsert {
    void inserted(EngagementEvent event) throws SQLException;
  }

  private final String url;
  private final Clock clock;
  private final AfterInsert afterInsert;

  private EngagementStore(String url, Clock clock, AfterInsert afterInsert) {
    this.url = url;
    this.clock = clock;
    this.afterInsert = afterInsert;
  }

  /**
   * Opens the store at a JDBC URL chosen by the host, creating the {@code events} table if it is
   * missing; with H2, {@code jdbc:h2:mem:hr;DB_CLOSE_DELAY=-1} keeps an in-memory database for the
   * life of the process and {@code jdbc:h2:./target/hr} keeps a file.
   *
   * @param url the JDBC URL, not null
   * @param clock the clock that dates each row's {@code recorded_at}, not null
   * @return the store, or {@link StoreError.Unavailable} if the database cannot be reached
   * @throws NullPointerException if an argument is null
   */
  public static Either<StoreError, EngagementStore> open(String url, Clock clock) {
    return open(url, clock, event -> { });
  }

  static Either<StoreError, EngagementStore> open(String url, Clock clock,
      AfterInsert afterInsert) {
    requireNonNull(url, "url");
    requireNonNull(clock, "clock");
    requireNonNull(afterInsert, "afterInsert");
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(SCHEMA);
      return Either.right(new EngagementStore(url, clock, afterInsert));
    } catch (SQLException e) {
      return Either.left(unavailable(e));
    }
  }

  /**
   * Appends the events a writer decided from {@code expectedVersion}, in one transaction.
   *
   * @param engagement the engagement, not null
   * @param expectedVersion the version the writer loaded and decided from (0 for a new engagement)
   * @param events the events, numbered {@code expectedVersion + 1} onwards, not null, not empty
   * @return the new last version; or {@link StoreError.Conflict} if another writer appended
   *     first, {@link StoreError.InvalidAppend} if the events do not follow
   *     {@code expectedVersion} one by one for this engagement, {@link StoreError.Unavailable} if
   *     the database failed; in each of those cases nothing of this append is stored
   * @throws NullPointerException if an argument is null
   */
  public Either<StoreError, Long> append(EngagementId engagement, long expectedVersion,
      Seq<? extends EngagementEvent> events) {
    requireNonNull(engagement, "engagement");
    requireNonNull(events, "events");
    if (events.isEmpty() || !events.zipWithIndex().forAll(t -> t._1.engagement().equals(engagement)
        && t._1.version() == expectedVersion + 1 + t._2)) {
      return Either.left(new StoreError.InvalidAppend(engagement, expectedVersion));
    }
    try (Connection connection = DriverManager.getConnection(url)) {
      connection.setAutoCommit(false);
      try {
        long last = lastVersion(connection, engagement);
        if (last != expectedVersion) {
          connection.rollback();
          return Either.left(new StoreError.Conflict(engagement, expectedVersion, last));
        }
        insert(connection, events);
        connection.commit();
        long version = events.last().version();
        LOG.debug("engagement {}: {} event(s) appended, now at version {}", engagement,
            events.size(), version);
        return Either.right(version);
      } catch (SQLException e) {
        connection.rollback();
        if (DUPLICATE_KEY.equals(e.getSQLState())) {
          return Either.left(new StoreError.Conflict(engagement, expectedVersion,
              expectedVersion + 1));
        }
        LOG.warn("engagement {}: append rolled back, SQL state {}", engagement, e.getSQLState());
        return Either.left(unavailable(e));
      }
    } catch (SQLException e) {
      return Either.left(unavailable(e));
    }
  }

  /**
   * The stored events of an engagement, in version order, each read back and checked against its
   * row.
   *
   * @param engagement the engagement, not null
   * @return the events; or {@link StoreError.UnknownEngagement} if none is stored,
   *     {@link StoreError.Tampered} if a row cannot be read back as written,
   *     {@link StoreError.Unavailable} if the database failed
   * @throws NullPointerException if engagement is null
   */
  public Either<StoreError, Seq<EngagementEvent>> events(EngagementId engagement) {
    requireNonNull(engagement, "engagement");
    Seq<EngagementEvent> events = List.empty();
    try (Connection connection = DriverManager.getConnection(url);
        PreparedStatement select = connection.prepareStatement(
            "SELECT version, type, schema_version, payload FROM events"
                + " WHERE engagement_id = ? ORDER BY version")) {
      select.setString(1, engagement.value());
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          long version = rows.getLong(1);
          String type = rows.getString(2);
          int schemaVersion = rows.getInt(3);
          Either<String, EngagementEvent> read = EventCodec.decode(rows.getString(4))
              .flatMap(e -> !e.engagement().equals(engagement) ? Either.left("ENGAGEMENT_MISMATCH")
                  : e.version() != version ? Either.left("VERSION_MISMATCH")
                  : !EventCodec.type(e).equals(type) ? Either.left("TYPE_MISMATCH")
                  : e.schemaVersion() != schemaVersion ? Either.left("SCHEMA_VERSION_MISMATCH")
                  : Either.right(e));
          if (read.isLeft()) {
            return Either.left(new StoreError.Tampered(engagement, version, read.getLeft()));
          }
          events = events.append(read.get());
        }
      }
    } catch (SQLException e) {
      return Either.left(unavailable(e));
    }
    return events.isEmpty()
        ? Either.left(new StoreError.UnknownEngagement(engagement))
        : Either.right(events);
  }

  /**
   * Loads an engagement: its stored events replayed under its programme.
   *
   * @param programme the programme the engagement runs under, not null
   * @param engagement the engagement, not null
   * @return the engagement as of its last stored event; or the errors of {@link #events}, or
   *     {@link StoreError.InvalidHistory} if the events do not replay (a gap, a forbidden event,
   *     another programme). This example keeps no version apart from the events themselves, so it
   *     expects the version of the last row it reads and cannot see rows deleted at the end; a
   *     store that records each engagement's version elsewhere passes that one instead.
   * @throws NullPointerException if an argument is null
   */
  public Either<StoreError, Engagement> load(Programme programme, EngagementId engagement) {
    requireNonNull(programme, "programme");
    return events(engagement).flatMap(events -> Engagement.replay(programme, events,
            events.last().version())
        .mapLeft(cause -> new StoreError.InvalidHistory(engagement, cause)));
  }

  private static long lastVersion(Connection connection, EngagementId engagement)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT COALESCE(MAX(version), 0) FROM events WHERE engagement_id = ?")) {
      select.setString(1, engagement.value());
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private void insert(Connection connection, Seq<? extends EngagementEvent> events)
      throws SQLException {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now(clock));
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO events (engagement_id, version, type, schema_version, payload, recorded_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (EngagementEvent event : events) {
        insert.setString(1, event.engagement().value());
        insert.setLong(2, event.version());
        insert.setString(3, EventCodec.type(event));
        insert.setInt(4, event.schemaVersion());
        insert.setString(5, EventCodec.encode(event));
        insert.setTimestamp(6, now);
        insert.executeUpdate();
        afterInsert.inserted(event);
      }
    }
  }

  private static StoreError unavailable(SQLException e) {
    return new StoreError.Unavailable(e.getSQLState() == null ? "" : e.getSQLState());
  }
}
