/**
 * Eligibility policies written as text: a YAML policy file, read safely and compiled to the same
 * {@link org.areso.core.eligibility.Policy} a Java rule author builds, with every error of the file
 * reported at once, each with its line, column, stable code and French and English message.
 */
package org.areso.rules.text;
