/**
 * Areso examples: runnable programs and integration examples. The only Areso module with I/O.
 */
module org.areso.examples {
  requires org.areso.rules;
  requires org.slf4j;
  requires java.sql;
  requires java.management;
}
