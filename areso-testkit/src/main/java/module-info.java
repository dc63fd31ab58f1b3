/**
 * Areso testkit: what hosts and rule authors need to test code built on Areso — jqwik arbitraries
 * for Areso's values and the architecture rules that keep a rule module pure.
 */
module org.areso.testkit {
  requires transitive org.areso.core;
  requires transitive net.jqwik.api;
  requires transitive com.tngtech.archunit;
  requires transitive org.junit.jupiter.api;

  exports org.areso.testkit;
  exports org.areso.testkit.architecture;
  exports org.areso.testkit.eligibility;
  exports org.areso.testkit.lifecycle;
}
