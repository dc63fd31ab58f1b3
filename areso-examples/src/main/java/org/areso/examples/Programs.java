package org.areso.examples;

import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.util.Locale;
import org.areso.core.kernel.Language;
import org.areso.core.programme.Programme;

/**
 * The programs of this package that {@code areso-cli} runs: {@code areso demo},
 * {@code areso diagram} and {@code areso vocabulary}.
 */
public final class Programs {

  private Programs() { }

  /**
   * Tells the whole story of one engagement under a programme: the structure's eligibility with its
   * explanation, the charter at work, the plan, every command with its event or rejection through
   * to the closing assessment, the obligations, the cohort's indicators and the final audit.
   *
   * @param out where the story is written, not null
   * @param language the story's language, not null
   * @param programme the programme, one of the catalogue's or a rule author's, not null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static void demo(PrintStream out, Language language, Programme programme) {
    demo(out, requireNonNull(language, "language").locale(), programme);
  }

  /**
   * Tells the story of {@link #demo(PrintStream, Language, Programme)} in a locale's language:
   * French, English, German or Italian (English for any other); a programme's own texts that
   * are not translated stay in English.
   *
   * @param out where the story is written, not null
   * @param locale the story's language, not null
   * @param programme the programme, one of the catalogue's or a rule author's, not null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static void demo(PrintStream out, Locale locale, Programme programme) {
    new EngagementDemo(requireNonNull(out, "out"), requireNonNull(locale, "locale"),
        requireNonNull(programme, "programme")).run();
  }

  /**
   * A programme's engagement lifecycle as a Mermaid diagram, with the programme's own terms: the
   * text of {@code docs/diagrams/<id>.md}.
   *
   * @param programme the programme, not null
   * @return the diagram, ending with a line break, never null
   * @throws NullPointerException if programme is null (a programmer error)
   */
  public static String diagram(Programme programme) {
    return Diagrams.of(requireNonNull(programme, "programme"));
  }

  /**
   * Shows the kernel's shared vocabulary: structures read from the text a person typed, with every
   * refusal as a typed reason, facilitators and a programme's window.
   *
   * @param out where it is written, not null
   * @param language the text's language, not null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static void vocabulary(PrintStream out, Language language) {
    vocabulary(out, requireNonNull(language, "language").locale());
  }

  /**
   * Shows the vocabulary of {@link #vocabulary(PrintStream, Language)} in a locale's language:
   * French, English, German or Italian (English for any other).
   *
   * @param out where it is written, not null
   * @param locale the text's language, not null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static void vocabulary(PrintStream out, Locale locale) {
    new KernelDemo(requireNonNull(out, "out"), requireNonNull(locale, "locale")).run();
  }
}
