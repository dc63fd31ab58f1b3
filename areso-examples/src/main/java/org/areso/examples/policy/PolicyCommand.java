package org.areso.examples.policy;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.PrintStream;
import java.util.Locale;
import org.areso.core.eligibility.Policy;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.areso.examples.Input;
import org.areso.rules.text.PolicyTextError;
import org.areso.testkit.eligibility.CaseTable;

/**
 * The {@code policy} command, for a rule author writing a policy file:
 * {@code policy check [--lang fr|en|de|it] FILE} and
 * {@code policy test [--lang fr|en|de|it] FILE CASES}, once
 * {@code areso-cli} has read its arguments.
 *
 * <p>{@link #check} reads the file as {@link org.areso.rules.text.PolicyText} does and writes the
 * policy's identifier and its number of rules, or every error as {@code FILE:LINE:COL CODE
 * message}. {@link #test} runs a case table (Markdown when its name ends in {@code .md}, CSV when
 * in {@code .csv}, comma- or semicolon-separated, RFC 4180 quotes; the columns of
 * {@link CaseTable}) against the policy: one line per case,
 * {@code ok} or {@code FAILED} with what differed, then the rules no case decided. Results go to
 * standard output, an unreadable file to standard error; the language is the messages', French by
 * default on the command line. Exit status: 0 when the file is valid (and, for {@code test}, every case
 * passed and every rule was decided by some case), 1 otherwise, 2 for an unreadable file or a case
 * table named neither {@code .md} nor {@code .csv}.
 */
public final class PolicyCommand {

  /** The words of a case table's results, in each language. */
  private static final Text FAILED = Text.of("ÉCHEC   ", "FAILED  ", "FEHLGESCHLAGEN  ",
      "FALLITO ");
  private static final Text EVERY_RULE_DECIDED = Text.of("chaque règle est décidée par un cas",
      "every rule is decided by a case", "jede Regel wird von einem Fall entschieden",
      "ogni regola è decisa da un caso");
  private static final Text UNDECIDED = Text.of("règles qu'aucun cas ne décide : ",
      "rules no case decides: ", "Regeln, die kein Fall entscheidet: ",
      "regole che nessun caso decide: ");

  private static final Text INVALID_TABLE = Text.of("table de cas invalide : ",
      "invalid case table: ", "ungültige Falltabelle: ", "tabella dei casi non valida: ");

  private PolicyCommand() { }

  /**
   * Checks a policy file.
   *
   * @param file the policy file, or standard input, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @param language the messages' language, not null
   * @return the exit status: 0 for a valid file, 1 for an invalid one, 2 for an unreadable one
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static int check(Input file, PrintStream out, PrintStream err, Language language) {
    return check(file, out, err, requireNonNull(language, "language").locale());
  }

  /**
   * Checks a policy file, writing in a locale's language: French, English, German or Italian.
   *
   * @param file the policy file, or standard input, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @param language the messages' locale, not null
   * @return the exit status: 0 for a valid file, 1 for an invalid one, 2 for an unreadable one
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static int check(Input file, PrintStream out, PrintStream err, Locale language) {
    requireNonNull(file, "file");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    requireNonNull(language, "language");
    Either<Integer, Policy> policy = read(file, out, err, language);
    if (policy.isLeft()) {
      return policy.getLeft();
    }
    String id = policy.get().id();
    int rules = policy.get().allRules().size();
    out.println(file.name() + ": " + Text.of("politique " + id + ", " + rules + " règles",
        "policy " + id + ", " + rules + " rules", "Richtlinie " + id + ", " + rules + " Regeln",
        "direttiva " + id + ", " + rules + " regole").in(language));
    return 0;
  }

  /**
   * Runs a case table against a policy file.
   *
   * @param file the policy file, or standard input, not null
   * @param cases the case table, its name ending in {@code .md} or {@code .csv}, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @param language the messages' language, not null
   * @return the exit status: 0 when the file is valid, every case passed and every rule was
   *     decided by some case, 1 otherwise, 2 for an unreadable file or a case table named neither
   *     {@code .md} nor {@code .csv}
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static int test(Input file, Input cases, PrintStream out, PrintStream err,
      Language language) {
    return test(file, cases, out, err, requireNonNull(language, "language").locale());
  }

  /**
   * Runs a case table against a policy file, writing in a locale's language: French, English,
   * German or Italian.
   *
   * @param file the policy file, or standard input, not null
   * @param cases the case table, its name ending in {@code .md} or {@code .csv}, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @param language the messages' locale, not null
   * @return the exit status, as {@link #test(Input, Input, PrintStream, PrintStream, Language)}
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static int test(Input file, Input cases, PrintStream out, PrintStream err,
      Locale language) {
    requireNonNull(file, "file");
    requireNonNull(cases, "cases");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    requireNonNull(language, "language");
    if (!cases.name().endsWith(".md") && !cases.name().endsWith(".csv")) {
      return fail(err, Text.of("le nom d'une table de cas finit par .md ou .csv : ",
          "a case table's name ends in .md or .csv: ",
          "der Name einer Falltabelle endet auf .md oder .csv: ",
          "il nome di una tabella dei casi finisce in .md o .csv: ").in(language)
          + cases.name());
    }
    Either<Integer, Policy> policy = read(file, out, err, language);
    return policy.isLeft() ? policy.getLeft() : test(policy.get(), cases, out, err, language);
  }

  /** A file's policy, or the exit status once its errors are written. */
  private static Either<Integer, Policy> read(Input file, PrintStream out, PrintStream err,
      Locale language) {
    Either<Text, Validation<Seq<PolicyTextError>, Policy>> read = PolicyFile.policy(file);
    if (read.isLeft()) {
      return Either.left(fail(err, read.getLeft().in(language)));
    }
    Validation<Seq<PolicyTextError>, Policy> policy = read.get();
    if (policy.isInvalid()) {
      policy.getError().forEach(e -> out.println(PolicyFile.line(file.name(), e, language)));
      return Either.left(1);
    }
    return Either.right(policy.get());
  }

  private static int test(Policy policy, Input cases, PrintStream out, PrintStream err,
      Locale language) {
    Either<Text, String> text = PolicyFile.text(cases);
    if (text.isLeft()) {
      return fail(err, text.getLeft().in(language));
    }
    Validation<Seq<Reason>, CaseTable.Results> checked = (cases.name().endsWith(".md")
        ? CaseTable.readMarkdown(text.get()) : CaseTable.readCsv(text.get()))
        .flatMap(table -> table.results(policy, language));
    if (checked.isInvalid()) {
      checked.getError().forEach(reason -> out.println(cases.name() + ": "
          + INVALID_TABLE.in(language) + reason.message(language)));
      return 1;
    }
    CaseTable.Results results = checked.get();
    results.cases().forEach(c -> out.println(c.passed() ? "ok      " + label(c, language)
        : FAILED.in(language) + label(c, language) + " — " + c.differences().mkString("; ")));
    int all = results.cases().size();
    int failed = results.cases().count(c -> !c.passed());
    int passed = all - failed;
    out.println(results.undecidedRules().isEmpty() ? EVERY_RULE_DECIDED.in(language)
        : UNDECIDED.in(language) + results.undecidedRules().mkString(", "));
    out.println(Text.of(
        all + " cas, " + passed + (passed > 1 ? " réussis, " : " réussi, ") + failed
            + " en échec",
        all + (all == 1 ? " case, " : " cases, ") + passed + " passed, " + failed + " failed",
        all + (all == 1 ? " Fall, " : " Fälle, ") + passed + " bestanden, " + failed
            + " fehlgeschlagen",
        all + (all == 1 ? " caso, " : " casi, ") + passed + (passed == 1 ? " superato, "
            : " superati, ") + failed + (failed == 1 ? " fallito" : " falliti")).in(language));
    return results.passed() ? 0 : 1;
  }

  /** A case's label in a language: {@code cas 3 : 50 salariés}, {@code case 3: 50 employees}. */
  private static String label(CaseTable.CaseResult c, Locale language) {
    String name = c.name().isBlank() ? "" : c.name();
    return Text.of("cas " + c.number() + (name.isEmpty() ? "" : " : " + name), c.label(),
        "Fall " + c.number() + (name.isEmpty() ? "" : ": " + name),
        "caso " + c.number() + (name.isEmpty() ? "" : ": " + name)).in(language);
  }

  private static int fail(PrintStream err, String message) {
    err.println("areso policy: " + message.replace('\n', ' ').replace('\r', ' '));
    return 2;
  }
}
