/**
 * Areso testkit: the eligibility case table, the lifecycle fixtures and the check of a family of
 * bundled reasons' messages, for the tests of hosts and
 * rule authors. Needs JUnit Jupiter's API only: the jqwik arbitraries are in
 * {@code areso-testkit-jqwik}, the purity rules in {@code areso-testkit-archunit}.
 */
module org.areso.testkit {
  requires transitive org.areso.core;
  requires transitive org.junit.jupiter.api;

  exports org.areso.testkit.eligibility;
  exports org.areso.testkit.lifecycle;
  exports org.areso.testkit.messages;
}
