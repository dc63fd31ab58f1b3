package org.areso.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Where the store's migrations stand in the jar, as a host's own Flyway finds them: a host that
 * adds {@code areso-jdbc} to an application whose Flyway reads its own migrations from the default
 * location must not be handed Areso's, two of them with the same version.
 */
class AresoSchemaTest {

  private static DataSource h2(String name) {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return source;
  }

  @Test
  void aHostsFlywayReadingTheDefaultLocationFindsNoneOfAresosMigrations() {
    // given: Flyway's and Spring Boot's default location, and areso-jdbc on the class path
    Flyway host = Flyway.configure().dataSource(h2("host-default"))
        .locations("classpath:db/migration").load();
    // when
    var found = host.info().all();
    // then
    assertThat(found).isEmpty();
    assertThat(host.migrate().migrationsExecuted).isZero();
  }

  @Test
  void theLocationOfADatabaseIsItsOwnFolderOfTheJar() {
    assertThat(AresoSchema.location(h2("location"))).isEqualTo(Either.right("classpath:db/areso/h2"));
  }

  @Test
  void aHostsFlywayGivenTheLocationAppliesTheStoresOneMigration() {
    // given
    DataSource database = h2("host-location");
    Flyway host = Flyway.configure().dataSource(database)
        .locations(AresoSchema.location(database).get()).load();
    // when
    int applied = host.migrate().migrationsExecuted;
    // then
    assertThat(applied).isEqualTo(1);
    assertThat(host.info().current().getDescription()).isEqualTo("areso events");
  }
}
