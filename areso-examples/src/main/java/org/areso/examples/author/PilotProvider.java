package org.areso.examples.author;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.PolicyProvider;
import org.areso.core.kernel.Reason;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeProvider;

/**
 * Provides {@link BretagnePilot} to both catalogues. A host declares it in its own
 * {@code module-info.java} ({@code provides org.areso.core.programme.ProgrammeProvider with
 * org.areso.examples.author.PilotProvider;} and the same for
 * {@code org.areso.core.eligibility.PolicyProvider}) and in {@code META-INF/services}; this example
 * declares it in its test resources only, so that the command line's catalogue stays the five
 * programmes of the seeds.
 */
public final class PilotProvider implements ProgrammeProvider, PolicyProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public PilotProvider() { }

  @Override
  public Seq<Programme> programmes() {
    return List.of(BretagnePilot.INSTANCE);
  }

  @Override
  public Seq<Validation<Seq<Reason>, Policy>> policies() {
    return List.of(BretagnePilot.builtPolicy());
  }
}
