package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;

/**
 * The answer of a policy to one request: the verdict, the facts still missing (only those that
 * could change it: the questions a form must ask), every reason it is not eligible, and the
 * explanation tree.
 *
 * <p>When the verdict is {@code ELIGIBLE}, {@link #missing()} and {@link #reasons()} are empty.
 * A decision made by {@link Policy#evaluate(Facts)} builds its explanation tree the first time it
 * is asked for ({@link #explanation()}, {@link #explain(Language)}, {@link #equals(Object)},
 * {@link #hashCode()}, {@link #toString()}), from the rules and the request's facts it keeps; the
 * tree is the same whenever it is built. Equal decisions have the same policy, verdict, missing
 * facts, reasons and explanation. Immutable and thread-safe.
 */
public final class Decision {

  private final String policy;
  private final Verdict verdict;
  private final Seq<Fact<?>> missing;
  private final Seq<EligibilityReason> reasons;
  /** The explanation once built; null until then. */
  private volatile Explanation explanation;
  /** What builds the explanation; null when it was given. */
  private final Supplier<Explanation> explaining;

  /**
   * Creates a decision.
   *
   * @param policy the policy's identifier, not null
   * @param verdict the verdict, not null
   * @param missing the facts still missing, sorted by name, empty unless undetermined, not null
   * @param reasons every failed condition, applied derogation, conflict and missing fact, not null
   * @param explanation the explanation tree, not null
   * @throws NullPointerException if an argument is null
   */
  public Decision(String policy, Verdict verdict, Seq<Fact<?>> missing,
      Seq<EligibilityReason> reasons, Explanation explanation) {
    this(policy, verdict, missing, reasons, requireNonNull(explanation, "explanation"), null);
  }

  /** A decision whose explanation is built on demand by {@code explaining}. */
  Decision(String policy, Verdict verdict, Seq<Fact<?>> missing, Seq<EligibilityReason> reasons,
      Supplier<Explanation> explaining) {
    this(policy, verdict, missing, reasons, null, requireNonNull(explaining, "explaining"));
  }

  private Decision(String policy, Verdict verdict, Seq<Fact<?>> missing,
      Seq<EligibilityReason> reasons, Explanation explanation, Supplier<Explanation> explaining) {
    this.policy = requireNonNull(policy, "policy");
    this.verdict = requireNonNull(verdict, "verdict");
    this.missing = requireNonNull(missing, "missing");
    this.reasons = requireNonNull(reasons, "reasons");
    this.explanation = explanation;
    this.explaining = explaining;
  }

  /**
   * The policy's identifier.
   *
   * @return the identifier, never null
   */
  public String policy() {
    return policy;
  }

  /**
   * The verdict.
   *
   * @return the verdict, never null
   */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * The facts still missing, sorted by name; empty unless undetermined.
   *
   * @return the facts, never null
   */
  public Seq<Fact<?>> missing() {
    return missing;
  }

  /**
   * Every failed condition, applied derogation, conflict and missing fact.
   *
   * @return the reasons, never null
   */
  public Seq<EligibilityReason> reasons() {
    return reasons;
  }

  /**
   * The explanation tree, built the first time it is asked for when the policy did not build it.
   *
   * @return the explanation, never null
   */
  public Explanation explanation() {
    Explanation built = explanation;
    if (built == null) {
      // Threads that race here each build the tree: equal trees, the last one kept.
      built = requireNonNull(explaining.get(), "explanation");
      explanation = built;
    }
    return built;
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
    return explain(requireNonNull(language, "language").locale());
  }

  /**
   * The whole decision as text for a person, in a locale's language (French, German, Italian or
   * English): verdict, reasons, then the explanation tree.
   *
   * @param locale the locale, not null
   * @return the text, never null
   * @throws NullPointerException if locale is null (a programmer error)
   */
  public String explain(Locale locale) {
    requireNonNull(locale, "locale");
    StringBuilder out = new StringBuilder();
    out.append(policy).append(": ").append(verdict.label(locale)).append('\n');
    reasons.forEach(r -> out.append("- ").append(r.message(locale)).append('\n'));
    out.append(explanation().render(locale));
    return out.toString();
  }

  /**
   * Whether another object is a decision with the same policy, verdict, missing facts, reasons
   * and explanation.
   *
   * @param other the object, possibly null
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Decision that && policy.equals(that.policy)
        && verdict == that.verdict && missing.equals(that.missing)
        && reasons.equals(that.reasons) && explanation().equals(that.explanation());
  }

  /**
   * A hash of every component, the explanation included.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return Objects.hash(policy, verdict, missing, reasons, explanation());
  }

  /**
   * Every component, as a record writes itself.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "Decision[policy=" + policy + ", verdict=" + verdict + ", missing=" + missing
        + ", reasons=" + reasons + ", explanation=" + explanation() + "]";
  }
}
