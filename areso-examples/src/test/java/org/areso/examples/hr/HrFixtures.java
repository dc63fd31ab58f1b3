package org.areso.examples.hr;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.areso.core.engagement.EngagementEvent;
import org.areso.jdbc.AresoSchema;
import org.areso.jdbc.JdbcEventStore;
import org.h2.jdbcx.JdbcDataSource;

/** Fresh databases and stores for the HR example's tests, and the day its stories start. */
final class HrFixtures {

  private HrFixtures() { }

  private static final AtomicInteger DATABASES = new AtomicInteger();

  static final LocalDateTime T0 = LocalDateTime.of(2024, 1, 8, 9, 0, 30, 123_456_789);
  static final LocalDate DAY = T0.toLocalDate();

  /** A fresh in-memory database, kept while the test JVM runs. */
  static String freshDatabase() {
    return "jdbc:h2:mem:hr-test-" + DATABASES.incrementAndGet()
        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
  }

  /** The data source of a database, not migrated. */
  static DataSource dataSource(String url) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(url);
    return dataSource;
  }

  /** A data source on a fresh in-memory database, migrated by {@link AresoSchema#migrate}. */
  static DataSource freshDataSource() {
    DataSource dataSource = dataSource(freshDatabase());
    if (AresoSchema.migrate(dataSource).isLeft()) {
      throw new IllegalStateException("the fresh database could not be migrated");
    }
    return dataSource;
  }

  /** A store on a fresh in-memory database. */
  static JdbcEventStore<EngagementEvent> freshStore() {
    return JdbcEventStore.of(freshDataSource());
  }
}
