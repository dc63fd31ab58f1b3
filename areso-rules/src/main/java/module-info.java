/**
 * Areso rules: the programme catalogue and the French and Swiss legal data it cites.
 *
 * <p>Pure, like {@code org.areso.core}: no I/O, no clock. Exports the legal data and the
 * working-day calendars of France and Switzerland, and the eligibility policies of the five
 * programmes, provided to {@code PolicyCatalogue.discover()}, and the five programmes, provided to
 * {@code ProgrammeCatalogue.discover()}.
 */
module org.areso.rules {
  requires transitive org.areso.core;
  requires static org.immutables.value.annotations;

  exports org.areso.rules;
  exports org.areso.rules.calendar;
  exports org.areso.rules.eligibility;
  exports org.areso.rules.programme;

  provides org.areso.core.eligibility.PolicyProvider
      with org.areso.rules.eligibility.CataloguePolicies;
  provides org.areso.core.programme.ProgrammeProvider
      with org.areso.rules.programme.CatalogueProgrammes;
}
