/**
 * The eligibility engine (éligibilité): rules over a structure and a request's facts, each citing
 * its legal reference and period of validity, composed with all-of, any-of, not and labelled
 * derogations (default logic), evaluated to a three-valued {@link org.areso.core.eligibility.Decision}
 * that names every failed condition, every missing fact and explains itself in French and English.
 *
 * <p>Every type here is immutable and thread-safe. Missing data is a value, never an exception.
 */
@org.areso.core.kernel.AresoStyle
package org.areso.core.eligibility;
