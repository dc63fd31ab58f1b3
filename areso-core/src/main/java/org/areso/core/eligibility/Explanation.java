package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;

/**
 * Why a rule reached its verdict: the rule, the values it saw, its verdict, its reference, a note
 * (not in force, a derogation applied, a conflict) and the explanations of the rules it composes.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule's name, not null
 * @param description what it asks, not null
 * @param reference its legal reference, not null
 * @param verdict its verdict, not null
 * @param seen the values it read, as {@code fact = value} ({@code ?} when unknown), not null
 * @param note what else decided the verdict, not null
 * @param children the explanations of the rules it composes, not null
 */
public record Explanation(String rule, Text description, Option<LegalReference> reference,
    Verdict verdict, Seq<String> seen, Option<Text> note, Seq<Explanation> children) {

  /** What introduces the values a rule saw, in each language. */
  private static final Text SEEN = Text.of(" ; vu : ", "; seen: ", "; gesehen: ", "; visto: ");

  /** Creates an explanation. @throws NullPointerException if an argument is null */
  public Explanation {
    requireNonNull(rule, "rule");
    requireNonNull(description, "description");
    requireNonNull(reference, "reference");
    requireNonNull(verdict, "verdict");
    requireNonNull(seen, "seen");
    requireNonNull(note, "note");
    requireNonNull(children, "children");
  }

  /**
   * The tree as indented text, one rule a line, in one language.
   *
   * @param language the language, not null
   * @return the text, never null
   * @throws NullPointerException if language is null (a programmer error)
   */
  public String render(Language language) {
    return render(requireNonNull(language, "language").locale());
  }

  /**
   * The tree as indented text, one rule a line, in a locale's language: French, German, Italian
   * or English (a description or a note not translated into German or Italian is in English).
   *
   * @param locale the locale, not null
   * @return the text, never null
   * @throws NullPointerException if locale is null (a programmer error)
   */
  public String render(Locale locale) {
    requireNonNull(locale, "locale");
    StringBuilder out = new StringBuilder();
    render(locale, SEEN.in(locale), 0, out);
    return out.toString();
  }

  private void render(Locale locale, String seenWord, int depth, StringBuilder out) {
    out.append("  ".repeat(depth)).append('[').append(verdict.label(locale)).append("] ")
        .append(rule).append(" — ").append(description.in(locale));
    reference.forEach(r -> out.append(" (").append(r.citation()).append(')'));
    if (!seen.isEmpty()) {
      out.append(seenWord).append(seen.mkString(", "));
    }
    note.forEach(n -> out.append(" — ").append(n.in(locale)));
    out.append('\n');
    children.forEach(child -> child.render(locale, seenWord, depth + 1, out));
  }
}
