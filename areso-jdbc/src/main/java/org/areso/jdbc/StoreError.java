package org.areso.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.areso.core.kernel.BundledReason;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.ReasonMessages;
import org.areso.core.lifecycle.HistoryError;

/**
 * Why the store could not do what was asked: a typed {@link BundledReason} with a stable
 * {@link #code()}, never an exception, and a message in French, English, German or Italian from
 * this module's bundles ({@code org/areso/jdbc/errors*.properties}, keyed by the code). None of
 * them quotes a payload or a database's message (which may quote a row).
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface StoreError extends BundledReason {

  /**
   * A stable code for the kind of error, such as {@code VERSION_CONFLICT}.
   *
   * @return the code, never null
   */
  @Override
  String code();

  /**
   * {@inheritDoc}
   *
   * <p>This module's bundles, {@code org/areso/jdbc/errors*.properties}.
   */
  @Override
  default ReasonMessages messages() {
    return StoreMessages.MESSAGES;
  }

  /** What is wrong with a stored row that a codec cannot read. */
  enum Problem {
    /** The text is not JSON, or not the JSON of an event. */
    MALFORMED,
    /** The type name is none the codec knows. */
    UNKNOWN_TYPE,
    /** The schema version is newer than the codec's (written by a later release). */
    FUTURE_SCHEMA_VERSION,
    /** The schema version is older than the codec's, and no upcaster turns it into the current. */
    NO_UPCASTER,
    /** A field the event needs is missing. */
    MISSING_FIELD,
    /** A field holds a value the event refuses. */
    INVALID_VALUE,
    /** A value is larger than the codec reads. */
    TOO_LARGE,
    /** The decoded event names another engagement, version or type than its row. */
    MISMATCH,
    /** The codec threw instead of answering (a defect of the codec). */
    CODEC_FAILED
  }

  /**
   * Another writer appended to the engagement since the version the caller read: nothing was
   * written; reload, handle the command again and retry. With {@code expected} 0, the caller
   * started an engagement that exists already: its message says so, and retrying does not help.
   *
   * @param engagement the engagement, not null
   * @param expected the version the caller expected
   * @param actual the version stored when the append was refused
   */
  record VersionConflict(EngagementId engagement, long expected, long actual)
      implements StoreError {
    /** Creates the error. @throws NullPointerException if engagement is null */
    public VersionConflict {
      requireNonNull(engagement, "engagement");
    }

    @Override
    public String code() {
      return "VERSION_CONFLICT";
    }

    /**
     * The engagement, the versions expected and stored, and 1 when none was expected (a start of
     * an engagement that exists), 0 otherwise.
     *
     * @return the arguments, never null
     */
    @Override
    public Seq<?> arguments() {
      return List.of(engagement, expected, actual, expected == 0 ? 1 : 0);
    }
  }

  /**
   * A stored row that cannot be read: nothing stored is changed.
   *
   * @param engagement the row's engagement, not null
   * @param version the row's version
   * @param type the row's type name, not null
   * @param problem what is wrong, not null
   * @param detail what a developer needs to find it (a field's name, a size), never the payload's
   *     values; not null
   */
  record Undecodable(EngagementId engagement, long version, String type, Problem problem,
      String detail) implements StoreError {
    /** Creates the error. @throws NullPointerException if an argument is null */
    public Undecodable {
      requireNonNull(engagement, "engagement");
      requireNonNull(type, "type");
      requireNonNull(problem, "problem");
      requireNonNull(detail, "detail");
    }

    @Override
    public String code() {
      return "ROW_UNDECODABLE";
    }

    /** The engagement, the event's version and the problem; the type and detail are left out. */
    @Override
    public Seq<?> arguments() {
      return List.of(engagement, version, problem);
    }
  }

  /**
   * The codec could not encode an event (it threw, or gave the row of another engagement or
   * version): nothing was written.
   *
   * @param engagement the engagement, not null
   * @param version the event's version
   * @param type the event's class name, not null
   */
  record Unencodable(EngagementId engagement, long version, String type) implements StoreError {
    /** Creates the error. @throws NullPointerException if an argument is null */
    public Unencodable {
      requireNonNull(engagement, "engagement");
      requireNonNull(type, "type");
    }

    @Override
    public String code() {
      return "EVENT_UNENCODABLE";
    }

    /** The engagement and the event's version. */
    @Override
    public Seq<?> arguments() {
      return List.of(engagement, version);
    }
  }

  /**
   * The stored history could not have happened, or does not end at the version the summary
   * recorded (a truncated history, or events added behind the store's back).
   *
   * @param engagement the engagement, not null
   * @param error why the replay refused it, not null
   */
  record HistoryRefused(EngagementId engagement, HistoryError error) implements StoreError {
    /** Creates the error. @throws NullPointerException if an argument is null */
    public HistoryRefused {
      requireNonNull(engagement, "engagement");
      requireNonNull(error, "error");
    }

    @Override
    public String code() {
      return "HISTORY_REFUSED";
    }
  }

  /**
   * No event and no summary is stored for the engagement.
   *
   * @param engagement the engagement, not null
   */
  record NotFound(EngagementId engagement) implements StoreError {
    /** Creates the error. @throws NullPointerException if engagement is null */
    public NotFound {
      requireNonNull(engagement, "engagement");
    }

    @Override
    public String code() {
      return "ENGAGEMENT_NOT_FOUND";
    }
  }

  /**
   * The database failed: unreachable, a constraint refused a value, a timeout. Nothing was
   * written. The database's message is left out, since it may quote a row; its state and code
   * say what happened.
   *
   * @param engagement the engagement concerned, if any; not null
   * @param operation what the store was doing ({@code append}, {@code load}, {@code replay},
   *     {@code migrate}), not null
   * @param sqlState the SQL state the driver reported, empty when none; not null
   * @param vendorCode the database's own error code (0 when none)
   */
  record DatabaseFailure(Option<EngagementId> engagement, String operation, String sqlState,
      int vendorCode) implements StoreError {
    /** Creates the error. @throws NullPointerException if an argument is null */
    public DatabaseFailure {
      requireNonNull(engagement, "engagement");
      requireNonNull(operation, "operation");
      requireNonNull(sqlState, "sqlState");
    }

    @Override
    public String code() {
      return "DATABASE_FAILURE";
    }

    /** The operation, the SQL state, and 1 for an append (nothing was stored), 0 otherwise. */
    @Override
    public Seq<?> arguments() {
      return List.of(operation, sqlState, appending(operation));
    }
  }

  /**
   * The store's tables are not in the database: its migrations were never applied there. Nothing
   * was written. Apply them before the store's first use, with {@link AresoSchema#migrate} or the
   * host's Flyway given {@link AresoSchema#location}.
   *
   * @param operation what the store was doing ({@code append}, {@code load}, {@code replay},
   *     {@code summary}), not null
   * @param sqlState the SQL state of the missing table the driver reported ({@code 42S02},
   *     {@code 42S03} or {@code 42S04} on H2, {@code 42P01} on PostgreSQL), not null
   */
  record SchemaMissing(String operation, String sqlState) implements StoreError {
    /** Creates the error. @throws NullPointerException if an argument is null */
    public SchemaMissing {
      requireNonNull(operation, "operation");
      requireNonNull(sqlState, "sqlState");
    }

    @Override
    public String code() {
      return "SCHEMA_MISSING";
    }

    /** The operation, the SQL state, and 1 for an append (nothing was stored), 0 otherwise. */
    @Override
    public Seq<?> arguments() {
      return List.of(operation, sqlState, appending(operation));
    }
  }

  /**
   * A database the store has no migrations for: only H2 and PostgreSQL are supported.
   *
   * @param product the database's product name as its driver says it, not null
   */
  record UnsupportedDatabase(String product) implements StoreError {
    /** Creates the error. @throws NullPointerException if product is null */
    public UnsupportedDatabase {
      requireNonNull(product, "product");
    }

    @Override
    public String code() {
      return "DATABASE_UNSUPPORTED";
    }
  }

  /** 1 when the operation was an append, whose transaction wrote nothing; 0 for a read. */
  private static int appending(String operation) {
    return operation.equals("append") ? 1 : 0;
  }
}
