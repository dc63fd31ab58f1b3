package org.areso.core.programme;

import io.vavr.collection.Seq;

/**
 * The one service a rule author implements to add programmes to Areso, found by
 * {@link java.util.ServiceLoader} through {@link ProgrammeCatalogue#discover()}. A programme
 * carries its eligibility policy ({@link Programme#policy()}), its charter, its formats and its
 * workflow, so adding a programme adds all of them: there is no other provider to write.
 *
 * <p>Declare the implementation in {@code module-info.java} with
 * {@code provides org.areso.core.programme.ProgrammeProvider with ...}, and in
 * {@code META-INF/services/org.areso.core.programme.ProgrammeProvider} for the class path.
 * Implementations need a public no-argument constructor and must be pure and thread-safe.
 */
public interface ProgrammeProvider {

  /**
   * The programmes this provider offers.
   *
   * @return the programmes, never null
   */
  Seq<Programme> programmes();
}
