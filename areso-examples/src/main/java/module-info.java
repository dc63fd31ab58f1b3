/**
 * Areso examples: runnable programs and integration examples. The only Areso module with I/O.
 * Its programs are run by {@code org.areso.cli}, the command line, and by no one else: they are
 * exported to it alone (which the examples, built first, cannot see: hence the suppressed warning).
 */
@SuppressWarnings("module")
module org.areso.examples {
  requires org.areso.rules;
  // `areso policy test` runs a rule author's case table with the testkit's CaseTable.check.
  requires org.areso.testkit;
  requires org.areso.json;
  requires org.areso.jdbc;
  requires org.slf4j;
  requires java.sql;
  requires java.management;
  requires jdk.management;
  // The HR example's embedded database, and the Flyway that migrates it (through areso-jdbc's
  // AresoSchema, which requires it statically): Flyway 13 ships no module name.
  requires com.h2database;
  requires flyway.core;

  exports org.areso.examples to org.areso.cli;
  exports org.areso.examples.hr to org.areso.cli;
  exports org.areso.examples.policy to org.areso.cli;
  exports org.areso.examples.screen to org.areso.cli;
}
