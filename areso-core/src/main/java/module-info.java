/**
 * Areso core: the model of support engagements for social relations at work and its engines.
 *
 * <p>Pure: no file, network, database, clock or standard-stream access. Time and identifiers come
 * from the caller; results are immutable values.
 */
module org.areso.core {
  requires transitive io.vavr;
  requires static org.immutables.value.annotations;

  exports org.areso.core.kernel;
  exports org.areso.core.engagement;
  exports org.areso.core.ethics;
  exports org.areso.core.eligibility;
  exports org.areso.core.lifecycle;
  exports org.areso.core.planning;
  exports org.areso.core.programme;

  uses org.areso.core.programme.ProgrammeProvider;
}
