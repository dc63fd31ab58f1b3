/**
 * Areso's purity rules: the ArchUnit rules that keep areso-core and areso-rules free of I/O, for a
 * rule author's own modules.
 */
module org.areso.testkit.architecture {
  requires transitive com.tngtech.archunit;

  exports org.areso.testkit.architecture;
}
