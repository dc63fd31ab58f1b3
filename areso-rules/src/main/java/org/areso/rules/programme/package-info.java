/**
 * The five programmes of the catalogue as {@link org.areso.core.programme.Programme}s, found by
 * {@link org.areso.core.programme.ProgrammeCatalogue#discover()}: each with its eligibility policy,
 * its charter in its own words, its formats and their durations (the catalogue's formats are
 * {@link org.areso.rules.programme.Formats}), its contexts, the parties whose consent it requires,
 * its window and its follow-up delay; and the key indicators of the AURA cohort, computed from the
 * host's records ({@link org.areso.rules.programme.CohortIndicators}).
 *
 * <p>Every value here is immutable and thread-safe.
 */
package org.areso.rules.programme;
