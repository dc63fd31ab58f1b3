/**
 * An HR system storing engagements: the events of each engagement kept in an embedded SQL database
 * (H2), appended with optimistic concurrency on the version and replayed on load, with the codec
 * that turns every event into a stored text payload and back.
 */
package org.areso.examples.hr;
