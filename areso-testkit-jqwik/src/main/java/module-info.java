/**
 * Areso's jqwik arbitraries: valid Areso values and hostile text for the property tests of hosts
 * and rule authors.
 */
module org.areso.testkit.jqwik {
  requires transitive org.areso.core;
  requires transitive net.jqwik.api;

  exports org.areso.testkit.jqwik;
}
