/**
 * An HR system storing engagements: each engagement's events kept by {@code areso-jdbc}'s event
 * store in their {@code areso-json} form, in an embedded SQL database (H2) the example starts and
 * migrates, appended with optimistic concurrency on the version and replayed on load.
 */
package org.areso.examples.hr;
