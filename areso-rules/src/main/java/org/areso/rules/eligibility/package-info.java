/**
 * The eligibility policies of the five programmes of the catalogue — {@code areso},
 * {@code areso-social-2023}, {@code soreso}, {@code aura-dialogue-qvt} and
 * {@code workplace-social-service} — each rule cited. Each is its programme's
 * {@link org.areso.core.programme.Programme#policy()}, found by identifier through
 * {@link org.areso.core.programme.ProgrammeCatalogue}. The rules are written in the policy files
 * {@code org/areso/rules/policies/<id>.yaml} packaged in this module, their single source.
 */
package org.areso.rules.eligibility;
