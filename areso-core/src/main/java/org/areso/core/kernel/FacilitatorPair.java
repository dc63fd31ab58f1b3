package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The pair of facilitators (binôme) that runs an engagement: exactly two distinct people.
 *
 * <p>Immutable and thread-safe; equal when both members are equal in the same order.
 */
public final class FacilitatorPair {

  /** The field name used in reasons. */
  public static final String FIELD = "facilitators";

  private final Facilitator first;
  private final Facilitator second;

  private FacilitatorPair(Facilitator first, Facilitator second) {
    this.first = first;
    this.second = second;
  }

  /**
   * Forms a pair.
   *
   * @param first one facilitator, not null
   * @param second the other, not null
   * @return the pair, or {@code DUPLICATE_VALUE} when both have the same identifier
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Validation<Seq<Reason>, FacilitatorPair> of(Facilitator first, Facilitator second) {
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    if (first.id().equals(second.id())) {
      return Input.invalid(new FieldReason.Duplicate(FIELD, first.id().value()));
    }
    return Validation.valid(new FacilitatorPair(first, second));
  }

  /**
   * The first member, as given.
   *
   * @return the facilitator, never null
   */
  public Facilitator first() {
    return first;
  }

  /**
   * The second member, as given.
   *
   * @return the facilitator, never null
   */
  public Facilitator second() {
    return second;
  }

  /**
   * Both members, first then second.
   *
   * @return the two facilitators, never null
   */
  public Seq<Facilitator> members() {
    return List.of(first, second);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FacilitatorPair that
        && first.equals(that.first) && second.equals(that.second);
  }

  @Override
  public int hashCode() {
    return 31 * first.hashCode() + second.hashCode();
  }

  @Override
  public String toString() {
    return "FacilitatorPair[" + first.id() + ", " + second.id() + "]";
  }
}
