package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;

/**
 * The answer of a policy to one request: the verdict, the facts still missing (only those that
 * could change it: the questions a form must ask), every reason it is not eligible, and the
 * explanation tree.
 *
 * <p>When the verdict is {@code ELIGIBLE}, {@link #missing()} and {@link #reasons()} are empty.
 * Immutable and thread-safe.
 *
 * @param policy the policy's identifier, not null
 * @param verdict the verdict, not null
 * @param missing the facts still missing, sorted by name, empty unless undetermined, not null
 * @param reasons every failed condition, applied derogation, conflict and missing fact, not null
 * @param explanation the explanation tree, not null
 */
public record Decision(String policy, Verdict verdict, Seq<Fact<?>> missing,
    Seq<EligibilityReason> reasons, Explanation explanation) {

  /** Creates a decision. @throws NullPointerException if an argument is null */
  public Decision {
    requireNonNull(policy, "policy");
    requireNonNull(verdict, "verdict");
    requireNonNull(missing, "missing");
    requireNonNull(reasons, "reasons");
    requireNonNull(explanation, "explanation");
  }

  /**
   * The reasons' stable codes, in order: what a host stores or matches on.
   *
   * @return the codes, never null
   */
  public Seq<String> reasonCodes() {
    return reasons.map(Reason::code);
  }

  /**
   * The whole decision as text for a person: verdict, reasons, then the explanation tree.
   *
   * @param language the language, not null
   * @return the text, never null
   * @throws NullPointerException if language is null (a programmer error)
   */
  public String explain(Language language) {
    requireNonNull(language, "language");
    StringBuilder out = new StringBuilder();
    out.append(policy).append(": ").append(verdict.label(language)).append('\n');
    reasons.forEach(r -> out.append("- ").append(r.message(language)).append('\n'));
    out.append(explanation.render(language));
    return out.toString();
  }
}
