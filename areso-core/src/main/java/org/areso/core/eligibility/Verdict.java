package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.Labelled;
import org.areso.core.kernel.Labels;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Text;

/**
 * The outcome of a rule or a policy, in Kleene's three-valued logic: eligible (true), not eligible
 * (false), or undetermined (unknown, because a fact it needs is missing).
 *
 * <p>Ordered {@code NOT_ELIGIBLE < UNDETERMINED < ELIGIBLE}: all-of is the minimum, any-of the
 * maximum, not the mirror. Each verdict has a stable numeric {@link #code()} used by the fast path.
 */
public enum Verdict implements Labelled {
  /** The conditions are not met (faux). */
  NOT_ELIGIBLE,
  /** A fact needed to decide is missing (indéterminé). */
  UNDETERMINED,
  /** The conditions are met (éligible). */
  ELIGIBLE;

  static final int NO = 0;
  static final int UNKNOWN = 1;
  static final int YES = 2;

  private static final Verdict[] BY_CODE = values();

  /**
   * The verdict's code: 0 for not eligible, 1 for undetermined, 2 for eligible.
   *
   * @return the code
   */
  public int code() {
    return ordinal();
  }

  /**
   * The verdict with the given code.
   *
   * @param code 0, 1 or 2
   * @return the verdict, never null
   * @throws IllegalArgumentException for any other code (a programmer error)
   */
  public static Verdict ofCode(int code) {
    if (code < NO || code > YES) {
      throw new IllegalArgumentException("a verdict code is 0, 1 or 2: " + code);
    }
    return BY_CODE[code];
  }

  /**
   * The verdict of a known condition.
   *
   * @param met whether the condition is met
   * @return {@code ELIGIBLE} or {@code NOT_ELIGIBLE}, never null
   */
  public static Verdict of(boolean met) {
    return met ? ELIGIBLE : NOT_ELIGIBLE;
  }

  /**
   * Kleene conjunction: not eligible wins, then undetermined.
   *
   * @param other the other verdict, not null
   * @return the conjunction, never null
   * @throws NullPointerException if other is null (a programmer error)
   */
  public Verdict and(Verdict other) {
    return BY_CODE[Math.min(code(), requireNonNull(other, "other").code())];
  }

  /**
   * Kleene disjunction: eligible wins, then undetermined.
   *
   * @param other the other verdict, not null
   * @return the disjunction, never null
   * @throws NullPointerException if other is null (a programmer error)
   */
  public Verdict or(Verdict other) {
    return BY_CODE[Math.max(code(), requireNonNull(other, "other").code())];
  }

  /**
   * Kleene negation: undetermined stays undetermined.
   *
   * @return the negation, never null
   */
  public Verdict negate() {
    return BY_CODE[YES - code()];
  }

  /**
   * Whether this verdict is eligible or not eligible, that is not undetermined.
   *
   * @return true unless undetermined
   */
  public boolean isDetermined() {
    return this != UNDETERMINED;
  }

  /**
   * The verdict as a person reads it, in French, English, German and Italian ({@link Labels}).
   *
   * @return the label, never null
   */
  @Override
  public Text label() {
    return Labels.of(this);
  }

  /**
   * The verdict as a person reads it, such as {@code NON ÉLIGIBLE}.
   *
   * @param language the language, not null
   * @return the label, never null
   * @throws NullPointerException if language is null (a programmer error)
   */
  public String label(Language language) {
    return label().in(requireNonNull(language, "language"));
  }
}
