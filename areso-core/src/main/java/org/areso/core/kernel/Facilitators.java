package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The facilitators (intervenants) who run an engagement: a pair (binôme) of two distinct people, as
 * most programmes send, or one qualified professional, such as a workplace social worker. Which of
 * the two a programme accepts is its workflow's staffing.
 *
 * <p>Form them with {@link #pair}, {@link #one} or {@link #of}, which says why it refuses; the
 * constructor is for members known to be one person or two distinct ones. Immutable and
 * thread-safe; equal when the members are equal in the same order.
 *
 * @param members one or two facilitators with distinct identifiers, in order, not null
 */
public record Facilitators(Seq<Facilitator> members) {

  /** The field name used in reasons. */
  public static final String FIELD = "facilitators";

  /**
   * Creates the facilitators from one person or two distinct ones.
   *
   * @throws NullPointerException if members or one of them is null (a programmer error)
   * @throws IllegalArgumentException for none, more than two, or the same identifier twice (a
   *     programmer error: form facilitators a host supplies with {@link #of})
   */
  public Facilitators {
    members = List.ofAll(requireNonNull(members, "members"));
    members.forEach(m -> requireNonNull(m, "member"));
    Option<Reason> refused = refusal(members);
    if (refused.isDefined()) {
      throw new IllegalArgumentException(refused.get().message(Language.EN));
    }
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
    return refusal(members).<Validation<Seq<Reason>, Facilitators>>map(Input::invalid)
        .getOrElse(() -> Validation.valid(new Facilitators(members)));
  }

  /** Why members are not facilitators, if they are not. */
  private static Option<Reason> refusal(Seq<Facilitator> members) {
    if (members.isEmpty() || members.size() > 2) {
      return Option.some(
          new FieldReason.OutOfRange(FIELD, String.valueOf(members.size()), "1", "2"));
    }
    if (members.size() == 2 && members.head().id().equals(members.last().id())) {
      return Option.some(new FieldReason.Duplicate(FIELD, members.head().id().value()));
    }
    return Option.none();
  }

  /**
   * Whether these are a pair rather than one professional.
   *
   * @return true for two facilitators
   */
  public boolean isPair() {
    return members.size() == 2;
  }

  /** {@code Facilitators[F-1, F-2]}: the identifiers only. */
  @Override
  public String toString() {
    return "Facilitators" + members.map(Facilitator::id).mkString("[", ", ", "]");
  }
}
