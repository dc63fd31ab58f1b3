/**
 * Areso JDBC: an event store for engagements over a host's {@code javax.sql.DataSource}, with its
 * transactional outbox, its summary table and its Flyway migrations for H2 and PostgreSQL.
 *
 * <p>Flyway is optional: only {@link org.areso.jdbc.AresoSchema#migrate(javax.sql.DataSource)}
 * reads it, and a host that applies the migrations with its own Flyway needs none of it.
 */
module org.areso.jdbc {
  requires transitive org.areso.core;
  requires transitive org.areso.json;
  requires transitive java.sql;
  requires org.slf4j;
  // Flyway 13 ships no module name: its automatic module is named after its jar, flyway-core.
  requires static flyway.core;

  exports org.areso.jdbc;
  // Flyway, a host's or AresoSchema's, reads the migration scripts from outside this module.
  opens db.areso.h2;
  opens db.areso.postgresql;
}
