package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * The facilitators (intervenants) who run an engagement: a pair (binôme) of two distinct people, as
 * most programmes send, or one qualified professional, such as a workplace social worker. Which of
 * the two a programme accepts is its workflow's staffing.
 *
 * <p>Immutable and thread-safe; equal when the members are equal in the same order.
 */
public final class Facilitators {

  /** The field name used in reasons. */
  public static final String FIELD = "facilitators";

  private final Seq<Facilitator> members;

  private Facilitators(Seq<Facilitator> members) {
    this.members = members;
  }

  /**
   * Forms a pair (binôme).
   *
   * @param first one facilitator, not null
   * @param second the other, not null
   * @return the pair, or {@code DUPLICATE_VALUE} when both have the same identifier
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Validation<Seq<Reason>, Facilitators> pair(Facilitator first, Facilitator second) {
    return of(List.of(requireNonNull(first, "first"), requireNonNull(second, "second")));
  }

  /**
   * One professional alone.
   *
   * @param professional the facilitator, not null
   * @return the facilitators, never null
   * @throws NullPointerException if professional is null (a programmer error)
   */
  public static Facilitators one(Facilitator professional) {
    return new Facilitators(List.of(requireNonNull(professional, "professional")));
  }

  /**
   * Forms the facilitators from a list read back from storage: one person, or two distinct ones.
   *
   * @param members the facilitators, in order, not null
   * @return the facilitators; or {@code OUT_OF_RANGE} for none or more than two, {@code
   *     DUPLICATE_VALUE} for the same identifier twice
   * @throws NullPointerException if members or one of them is null (a programmer error)
   */
  public static Validation<Seq<Reason>, Facilitators> of(Seq<Facilitator> members) {
    requireNonNull(members, "members").forEach(m -> requireNonNull(m, "member"));
    if (members.isEmpty() || members.size() > 2) {
      return Input.invalid(
          new FieldReason.OutOfRange(FIELD, String.valueOf(members.size()), "1", "2"));
    }
    if (members.size() == 2 && members.head().id().equals(members.last().id())) {
      return Input.invalid(new FieldReason.Duplicate(FIELD, members.head().id().value()));
    }
    return Validation.valid(new Facilitators(List.ofAll(members)));
  }

  /**
   * Whether these are a pair rather than one professional.
   *
   * @return true for two facilitators
   */
  public boolean isPair() {
    return members.size() == 2;
  }

  /**
   * The facilitators, in the order given.
   *
   * @return one or two facilitators, never null
   */
  public Seq<Facilitator> members() {
    return members;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Facilitators that && members.equals(that.members);
  }

  @Override
  public int hashCode() {
    return members.hashCode();
  }

  @Override
  public String toString() {
    return "Facilitators" + members.map(Facilitator::id).mkString("[", ", ", "]");
  }
}
