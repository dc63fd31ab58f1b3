package org.areso.rules.programme;

import io.vavr.collection.Seq;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeProvider;

/**
 * Provides the five {@link Programmes} to
 * {@link org.areso.core.programme.ProgrammeCatalogue#discover()}. Thread-safe.
 */
public final class CatalogueProgrammes implements ProgrammeProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public CatalogueProgrammes() { }

  /** The five programmes, in the order of their seeds. */
  @Override
  public Seq<Programme> programmes() {
    return Programmes.all();
  }
}
