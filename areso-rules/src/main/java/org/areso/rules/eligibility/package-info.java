/**
 * The eligibility policies of the five programmes of the catalogue — {@code areso},
 * {@code areso-social-2023}, {@code soreso}, {@code aura-dialogue-qvt} and
 * {@code workplace-social-service} — each rule cited, and the {@link
 * org.areso.core.eligibility.PolicyProvider} that makes them discoverable by identifier.
 */
package org.areso.rules.eligibility;
