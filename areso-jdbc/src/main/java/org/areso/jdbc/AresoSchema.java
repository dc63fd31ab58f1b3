package org.areso.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's tables — {@code areso_event}, {@code areso_outbox}, {@code areso_engagement_summary}
 * — as Flyway migrations in the jar, under {@code db/areso/h2} and {@code db/areso/postgresql}:
 * outside {@code db/migration}, the location Flyway and Spring Boot read by default and search
 * through its sub-folders, so that a host's own Flyway never finds them unasked.
 *
 * <p>{@link #migrate(DataSource)} applies them in one call, at start-up, on a database that holds
 * the host's own tables or none: it keeps its own history table, {@value #HISTORY_TABLE}, apart
 * from the host's, so that Areso's version numbers never meet the host's. It needs {@code
 * org.flywaydb:flyway-core} on the host's path (and {@code flyway-database-postgresql} for
 * PostgreSQL), which this module declares optional. A host whose Flyway has no migrations of its
 * own may instead give it the folder of its database ({@link #location(DataSource)}, for instance
 * {@code classpath:db/areso/postgresql}); one that has some keeps Areso's apart with {@code
 * migrate}, since both number their first migration 1.
 *
 * <p>Not instantiable; thread-safe.
 */
public final class AresoSchema {

  /** The table where {@link #migrate(DataSource)} records the migrations it applied. */
  public static final String HISTORY_TABLE = "areso_schema_history";

  private static final Logger LOG = LoggerFactory.getLogger(AresoSchema.class);

  private AresoSchema() { }

  /**
   * The folder of a database's migrations in the jar, as a Flyway location.
   *
   * @param dataSource the host's data source, not null
   * @return the location, such as {@code classpath:db/areso/postgresql}, or why the database
   *     is not supported or could not be reached; never null
   * @throws NullPointerException if dataSource is null (a programmer error)
   */
  public static Either<StoreError, String> location(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    try (Connection connection = dataSource.getConnection()) {
      String product = Dialect.product(connection);
      return Dialect.of(product)
          .<Either<StoreError, String>>map(d -> Either.right("classpath:db/areso/" + d.folder))
          .getOrElse(() -> Either.left(new StoreError.UnsupportedDatabase(product)));
    } catch (SQLException e) {
      return Either.left(JdbcEventStore.failure("migrate", Option.none(), e));
    }
  }

  /**
   * Applies the store's migrations for the database of a data source (H2 or PostgreSQL) with
   * Flyway, recording them in {@value #HISTORY_TABLE}; those already applied are left as they
   * are. The host's tables may already be there: on a schema that holds tables but no {@value
   * #HISTORY_TABLE}, the history starts at version 0 (a Flyway baseline) and every migration of
   * the store is applied.
   *
   * @param dataSource the host's data source, not null
   * @return the number of migrations applied now (0 when the schema is up to date), or why the
   *     database is not supported, could not be reached or refused a migration; never null
   * @throws NullPointerException if dataSource is null (a programmer error)
   * @throws NoClassDefFoundError if Flyway is not on the host's path (a deployment error)
   */
  public static Either<StoreError, Integer> migrate(DataSource dataSource) {
    return location(dataSource).flatMap(location -> {
      try {
        int applied = Flyway.configure(AresoSchema.class.getClassLoader())
            .dataSource(dataSource).locations(location).table(HISTORY_TABLE)
            .baselineOnMigrate(true).baselineVersion("0")
            .load().migrate().migrationsExecuted;
        LOG.info("Areso schema migrated from {}: {} migration(s) applied", location, applied);
        return Either.right(applied);
      } catch (FlywayException e) {
        Option<SQLException> cause = sqlCause(e);
        if (cause.isDefined()) {
          return Either.left(JdbcEventStore.failure("migrate", Option.none(), cause.get()));
        }
        LOG.warn("Areso schema migration from {} failed: {}", location,
            e.getClass().getSimpleName());
        return Either.left(new StoreError.DatabaseFailure(Option.none(), "migrate", "", 0));
      }
    });
  }

  /** The database's own error behind a Flyway failure, such as a table that exists already. */
  private static Option<SQLException> sqlCause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql) {
        return Option.some(sql);
      }
    }
    return Option.none();
  }
}
