package org.areso.examples.screen;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Supplier;
import org.areso.core.eligibility.Policy;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.core.kernel.Text;
import org.areso.examples.policy.PolicyFile;
import org.areso.rules.text.PolicyTextError;

/**
 * The {@code screen} command: {@code screen --programme ID|--policy FILE.yaml --date YYYY-MM-DD
 * [--lang fr|en] [--quiet] FILE.csv}.
 *
 * <p>{@code --programme} screens against a catalogue programme's policy; {@code --policy}, against a
 * draft policy file read with {@link org.areso.rules.text.PolicyText}, so that a rule author sees
 * what a policy would decide on a real export before it is a programme.
 *
 * <p>Writes the screening CSV to standard output. On standard error: a progress line every
 * {@value #PROGRESS_EVERY} rows, rewritten in place with a carriage return, then one summary line;
 * {@code --quiet} leaves them out. {@code --lang} is the language of these lines and of error
 * messages. Exit status: 0 when every row was screened, 1 when some row was {@code INVALID}, 2 for
 * a usage error, an unknown programme, an invalid programme catalogue, an unreadable file or header
 * (with a one-line message on standard error), or an invalid policy file (with one line per error,
 * {@code FILE:LINE:COL CODE message}).
 */
public final class ScreenCommand {

  /** The usage line. */
  public static final String USAGE =
      "usage: areso screen --programme ID|--policy FILE.yaml --date YYYY-MM-DD [--lang fr|en]"
          + " [--quiet] FILE.csv";
  /** How often progress is told, in rows. */
  public static final int PROGRESS_EVERY = 10_000;

  private ScreenCommand() {}

  /**
   * Runs the command.
   *
   * @param args the options and the file, after the word {@code screen}, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @param catalogue where programmes are looked up, such as
   *     {@link ProgrammeCatalogue#discover()}, not null
   * @return the exit status: 0, 1 or 2
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static int run(String[] args, PrintStream out, PrintStream err,
      Supplier<Validation<Seq<Reason>, ProgrammeCatalogue>> catalogue) {
    requireNonNull(args, "args");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    requireNonNull(catalogue, "catalogue");
    String programme = null;
    String policyFile = null;
    String date = null;
    String file = null;
    Language language = Language.FR;
    boolean quiet = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      boolean hasValue = i + 1 < args.length;
      if (arg.equals("--programme") && hasValue) {
        programme = args[++i];
      } else if (arg.equals("--policy") && hasValue) {
        policyFile = args[++i];
      } else if (arg.equals("--date") && hasValue) {
        date = args[++i];
      } else if (arg.equals("--lang") && hasValue) {
        String value = args[++i];
        if (value.equalsIgnoreCase("fr")) {
          language = Language.FR;
        } else if (value.equalsIgnoreCase("en")) {
          language = Language.EN;
        } else {
          return usage(err, "--lang takes fr or en, not '" + value + "'");
        }
      } else if (arg.equals("--quiet")) {
        quiet = true;
      } else if (arg.startsWith("--") || file != null) {
        return usage(err, "unexpected '" + arg + "'");
      } else {
        file = arg;
      }
    }
    if ((programme == null) == (policyFile == null) || date == null || file == null) {
      return usage(err, "--programme or --policy (one of them), --date and a file are required");
    }
    LocalDate requestDate;
    try {
      requestDate = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      return usage(err, "--date takes a date YYYY-MM-DD, not '" + date + "'");
    }
    Either<Integer, Policy> policy = programme != null
        ? programmePolicy(programme, catalogue, err, language)
        : draftPolicy(policyFile, err, language);
    if (policy.isLeft()) {
      return policy.getLeft();
    }
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      return fail(err, text(language, "fichier illisible : ", "cannot read file: ") + file);
    }
    return screen(Screening.of(policy.get(), requestDate), path, out, err, language, quiet);
  }

  /** A catalogue programme's policy, or the exit status when there is none. */
  private static Either<Integer, Policy> programmePolicy(String programme,
      Supplier<Validation<Seq<Reason>, ProgrammeCatalogue>> catalogue, PrintStream err,
      Language language) {
    Validation<Seq<Reason>, ProgrammeCatalogue> found = catalogue.get();
    if (found.isInvalid()) {
      return Either.left(fail(err, found.getError().map(r -> r.code() + " " + r.message(language))
          .mkString(text(language, "catalogue de programmes invalide : ",
              "invalid programme catalogue: "), "; ", "")));
    }
    Option<Policy> policy = found.get().programme(programme).map(Programme::policy);
    if (policy.isEmpty()) {
      return Either.left(fail(err, text(language,
          "programme inconnu « " + programme + " » ; connus : ",
          "unknown programme '" + programme + "'; known: ")
          + (found.get().ids().isEmpty() ? "-" : found.get().ids().mkString(", "))));
    }
    return Either.right(policy.get());
  }

  /** A draft policy file's policy, or the exit status when it cannot be read or is invalid. */
  private static Either<Integer, Policy> draftPolicy(String file, PrintStream err,
      Language language) {
    Either<Text, Validation<Seq<PolicyTextError>, Policy>> read = PolicyFile.policy(file);
    if (read.isLeft()) {
      return Either.left(fail(err, read.getLeft().in(language)));
    }
    if (read.get().isInvalid()) {
      read.get().getError().forEach(e -> err.println("areso screen: "
          + PolicyFile.line(file, e, language)));
      return Either.left(2);
    }
    return Either.right(read.get().get());
  }

  private static int screen(Screening screening, Path path, PrintStream out, PrintStream err,
      Language language, boolean quiet) {
    Either<ScreeningReason, Tally> result;
    boolean[] progressed = {false};
    try (Reader in = new InputStreamReader(Files.newInputStream(path),
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
          1 << 16);
      result = screening.screen(in, writer, rows -> {
        if (!quiet) {
          progressed[0] = true;
          err.print(text(language, "\rareso screen : " + rows + " lignes…",
              "\rareso screen: " + rows + " rows…"));
          err.flush();
        }
      }, PROGRESS_EVERY);
    } catch (IOException | SecurityException e) {
      if (progressed[0]) {
        err.println();
      }
      return fail(err, text(language, "fichier illisible : ", "cannot read file: ") + path
          + " (" + e.getClass().getSimpleName() + ")");
    }
    if (progressed[0]) {
      err.println();
    }
    if (result.isLeft()) {
      return fail(err, path + ": " + result.getLeft().code() + " "
          + result.getLeft().message(language));
    }
    Tally tally = result.get();
    if (!quiet) {
      err.println(text(language,
          "areso screen : " + tally.rows() + " lignes, " + tally.eligible() + " éligibles, "
              + tally.notEligible() + " non éligibles, " + tally.undetermined()
              + " indéterminées, " + tally.invalid() + " invalides",
          "areso screen: " + tally.rows() + " rows, " + tally.eligible() + " eligible, "
              + tally.notEligible() + " not eligible, " + tally.undetermined()
              + " undetermined, " + tally.invalid() + " invalid"));
    }
    return tally.invalid() > 0 ? 1 : 0;
  }

  private static String text(Language language, String fr, String en) {
    return language == Language.FR ? fr : en;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("areso screen: " + problem + "; " + USAGE);
    return 2;
  }

  private static int fail(PrintStream err, String message) {
    err.println("areso screen: " + message.replace('\n', ' ').replace('\r', ' '));
    return 2;
  }
}
