package org.areso.core.programme;

import io.vavr.collection.Seq;

/**
 * A source of programmes, found by {@link java.util.ServiceLoader}: a rule author adds a programme
 * by implementing this interface and declaring it (in {@code module-info.java} with
 * {@code provides org.areso.core.programme.ProgrammeProvider with ...}, and in
 * {@code META-INF/services/org.areso.core.programme.ProgrammeProvider} for the class path).
 *
 * <p>Implementations need a public no-argument constructor and must be thread-safe.
 */
public interface ProgrammeProvider {

  /**
   * The programmes this provider offers.
   *
   * @return the programmes, never null
   */
  Seq<Programme> programmes();
}
