/**
 * Areso's command line: {@code areso demo}, {@code diagram}, {@code screen}, {@code policy check}
 * and {@code policy test}, {@code generate-screening}, {@code measure-screening}, {@code hr} and
 * {@code vocabulary}, read by picocli and run by the programs of {@code org.areso.examples}. It
 * exports nothing: it is run, as a runnable jar or with {@code java -m org.areso.cli}.
 */
module org.areso.cli {
  requires org.areso.examples;
  requires org.areso.core;
  requires info.picocli;

  // picocli sets the commands' annotated fields and creates the version provider reflectively.
  opens org.areso.cli to info.picocli;
}
