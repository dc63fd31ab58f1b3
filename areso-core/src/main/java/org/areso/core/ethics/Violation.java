package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Map;
import java.util.Locale;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;

/**
 * A breach of a charter's principle: which principle, how serious, what the check found and saw,
 * the charter's own wording of the principle, and the charter it comes from.
 *
 * <p>A violation is a {@link Reason}: its {@link #code()} is the reason's stable code, so an
 * engagement's guards report it as an unmet precondition. Immutable and thread-safe; never holds
 * a sensitive value.
 *
 * @param principle the principle breached, not null
 * @param severity blocking or warning, not null
 * @param reason what the check found, with the facts it saw, not null
 * @param article the charter's wording of the principle, not null
 * @param charter the reference of the charter, not null
 */
public record Violation(Principle principle, Severity severity, EthicsReason reason,
    Article article, LegalReference charter) implements Reason {

  /** The marks a charter's wording is quoted between, in each language. */
  private static final Text OPEN = Text.of(" (« ", " (\"", " («", " («");
  private static final Text CLOSE = Text.of(" »)", "\")", "»)", "»)");

  /** Creates a violation. @throws NullPointerException if an argument is null */
  public Violation {
    requireNonNull(principle, "principle");
    requireNonNull(severity, "severity");
    requireNonNull(reason, "reason");
    requireNonNull(article, "article");
    requireNonNull(charter, "charter");
  }

  /** The reason's stable code, such as {@code FACILITATOR_TIED}. */
  @Override
  public String code() {
    return reason.code();
  }

  /**
   * The principle, the reason's message and the charter's wording, such as
   * {@code Neutralité — … (« le facilitateur n'intervient pas … »)}.
   */
  @Override
  public String message(Language language) {
    return message(requireNonNull(language, "language").locale());
  }

  /**
   * The principle, the reason's message and the charter's wording in the locale's language
   * (German and Italian included; a wording the programme did not translate is quoted in
   * English).
   */
  @Override
  public String message(Locale locale) {
    return principle.label(locale) + " — " + reason.message(locale) + OPEN.in(locale)
        + article.wording().in(locale) + CLOSE.in(locale);
  }

  /**
   * The facts the check saw.
   *
   * @return the facts by name, never null
   */
  public Map<String, String> seen() {
    return reason.seen();
  }

  /**
   * Whether this violation blocks the action it was found on.
   *
   * @return true when {@link Severity#BLOCKING}
   */
  public boolean isBlocking() {
    return severity == Severity.BLOCKING;
  }
}
