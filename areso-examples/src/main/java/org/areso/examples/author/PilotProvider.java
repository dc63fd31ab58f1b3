package org.areso.examples.author;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeProvider;

/**
 * Provides {@link BretagnePilot} to the programme catalogue: the one service a rule author
 * implements, since the programme carries its eligibility policy, charter and formats. The
 * programme's policy is built from its policy file's text through
 * {@link org.areso.rules.text.PolicyText}, when the catalogue first asks for the programme. A host
 * declares it in its own {@code module-info.java} ({@code provides
 * org.areso.core.programme.ProgrammeProvider with org.areso.examples.author.PilotProvider;}) and in
 * {@code META-INF/services}; this example declares it in its test resources only, so that the
 * command line's catalogue stays the five programmes of the seeds.
 */
public final class PilotProvider implements ProgrammeProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public PilotProvider() { }

  @Override
  public Seq<Programme> programmes() {
    return List.of(BretagnePilot.INSTANCE);
  }
}
