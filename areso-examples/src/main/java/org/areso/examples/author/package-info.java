/**
 * A rule author's example: a new programme, {@code example-bretagne-pilot}, added through the
 * service-provider interfaces without touching Areso — its eligibility policy, its charter and its
 * {@link org.areso.core.programme.Programme}, provided by {@link
 * org.areso.examples.author.PilotProvider} and tested with a case table.
 */
package org.areso.examples.author;
