/**
 * Areso rules: the programme catalogue and the French and Swiss legal data it cites.
 *
 * <p>Pure, like {@code org.areso.core}: no I/O, no clock. Exports the legal data and the
 * working-day calendars of France and Switzerland, the eligibility policies of the five
 * programmes, and the five programmes with their policies, charters, formats and workflows,
 * provided to {@code ProgrammeCatalogue.discover()}.
 */
module org.areso.rules {
  requires transitive org.areso.core;
  requires org.snakeyaml.engine;

  exports org.areso.rules;
  exports org.areso.rules.calendar;
  exports org.areso.rules.eligibility;
  exports org.areso.rules.programme;
  exports org.areso.rules.text;

  provides org.areso.core.programme.ProgrammeProvider
      with org.areso.rules.programme.CatalogueProgrammes;
}
