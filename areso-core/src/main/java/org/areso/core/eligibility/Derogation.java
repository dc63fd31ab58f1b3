package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.Text;

/**
 * A labelled exception (dérogation) to a base rule: when its rule is met, it decides the verdict
 * instead of the base — granting eligibility or denying it.
 *
 * <p>Its rule carries its reference and validity. Immutable and thread-safe.
 *
 * @param label the label, unique among the base's derogations, such as {@code overseasPilot}
 * @param when the rule that makes it apply, not null
 * @param grants true when it makes the structure eligible, false when it makes it not eligible
 */
public record Derogation(String label, Rule when, boolean grants) {

  /** Creates a derogation. @throws NullPointerException if an argument is null */
  public Derogation {
    requireNonNull(label, "label");
    requireNonNull(when, "when");
  }

  /**
   * A derogation that makes the structure eligible when its rule is met.
   *
   * @param label the label, not null
   * @param when the rule that makes it apply, not null
   * @return the derogation, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Derogation granting(String label, Rule when) {
    return new Derogation(label, when, true);
  }

  /**
   * A derogation that makes the structure not eligible when its rule is met.
   *
   * @param label the label, not null
   * @param when the rule that makes it apply, not null
   * @return the derogation, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Derogation denying(String label, Rule when) {
    return new Derogation(label, when, false);
  }

  /**
   * The verdict it decides when it applies.
   *
   * @return {@code ELIGIBLE} or {@code NOT_ELIGIBLE}, never null
   */
  public Verdict conclusion() {
    return Verdict.of(grants);
  }

  /** Its label as a person reads it: the label and what it decides. */
  Text describe() {
    return grants
        ? Text.of("dérogation « " + label + " » (accorde)", "derogation '" + label + "' (grants)")
        : Text.of("dérogation « " + label + " » (refuse)", "derogation '" + label + "' (denies)");
  }
}
