package org.areso.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.areso.core.engagement.EngagementEvent;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The store's contract on H2, in memory. */
class H2EventStoreTest extends EventStoreContract {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Override
  DataSource newDatabase() {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL("jdbc:h2:mem:areso-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return source;
  }

  @Override
  String payloadParameter() {
    return "?";
  }

  @Test
  void aTableNamedInLowerCaseIsNotTheStoresAndTheSchemaIsMissing() throws Exception {
    // given: a host's table that H2 keeps as "areso_event", in lower case, where the store's SQL
    // names ARESO_EVENT (H2 folds unquoted names to upper case and answers 42S03, "not found,
    // candidates are ...")
    DataSource database = newDatabase();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE \"areso_event\" (id INTEGER PRIMARY KEY)");
    }
    // when
    Either<StoreError, Seq<EngagementEvent>> loaded =
        JdbcEventStore.of(database, JsonEventCodec.create()).load(Walks.id("lower-case"));
    // then
    assertThat(loaded).isEqualTo(Either.left(new StoreError.SchemaMissing("load", "42S03")));
  }
}
