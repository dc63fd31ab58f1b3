/**
 * A rule author's example: a new programme, {@code example-bretagne-pilot}, added through the one
 * service-provider interface without touching Areso — a {@link
 * org.areso.core.programme.Programme} carrying its eligibility policy (written as a policy file,
 * read with {@link org.areso.rules.text.PolicyText}), its charter and its formats, provided by
 * {@link org.areso.examples.author.PilotProvider} and tested with a case table; and the Java of
 * {@code docs/RULE-AUTHORS.md}, {@link org.areso.examples.author.RuleAuthors}.
 */
package org.areso.examples.author;
