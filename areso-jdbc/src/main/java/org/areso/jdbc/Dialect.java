package org.areso.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The SQL of the two databases the store supports, all of it constant: H2 stores the payload as
 * text, PostgreSQL as JSONB (the parameter cast to it).
 */
enum Dialect {
  // H2's repeatable read lets rows committed since appear (phantoms); its serializable level
  // reads from one snapshot. PostgreSQL's repeatable read is a snapshot of the transaction.
  H2("h2", "?", Connection.TRANSACTION_SERIALIZABLE),
  POSTGRESQL("postgresql", "CAST(? AS JSONB)", Connection.TRANSACTION_REPEATABLE_READ);

  /** The migrations' folder under {@code db/areso}. */
  final String folder;
  final String insertEvent;
  final String insertOutbox;
  /** The isolation level at which a read-only transaction reads from one snapshot. */
  final int snapshotIsolation;

  Dialect(String folder, String payloadParameter, int snapshotIsolation) {
    this.folder = folder;
    this.snapshotIsolation = snapshotIsolation;
    this.insertEvent = "INSERT INTO areso_event"
        + " (engagement_id, version, type, schema_version, payload) VALUES (?, ?, ?, ?, "
        + payloadParameter + ")";
    this.insertOutbox = "INSERT INTO areso_outbox"
        + " (engagement_id, version, type, schema_version, payload) VALUES (?, ?, ?, ?, "
        + payloadParameter + ")";
  }

  static final String CURRENT_VERSION =
      "SELECT MAX(version) FROM areso_event WHERE engagement_id = ?";
  static final String SELECT_EVENTS = "SELECT version, type, schema_version, payload"
      + " FROM areso_event WHERE engagement_id = ? ORDER BY version";
  static final String UPDATE_SUMMARY = "UPDATE areso_engagement_summary SET programme = ?,"
      + " structure = ?, stage = ?, version = ?, next_obligation = ?,"
      + " updated_at = CURRENT_TIMESTAMP WHERE engagement_id = ?";
  static final String INSERT_SUMMARY = "INSERT INTO areso_engagement_summary"
      + " (programme, structure, stage, version, next_obligation, engagement_id)"
      + " VALUES (?, ?, ?, ?, ?, ?)";
  static final String SELECT_SUMMARY = "SELECT programme, structure, stage, version,"
      + " next_obligation FROM areso_engagement_summary WHERE engagement_id = ?";

  /** The dialect of a connection's database, if it is one the store supports. */
  static io.vavr.control.Option<Dialect> of(String product) {
    if (product.equalsIgnoreCase("H2")) {
      return io.vavr.control.Option.some(H2);
    }
    if (product.equalsIgnoreCase("PostgreSQL")) {
      return io.vavr.control.Option.some(POSTGRESQL);
    }
    return io.vavr.control.Option.none();
  }

  /** The product name a connection's driver reports. */
  static String product(Connection connection) throws SQLException {
    return connection.getMetaData().getDatabaseProductName();
  }
}
