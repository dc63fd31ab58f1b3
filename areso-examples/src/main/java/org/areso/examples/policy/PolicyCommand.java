package org.areso.examples.policy;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.PrintStream;
import org.areso.core.eligibility.Policy;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Text;
import org.areso.rules.text.PolicyTextError;
import org.areso.testkit.eligibility.CaseTable;

/**
 * The {@code policy} command, for a rule author writing a policy file:
 * {@code policy check [--lang fr|en] FILE} and {@code policy test [--lang fr|en] FILE CASES}.
 *
 * <p>{@code check} reads the file as {@link org.areso.rules.text.PolicyText} does and writes the
 * policy's identifier and its number of rules, or every error as {@code FILE:LINE:COL CODE
 * message}. {@code test} runs a case table (Markdown when its name ends in {@code .md}, CSV when in
 * {@code .csv}; the columns of {@link CaseTable}) against the policy: one line per case, {@code ok}
 * or {@code FAILED} with what differed, then the rules no case decided. Results go to standard
 * output, usage errors to standard error; {@code --lang} is the messages' language, French by
 * default. Exit status: 0 when the file is valid (and, for {@code test}, every case passed and
 * every rule was decided by some case), 1 otherwise, 2 for a usage error or an unreadable file.
 */
public final class PolicyCommand {

  /** The usage line. */
  public static final String USAGE = "usage: areso policy check [--lang fr|en] FILE"
      + " | areso policy test [--lang fr|en] FILE CASES.md|CASES.csv";

  private PolicyCommand() { }

  /**
   * Runs the command.
   *
   * @param args the sub-command, its options and files, after the word {@code policy}, not null
   * @param out standard output, not null
   * @param err standard error, not null
   * @return the exit status: 0, 1 or 2
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    requireNonNull(args, "args");
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    if (args.length == 0 || !(args[0].equals("check") || args[0].equals("test"))) {
      return usage(err, "check or test expected");
    }
    Language language = Language.FR;
    List<String> files = List.empty();
    for (int i = 1; i < args.length; i++) {
      if (args[i].equals("--lang") && i + 1 < args.length) {
        String value = args[++i];
        if (value.equalsIgnoreCase("fr") || value.equalsIgnoreCase("en")) {
          language = value.equalsIgnoreCase("fr") ? Language.FR : Language.EN;
        } else {
          return usage(err, "--lang takes fr or en, not '" + value + "'");
        }
      } else if (args[i].startsWith("--")) {
        return usage(err, "unknown option '" + args[i] + "'");
      } else {
        files = files.append(args[i]);
      }
    }
    boolean check = args[0].equals("check");
    if (files.size() != (check ? 1 : 2)) {
      return usage(err, check ? "one policy file expected"
          : "a policy file and a case table expected");
    }
    if (!check && !files.get(1).endsWith(".md") && !files.get(1).endsWith(".csv")) {
      return usage(err, "a case table's name ends in .md or .csv: " + files.get(1));
    }
    Either<Text, Validation<Seq<PolicyTextError>, Policy>> read = PolicyFile.policy(files.head());
    if (read.isLeft()) {
      return fail(err, read.getLeft().in(language));
    }
    Validation<Seq<PolicyTextError>, Policy> policy = read.get();
    if (policy.isInvalid()) {
      Language lang = language;
      String file = files.head();
      policy.getError().forEach(e -> out.println(PolicyFile.line(file, e, lang)));
      return 1;
    }
    if (check) {
      out.println(files.head() + ": " + text(language,
          "politique " + policy.get().id() + ", " + policy.get().allRules().size() + " règles",
          "policy " + policy.get().id() + ", " + policy.get().allRules().size() + " rules"));
      return 0;
    }
    return test(policy.get(), files.get(1), out, err, language);
  }

  private static int test(Policy policy, String file, PrintStream out, PrintStream err,
      Language language) {
    Either<Text, String> text = PolicyFile.text(file);
    if (text.isLeft()) {
      return fail(err, text.getLeft().in(language));
    }
    CaseTable.Results results;
    try {
      CaseTable table = file.endsWith(".md") ? CaseTable.markdown(text.get())
          : CaseTable.csv(text.get());
      results = table.check(policy);
    } catch (IllegalArgumentException e) {
      out.println(file + ": " + text(language, "table de cas invalide : ", "invalid case table: ")
          + e.getMessage());
      return 1;
    }
    results.cases().forEach(c -> out.println(c.passed() ? "ok      " + c.label()
        : "FAILED  " + c.label() + " — " + c.differences().mkString("; ")));
    int failed = results.cases().count(c -> !c.passed());
    out.println(results.undecidedRules().isEmpty()
        ? text(language, "chaque règle est décidée par un cas", "every rule is decided by a case")
        : text(language, "règles qu'aucun cas ne décide : ", "rules no case decides: ")
            + results.undecidedRules().mkString(", "));
    out.println(text(language,
        results.cases().size() + " cas, " + (results.cases().size() - failed) + " réussis, "
            + failed + " en échec",
        results.cases().size() + " cases, " + (results.cases().size() - failed) + " passed, "
            + failed + " failed"));
    return results.passed() ? 0 : 1;
  }

  private static String text(Language language, String fr, String en) {
    return language == Language.FR ? fr : en;
  }

  private static int usage(PrintStream err, String problem) {
    err.println("areso policy: " + problem + "; " + USAGE);
    return 2;
  }

  private static int fail(PrintStream err, String message) {
    err.println("areso policy: " + message.replace('\n', ' ').replace('\r', ' '));
    return 2;
  }
}
