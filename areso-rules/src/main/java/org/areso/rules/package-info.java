/**
 * The legal data Areso's programmes cite: the items of CASF article L.312-1 I, the FINESS
 * establishment categories and the CASF item each falls under, and the funders of social
 * establishments, French State budget programmes first.
 *
 * <p>Everything here is constant data, immutable and thread-safe. Where the wording or a mapping
 * was not checked against the official text, the {@link org.areso.core.kernel.LegalReference} or
 * the entry says so; nothing unverified is dropped.
 */
package org.areso.rules;
