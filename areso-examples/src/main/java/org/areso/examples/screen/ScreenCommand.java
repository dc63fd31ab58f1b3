package org.areso.examples.screen;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
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
import java.time.LocalDate;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.areso.core.eligibility.Policy;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Reason;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.core.kernel.Text;
import org.areso.examples.Input;
import org.areso.examples.policy.PolicyFile;
import org.areso.rules.text.PolicyTexts;

/**
 * The {@code screen} command, once {@code areso-cli} has read its arguments: screens a CSV export
 * against a catalogue programme's policy, or against a draft policy file read with
 * {@link org.areso.rules.text.PolicyText}, so that a rule author sees what a policy would decide on
 * a real export before it is a programme.
 *
 * <p>Writes the screening CSV to standard output. On standard error, as {@link Report} asks: a
 * progress line every {@value #PROGRESS_EVERY} rows, rewritten in place with a carriage return
 * (with the share of the input read when its size is known), then one summary line. The language
 * is that of these lines and of error messages. Exit status: 0 when every row was screened, 1 when
 * some row was {@code INVALID}, 2 for an unknown programme, an invalid programme catalogue, an
 * unreadable file or header (with a one-line message on standard error), a policy file whose
 * {@code valid} period does not hold the request date (one line too), or an invalid policy file
 * (with one line per error, {@code FILE:LINE:COL CODE message}).
 */
public final class ScreenCommand {

  /** How often progress is told, in rows. */
  public static final int PROGRESS_EVERY = 10_000;

  /** What goes to standard error besides errors. */
  public enum Report {
    /** Nothing. */
    QUIET,
    /** The summary line at the end. */
    SUMMARY,
    /** The progress lines, for a person at a terminal, then the summary line. */
    PROGRESS
  }

  /**
   * What to screen, and how to tell it.
   *
   * @param policy a catalogue programme's identifier (left) or a draft policy file (right)
   * @param date the request date of every row
   * @param csv the CSV export to screen
   * @param language the locale of standard error's lines: French, English, German or Italian
   * @param report what goes to standard error besides errors
   */
  public record Request(Either<String, Input> policy, LocalDate date, Input csv,
      Locale language, Report report) {

    /**
     * Checks that nothing is null.
     *
     * @throws NullPointerException if an argument is null (a programmer error)
     */
    public Request {
      requireNonNull(policy, "policy");
      requireNonNull(date, "date");
      requireNonNull(csv, "csv");
      requireNonNull(language, "language");
      requireNonNull(report, "report");
    }
  }

  private ScreenCommand() {}

  /**
   * Runs the command.
   *
   * @param request what to screen, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @param catalogue where programmes are looked up, such as
   *     {@link ProgrammeCatalogue#discover()}, not null
   * @return the exit status: 0, 1 or 2
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static int run(Request request, PrintStream out, PrintStream err,
      Supplier<Validation<Seq<Reason>, ProgrammeCatalogue>> catalogue) {
    requireNonNull(request, "request");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    requireNonNull(catalogue, "catalogue");
    Locale language = request.language();
    Either<Integer, Policy> policy = request.policy().fold(
        programme -> programmePolicy(programme, catalogue, err, language),
        file -> draftPolicy(file, request.date(), err, language));
    if (policy.isLeft()) {
      return policy.getLeft();
    }
    return screen(Screening.of(policy.get(), request.date()), request, out, err);
  }

  /** A catalogue programme's policy, or the exit status when there is none. */
  private static Either<Integer, Policy> programmePolicy(String programme,
      Supplier<Validation<Seq<Reason>, ProgrammeCatalogue>> catalogue, PrintStream err,
      Locale language) {
    Validation<Seq<Reason>, ProgrammeCatalogue> found = catalogue.get();
    if (found.isInvalid()) {
      return Either.left(fail(err, found.getError().map(r -> r.code() + " " + r.message(language))
          .mkString(Text.of("catalogue de programmes invalide : ", "invalid programme catalogue: ",
              "ungültiger Programmkatalog: ", "catalogo dei programmi non valido: ")
              .in(language), "; ", "")));
    }
    Option<Policy> policy = found.get().programme(programme).map(Programme::policy);
    if (policy.isEmpty()) {
      return Either.left(fail(err, Text.of(
          "programme inconnu « " + programme + " » ; connus : ",
          "unknown programme '" + programme + "'; known: ",
          "unbekanntes Programm «" + programme + "»; bekannt: ",
          "programma sconosciuto «" + programme + "»; noti: ").in(language)
          + (found.get().ids().isEmpty() ? "-" : found.get().ids().mkString(", "))));
    }
    return Either.right(policy.get());
  }

  /**
   * A draft policy file's policy, or the exit status when it cannot be read, is invalid, or does
   * not decide the requests of the date: a file's {@code valid: {from, to}} is the request dates
   * this version of the policy decides, as {@link PolicyTexts} reads it.
   */
  private static Either<Integer, Policy> draftPolicy(Input file, LocalDate date,
      PrintStream err, Locale language) {
    Either<Text, String> text = PolicyFile.text(file);
    if (text.isLeft()) {
      return Either.left(fail(err, text.getLeft().in(language)));
    }
    Validation<Seq<PolicyTexts.TextError>, PolicyTexts> read =
        PolicyTexts.of(LinkedHashMap.of(file.name(), text.get()));
    if (read.isInvalid()) {
      read.getError().forEach(e -> err.println("areso screen: "
          + PolicyFile.line(file.name(), e.error(), language)));
      return Either.left(2);
    }
    PolicyTexts texts = read.get();
    return texts.policy(texts.ids().head(), date).toEither(() -> fail(err,
        outside(file.name(), texts.validity(file.name()).get(), date).in(language)));
  }

  /** Why a file does not decide the requests of a date, in each language. */
  private static Text outside(String file, DateWindow valid, LocalDate date) {
    String from = valid.start().toString();
    String to = valid.end().toString();
    return Text.of(
        file + " décide des demandes du " + from + " au " + to + " (valid) ; --date " + date
            + " est en dehors : choisissez une date de cette période, ou changez valid",
        file + " decides the requests of " + from + " to " + to + " (valid); --date " + date
            + " is outside it: choose a date in that period, or change valid",
        file + " entscheidet die Anträge vom " + from + " bis " + to + " (valid); --date " + date
            + " liegt ausserhalb: ein Datum in diesem Zeitraum wählen, oder valid ändern",
        file + " decide le domande dal " + from + " al " + to + " (valid); --date " + date
            + " è fuori: scegliere una data in quel periodo, oppure modificare valid");
  }

  private static int screen(Screening screening, Request request, PrintStream out,
      PrintStream err) {
    Locale language = request.language();
    Input csv = request.csv();
    OptionalLong size = request.report() == Report.PROGRESS ? csv.size() : OptionalLong.empty();
    Either<ScreeningReason, Tally> result;
    boolean[] progressed = {false};
    try (CountingInputStream bytes = new CountingInputStream(csv.open());
        Reader in = new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE))) {
      Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
          1 << 16);
      result = screening.screen(in, writer, rows -> {
        if (request.report() == Report.PROGRESS) {
          progressed[0] = true;
          err.print(Text.of("\rareso screen : " + rows + " lignes…",
              "\rareso screen: " + rows + " rows…", "\rareso screen: " + rows + " Zeilen…",
              "\rareso screen: " + rows + " righe…").in(language) + share(bytes.count(), size));
          err.flush();
        }
      }, PROGRESS_EVERY);
    } catch (IOException | SecurityException e) {
      if (progressed[0]) {
        err.println();
      }
      return fail(err, Text.of("fichier illisible : ", "cannot read file: ",
          "Datei nicht lesbar: ", "file illeggibile: ").in(language) + csv.name()
          + " (" + Input.problem(e).in(language) + ")");
    }
    if (progressed[0]) {
      err.println();
    }
    if (result.isLeft()) {
      return fail(err, csv.name() + ": " + result.getLeft().code() + " "
          + result.getLeft().message(language));
    }
    Tally tally = result.get();
    if (request.report() != Report.QUIET) {
      err.println(summary(tally).in(language));
    }
    return tally.invalid() > 0 ? 1 : 0;
  }

  /**
   * The summary line, each count with its noun or adjective in the singular or the plural: in
   * French the singular up to 1 ({@code 0 ligne, 1 éligible}), in English, German and Italian for
   * 1 only ({@code 1 row}, {@code 0 rows}).
   */
  static Text summary(Tally tally) {
    long rows = tally.rows();
    long yes = tally.eligible();
    long no = tally.notEligible();
    long open = tally.undetermined();
    long bad = tally.invalid();
    return Text.of(
        "areso screen : " + fr(rows, "ligne") + ", " + fr(yes, "éligible") + ", "
            + fr(no, "non éligible") + ", " + fr(open, "indéterminée") + ", "
            + fr(bad, "invalide"),
        "areso screen: " + rows + (rows == 1 ? " row, " : " rows, ") + yes + " eligible, "
            + no + " not eligible, " + open + " undetermined, " + bad + " invalid",
        "areso screen: " + rows + (rows == 1 ? " Zeile, " : " Zeilen, ") + yes
            + " berechtigt, " + no + " nicht berechtigt, " + open + " offen, " + bad
            + " ungültig",
        "areso screen: " + it(rows, "riga", "righe") + ", "
            + it(yes, "ammissibile", "ammissibili") + ", "
            + it(no, "non ammissibile", "non ammissibili") + ", "
            + it(open, "indeterminata", "indeterminate") + ", "
            + it(bad, "non valida", "non valide"));
  }

  /** A French count: the word in the singular up to 1, else with an s. */
  private static String fr(long count, String word) {
    return count + " " + word + (count > 1 ? "s" : "");
  }

  /** An Italian count: the singular for 1 only. */
  private static String it(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }

  /**
   * The share of the input read so far, {@code " 42 %"}, or nothing when the size is not known;
   * at most 100 %, since the readers read ahead of the rows screened.
   */
  static String share(long read, OptionalLong size) {
    if (size.isEmpty() || size.getAsLong() <= 0) {
      return "";
    }
    return " " + Math.min(100, read * 100 / size.getAsLong()) + " %";
  }

  private static int fail(PrintStream err, String message) {
    err.println("areso screen: " + message.replace('\n', ' ').replace('\r', ' '));
    return 2;
  }
}
