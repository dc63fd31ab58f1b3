package org.areso.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.areso.core.kernel.Reason;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeCatalogue;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The programmes the commands name with {@code --programme}. */
final class Catalogue {

  private Catalogue() { }

  /**
   * A programme {@link ProgrammeCatalogue#discover()} finds.
   *
   * @throws ParameterException for an unknown identifier, naming the known ones
   * @throws Failure for an invalid catalogue
   */
  static Programme programme(CommandSpec command, String id) {
    Validation<Seq<Reason>, ProgrammeCatalogue> catalogue = ProgrammeCatalogue.discover();
    if (catalogue.isInvalid()) {
      throw new Failure("invalid programme catalogue: "
          + catalogue.getError().map(Reason::code).mkString(", "));
    }
    return catalogue.get().programme(id).getOrElseThrow(() -> new ParameterException(
        command.commandLine(), "unknown programme '" + id + "'; known: "
            + catalogue.get().ids().mkString(", ")));
  }
}
