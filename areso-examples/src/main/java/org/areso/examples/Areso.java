package org.areso.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.areso.core.eligibility.PolicyCatalogue;
import org.areso.core.kernel.Language;
import org.areso.examples.screen.ScreenCommand;
import org.areso.examples.screen.ScreeningGenerator;

/**
 * The command line of the examples, run by the {@code ./areso} launcher at the repository root.
 *
 * <p>Commands: {@code demo}, {@code screen} (bulk eligibility screening of a CSV export, see
 * {@link ScreenCommand}) and {@code generate-screening} (a CSV to screen, see
 * {@link ScreeningGenerator}). Exit status: 0 on success, 1 when {@code screen} met rows it could
 * not read, 2 for a usage error (with a one-line message on standard error).
 */
public final class Areso {

  private Areso() {}

  /**
   * Runs a command: {@code demo [--lang fr|en]}, {@code screen ...} or
   * {@code generate-screening ...}.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length > 0 && args[0].equals("screen")) {
      return ScreenCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err,
          PolicyCatalogue::discover);
    }
    if (args.length > 0 && args[0].equals("generate-screening")) {
      return ScreeningGenerator.run(Arrays.copyOfRange(args, 1, args.length), err);
    }
    if (args.length == 0 || !args[0].equals("demo")) {
      err.println("usage: areso demo [--lang fr|en] | areso screen ... | "
          + "areso generate-screening ...");
      return 2;
    }
    Language language = Language.FR;
    String[] options = Arrays.copyOfRange(args, 1, args.length);
    for (int i = 0; i < options.length; i++) {
      if (options[i].equals("--lang") && i + 1 < options.length) {
        String value = options[++i];
        if (value.equalsIgnoreCase("fr")) {
          language = Language.FR;
        } else if (value.equalsIgnoreCase("en")) {
          language = Language.EN;
        } else {
          err.println("areso demo: --lang takes fr or en, not '" + value + "'");
          return 2;
        }
      } else {
        err.println("areso demo: unknown option '" + options[i] + "'; usage: areso demo [--lang fr|en]");
        return 2;
      }
    }
    new KernelDemo(out, language).run();
    return 0;
  }
}
