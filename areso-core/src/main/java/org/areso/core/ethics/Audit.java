package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.Locale;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Text;

/**
 * The result of a charter's audit of an engagement: every violation found, grouped by principle in
 * the charter's order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param charter the charter that audited, not null
 * @param violations every violation found, principle by principle, not null
 */
public record Audit(Charter charter, Seq<Violation> violations) {

  /** A principle's line with no violation, and the one its violations follow, in each language. */
  private static final Text NONE = Text.of(" : aucun manquement", " : no violation",
      ": kein Verstoss", ": nessuna violazione");
  private static final Text SOME = Text.of(" :", " :", ":", ":");

  /** Creates an audit. @throws NullPointerException if an argument is null */
  public Audit {
    requireNonNull(charter, "charter");
    requireNonNull(violations, "violations");
  }

  /**
   * The violations by principle, every principle of the charter present in its order (then
   * confidentiality, checked under every charter, when the charter does not list it), those with
   * no violation mapped to an empty sequence.
   *
   * @return the violations by principle, never null
   */
  public Map<Principle, Seq<Violation>> byPrinciple() {
    Seq<Principle> principles = charter.articles().map(Article::principle);
    if (!principles.contains(Principle.CONFIDENTIALITY)) {
      principles = principles.append(Principle.CONFIDENTIALITY);  // checked under every charter
    }
    return LinkedHashMap.ofEntries(principles.map(principle -> Tuple.of(principle,
        violations.filter(v -> v.principle() == principle))));
  }

  /**
   * The blocking violations.
   *
   * @return the violations that block, never null
   */
  public Seq<Violation> blocking() {
    return violations.filter(Violation::isBlocking);
  }

  /**
   * The warnings.
   *
   * @return the violations that only warn, never null
   */
  public Seq<Violation> warnings() {
    return violations.filter(v -> !v.isBlocking());
  }

  /**
   * Whether the audit found nothing.
   *
   * @return true when there is no violation
   */
  public boolean isClean() {
    return violations.isEmpty();
  }

  /**
   * The report for a person: each principle in the charter's order, then its violations or
   * "none".
   *
   * @param language the language, not null
   * @return the report, one line per principle and violation, never null
   * @throws NullPointerException if language is null (a programmer error)
   */
  public String report(Language language) {
    return report(requireNonNull(language, "language").locale());
  }

  /**
   * The report for a person in a locale's language (French, German, Italian or English): each
   * principle in the charter's order, then its violations or "none".
   *
   * @param locale the locale, not null
   * @return the report, one line per principle and violation, never null
   * @throws NullPointerException if locale is null (a programmer error)
   */
  public String report(Locale locale) {
    requireNonNull(locale, "locale");
    StringBuilder out = new StringBuilder();
    byPrinciple().forEach((principle, found) -> {
      out.append(principle.label(locale));
      if (found.isEmpty()) {
        out.append(NONE.in(locale)).append('\n');
      } else {
        out.append(SOME.in(locale)).append('\n');
        found.forEach(v -> out.append("  [").append(v.severity()).append("] ")
            .append(v.code()).append(" — ").append(v.reason().message(locale)).append('\n'));
      }
    });
    return out.toString();
  }

  /** The programme and the number of blocking violations and warnings. */
  @Override
  public String toString() {
    return "Audit[" + charter.programme() + ", blocking=" + blocking().size()
        + ", warnings=" + warnings().size() + "]";
  }
}
