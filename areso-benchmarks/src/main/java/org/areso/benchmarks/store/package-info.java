/**
 * A measure of {@code areso-jdbc}'s event store on a real PostgreSQL server, run by hand and never
 * in the build: appends per second with one and eight writers, bytes per event, rows per
 * engagement. docs/SCALING.md has the command and a run.
 */
package org.areso.benchmarks.store;
