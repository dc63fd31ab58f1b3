package org.areso.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The store's contract on a real PostgreSQL server that the test run starts itself (see {@link
 * PostgresServer}): it fails when no server can be started.
 */
@ExtendWith(PostgresServer.Extension.class)
class PostgresEventStoreTest extends EventStoreContract {

  @Override
  DataSource newDatabase() throws Exception {
    return PostgresServer.Extension.current().newDatabase();
  }

  @Override
  String payloadParameter() {
    return "CAST(? AS JSONB)";
  }
}
