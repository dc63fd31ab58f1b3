/**
 * JMH benchmarks of Areso side by side with what a user would write or pick instead: a hand-written
 * {@code if} chain and Easy Rules for eligibility, Spring Statemachine, stateless4j and
 * squirrel-foundation for the lifecycle, a plain loop for replay, jollyday for calendars. Results
 * and the exact command are in {@code docs/BENCHMARKS.md}. Never deployed.
 */
package org.areso.benchmarks;
