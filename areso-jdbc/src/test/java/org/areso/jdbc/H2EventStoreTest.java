package org.areso.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

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
}
