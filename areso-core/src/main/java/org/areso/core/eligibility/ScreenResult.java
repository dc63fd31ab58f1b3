package org.areso.core.eligibility;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Arrays;

/**
 * What a policy decides about one request, without explaining it: the verdict, the stable code of
 * every reason with its subject, and the missing facts. For bulk screening, as
 * {@link Policy#screen(Facts)} gives it: it is what {@link Policy#evaluate(Facts)} gives, less the
 * reasons' texts and the explanation tree — the same verdict, {@link #reasonCodes()} equal to
 * {@link Decision#reasonCodes()}, {@link #missing()} equal to {@link Decision#missing()}.
 *
 * <p>The indexed reads ({@link #reasonCode(int)}, {@link #reasonSubject(int)},
 * {@link #missingFact(int)}) allocate nothing, for writing a row of a file; the {@code Seq}s are
 * built at each call. Immutable and thread-safe.
 */
public final class ScreenResult {

  private static final String[] NONE = new String[0];
  private static final Fact<?>[] NO_FACT = new Fact<?>[0];

  private final String policy;
  private final Verdict verdict;
  private final String[] codes;
  private final String[] subjects;
  private final int reasonCount;
  private final Fact<?>[] missing;

  private ScreenResult(String policy, Verdict verdict, String[] codes, String[] subjects,
      int reasonCount, Fact<?>[] missing) {
    this.policy = policy;
    this.verdict = verdict;
    this.codes = codes;
    this.subjects = subjects;
    this.reasonCount = reasonCount;
    this.missing = missing;
  }

  /** The result of an eligible request: no reason, no missing fact. */
  static ScreenResult eligible(String policy) {
    return new ScreenResult(policy, Verdict.ELIGIBLE, NONE, NONE, 0, NO_FACT);
  }

  /** A result whose arrays the caller hands over (the first {@code reasonCount} reasons). */
  static ScreenResult of(String policy, Verdict verdict, String[] codes, String[] subjects,
      int reasonCount, Fact<?>[] missing) {
    return new ScreenResult(policy, verdict, codes, subjects, reasonCount, missing);
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
   * How many reasons there are: failed conditions, rules not in force, applied derogations,
   * conflicts, then one per missing fact; none when eligible.
   *
   * @return the count, 0 or more
   */
  public int reasonCount() {
    return reasonCount;
  }

  /**
   * The stable code of a reason, such as {@code CONDITION_NOT_MET} or {@code FACT_MISSING}.
   *
   * @param index from 0 to {@link #reasonCount()} excluded
   * @return the code, never null
   * @throws IndexOutOfBoundsException for any other index (a programmer error)
   */
  public String reasonCode(int index) {
    return codes[java.util.Objects.checkIndex(index, reasonCount)];
  }

  /**
   * What a reason is about: the name of the rule (the failed condition, the rule not in force,
   * the rule a derogation overrides) or, for a missing fact, the fact's name.
   *
   * @param index from 0 to {@link #reasonCount()} excluded
   * @return the subject, never null
   * @throws IndexOutOfBoundsException for any other index (a programmer error)
   */
  public String reasonSubject(int index) {
    return subjects[java.util.Objects.checkIndex(index, reasonCount)];
  }

  /**
   * The reasons' stable codes, in order: equal to {@link Decision#reasonCodes()}.
   *
   * @return the codes, never null
   */
  public Seq<String> reasonCodes() {
    return List.of(codes).take(reasonCount);
  }

  /**
   * The reasons' subjects, in the order of {@link #reasonCodes()}.
   *
   * @return the subjects, never null
   */
  public Seq<String> reasonSubjects() {
    return List.of(subjects).take(reasonCount);
  }

  /**
   * How many facts are missing; none unless undetermined.
   *
   * @return the count, 0 or more
   */
  public int missingCount() {
    return missing.length;
  }

  /**
   * A missing fact.
   *
   * @param index from 0 to {@link #missingCount()} excluded
   * @return the fact, never null
   * @throws IndexOutOfBoundsException for any other index (a programmer error)
   */
  public Fact<?> missingFact(int index) {
    return missing[index];
  }

  /**
   * The facts still missing, sorted by name, empty unless undetermined: equal to
   * {@link Decision#missing()}.
   *
   * @return the facts, never null
   */
  public Seq<Fact<?>> missing() {
    return List.of(missing);
  }

  /**
   * Whether another object is a result of the same policy with the same verdict, reasons and
   * missing facts.
   *
   * @param other the object, possibly null
   * @return true when equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof ScreenResult that && policy.equals(that.policy)
        && verdict == that.verdict && reasonCount == that.reasonCount
        && Arrays.equals(codes, 0, reasonCount, that.codes, 0, reasonCount)
        && Arrays.equals(subjects, 0, reasonCount, that.subjects, 0, reasonCount)
        && Arrays.equals(missing, that.missing);
  }

  /**
   * A hash of the policy, verdict, reasons and missing facts.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    int h = policy.hashCode() * 31 + verdict.hashCode();
    for (int i = 0; i < reasonCount; i++) {
      h = h * 31 + codes[i].hashCode();
      h = h * 31 + subjects[i].hashCode();
    }
    return h * 31 + Arrays.hashCode(missing);
  }

  /**
   * The policy, the verdict, each reason as {@code CODE:subject} and the missing facts.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(policy).append(": ").append(verdict).append(" [");
    for (int i = 0; i < reasonCount; i++) {
      out.append(i == 0 ? "" : ", ").append(codes[i]).append(':').append(subjects[i]);
    }
    return out.append("] missing ").append(Arrays.toString(missing)).toString();
  }
}
