/**
 * The rule author's test kit: eligibility cases written as a table (facts in, verdict and reason
 * codes out), run as JUnit 5 dynamic tests, with a report of the rules no case exercised.
 */
package org.areso.testkit.eligibility;
