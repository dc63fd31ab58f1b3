package org.areso.examples.spring;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import org.areso.jdbc.PostgresServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The API's scenarios on a real PostgreSQL 15 server that the test run starts itself with
 * {@code areso-jdbc}'s {@link PostgresServer} (Debian's package {@code postgresql}): the service
 * reaches a new database on it through Spring Boot's data source, configured by its URL, and
 * Boot's Flyway migrates it. The test fails, never skips, when no server can be started, unless
 * the system property {@code areso.postgres.skip} is {@code true}, as for {@code areso-jdbc}'s
 * tests (CI never sets it).
 *
 * <p>The service is stopped after the class ({@link DirtiesContext}), the server at the end of the
 * test run, after it.
 */
@ExtendWith(PostgresServiceTest.Database.class)
@DirtiesContext
class PostgresServiceTest extends ServiceScenarios {

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", () -> Database.url);
    registry.add("spring.datasource.username", () -> Database.user);
  }

  /**
   * Starts the server once for the test run (kept in JUnit's root store, which closes it at the
   * end) and creates the service's database on it, before Spring starts the service.
   */
  static final class Database implements BeforeAllCallback {

    static volatile String url;
    static volatile String user;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
      Assumptions.assumeFalse(Boolean.getBoolean("areso.postgres.skip"),
          "PostgreSQL tests skipped: areso.postgres.skip is set");
      PostgresServer server = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
          .computeIfAbsent(PostgresServer.class, key -> {
            try {
              return PostgresServer.start("fsync=off");
            } catch (Exception e) {
              throw new IllegalStateException("PostgreSQL could not be started", e);
            }
          }, PostgresServer.class);
      try (Connection connection = server.newDatabase().getConnection()) {
        DatabaseMetaData metaData = connection.getMetaData();
        url = metaData.getURL();
        user = metaData.getUserName();
      }
    }
  }
}
