/**
 * A rule author's example: a new programme, {@code example-bretagne-pilot}, added through the one
 * service-provider interface without touching Areso — a {@link
 * org.areso.core.programme.Programme} carrying its eligibility policy, its charter and its
 * formats, provided by {@link org.areso.examples.author.PilotProvider} and tested with a case
 * table.
 */
package org.areso.examples.author;
