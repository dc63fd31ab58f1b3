/**
 * Programmes (dispositifs) as the engagement sees them: which parties must consent, which formats
 * are allowed, whether a pre-diagnosis is required, and the delays that make obligations due; and
 * the one service-provider interface a rule author implements, {@link
 * org.areso.core.programme.ProgrammeProvider}, found by {@link
 * org.areso.core.programme.ProgrammeCatalogue}. The catalogue of real programmes lives in
 * {@code areso-rules}.
 */
package org.areso.core.programme;
