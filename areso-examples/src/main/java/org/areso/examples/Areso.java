package org.areso.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.areso.core.kernel.Reason;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.core.kernel.Language;
import org.areso.examples.hr.HrIntegration;
import org.areso.examples.policy.PolicyCommand;
import org.areso.examples.screen.ScreenCommand;
import org.areso.examples.screen.ScreeningGenerator;

/**
 * The command line of the examples, run by the {@code ./areso} launcher at the repository root.
 *
 * <p>Commands: {@code demo} (the whole story of one engagement under a programme),
 * {@code diagram} (a programme's engagement lifecycle as Mermaid), {@code screen} (bulk
 * eligibility screening of a CSV export, see {@link ScreenCommand}), {@code policy} (checks a
 * policy file and runs a case table against it, see {@link PolicyCommand}),
 * {@code generate-screening} (a
 * CSV to screen, see {@link ScreeningGenerator}), {@code hr} (an HR system storing engagements
 * in an embedded H2 database, see {@link HrIntegration}) and {@code vocabulary} (the kernel's
 * values and reasons). Exit status: 0 on success, 1 when {@code screen} met rows it could
 * not read or {@code policy} found errors or failed cases, 2 for a usage error (with a one-line message on standard error).
 */
public final class Areso {

  private Areso() {}

  /**
   * Runs a command: {@code demo [--lang fr|en] [--programme ID]}, {@code diagram --programme ID},
   * {@code screen ...}, {@code policy check|test ...}, {@code generate-screening ...} or {@code vocabulary [--lang fr|en]}.
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
          ProgrammeCatalogue::discover);
    }
    if (args.length > 0 && args[0].equals("policy")) {
      return PolicyCommand.run(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals("generate-screening")) {
      return ScreeningGenerator.run(Arrays.copyOfRange(args, 1, args.length), err);
    }
    if (args.length > 0 && args[0].equals("measure-screening")) {
      return org.areso.examples.screen.ScreeningMeasure.run(
          Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals("hr")) {
      if (args.length > 2) {
        err.println("usage: areso hr [JDBC-URL]");
        return 2;
      }
      return HrIntegration.run(args.length == 2 ? args[1] : HrIntegration.DEFAULT_URL, out);
    }
    if (args.length > 0 && args[0].equals("diagram")) {
      return diagram(Arrays.copyOfRange(args, 1, args.length), out, err);
    }
    if (args.length > 0 && args[0].equals("vocabulary")) {
      Option<Language> language = languageOf(Arrays.copyOfRange(args, 1, args.length), err,
          "vocabulary");
      language.forEach(l -> new KernelDemo(out, l).run());
      return language.isDefined() ? 0 : 2;
    }
    if (args.length == 0 || !args[0].equals("demo")) {
      err.println("usage: areso demo [--lang fr|en] [--programme ID] | areso diagram --programme ID"
          + " | areso screen ... | areso policy check|test ... | areso generate-screening ..."
          + " | areso hr [JDBC-URL]"
          + " | areso vocabulary [--lang fr|en]");
      return 2;
    }
    Language language = Language.FR;
    String programmeId = "areso-social-2023";
    String[] options = Arrays.copyOfRange(args, 1, args.length);
    for (int i = 0; i < options.length; i++) {
      if (options[i].equals("--lang") && i + 1 < options.length) {
        Option<Language> parsed = language(options[++i]);
        if (parsed.isEmpty()) {
          err.println("areso demo: --lang takes fr or en, not '" + options[i] + "'");
          return 2;
        }
        language = parsed.get();
      } else if (options[i].equals("--programme") && i + 1 < options.length) {
        programmeId = options[++i];
      } else {
        err.println("areso demo: unknown option '" + options[i]
            + "'; usage: areso demo [--lang fr|en] [--programme ID]");
        return 2;
      }
    }
    Option<Programme> programme = programme(programmeId, err, "demo");
    if (programme.isEmpty()) {
      return 2;
    }
    new EngagementDemo(out, language, programme.get()).run();
    return 0;
  }

  private static int diagram(String[] options, PrintStream out, PrintStream err) {
    if (options.length != 2 || !options[0].equals("--programme")) {
      err.println("usage: areso diagram --programme ID");
      return 2;
    }
    Option<Programme> programme = programme(options[1], err, "diagram");
    programme.forEach(p -> out.print(Diagrams.of(p)));
    return programme.isDefined() ? 0 : 2;
  }

  private static Option<Programme> programme(String id, PrintStream err, String command) {
    Validation<Seq<Reason>, ProgrammeCatalogue> catalogue = ProgrammeCatalogue.discover();
    if (catalogue.isInvalid()) {
      err.println("areso " + command + ": invalid programme catalogue: "
          + catalogue.getError().map(Reason::code).mkString(", "));
      return Option.none();
    }
    Option<Programme> found = catalogue.get().programme(id);
    if (found.isEmpty()) {
      err.println("areso " + command + ": unknown programme '" + id + "'; known: "
          + catalogue.get().ids().mkString(", "));
    }
    return found;
  }

  private static Option<Language> language(String value) {
    return value.equalsIgnoreCase("fr") ? Option.of(Language.FR)
        : value.equalsIgnoreCase("en") ? Option.of(Language.EN) : Option.none();
  }

  private static Option<Language> languageOf(String[] options, PrintStream err, String command) {
    if (options.length == 0) {
      return Option.of(Language.FR);
    }
    if (options.length == 2 && options[0].equals("--lang") && language(options[1]).isDefined()) {
      return language(options[1]);
    }
    err.println("usage: areso " + command + " [--lang fr|en]");
    return Option.none();
  }
}
