/**
 * The event store over a host's {@code DataSource}: {@link org.areso.jdbc.JdbcEventStore} appends
 * an engagement's events with optimistic concurrency, their outbox rows and its summary in one
 * transaction, and loads and replays them; {@link org.areso.jdbc.EventCodec} is how events become
 * rows; {@link org.areso.jdbc.AresoSchema} applies the tables' migrations.
 */
package org.areso.jdbc;
