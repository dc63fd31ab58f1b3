package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDateTime;

/**
 * A facilitator (intervenant-facilitateur): one member of the pair that runs an engagement, with
 * the ties that the impartiality and independence checks look at.
 *
 * <p>Areso keeps no name or contact detail: the host has them under the {@link FacilitatorId}.
 * Immutable and thread-safe.
 *
 * @param id the host's identifier, not null
 * @param kind the facilitator's kind, not null
 * @param ties the facilitator's declared ties, in the order given, not null
 */
public record Facilitator(FacilitatorId id, FacilitatorKind kind, Seq<Tie> ties) {

  /**
   * Creates a facilitator.
   *
   * @throws NullPointerException if an argument or a tie is null (a programmer error)
   */
  public Facilitator {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(ties, "ties");
    ties.forEach(t -> requireNonNull(t, "ties[]"));
    ties = List.ofAll(ties);
  }

  /**
   * A facilitator with no declared tie.
   *
   * @param id the host's identifier, not null
   * @param kind the kind, not null
   * @return the facilitator, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Facilitator of(FacilitatorId id, FacilitatorKind kind) {
    return new Facilitator(id, kind, List.empty());
  }

  /**
   * A facilitator with no declared tie, under an identifier the host already checked (a constant,
   * or one read back from its own store). For an identifier typed by a user, read it with {@link
   * FacilitatorId#of(String)}, which returns every reason it is refused.
   *
   * @param id the host's identifier, not null
   * @param kind the kind, not null
   * @return the facilitator, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   * @throws IllegalArgumentException if id is not a valid {@link FacilitatorId} (a programmer
   *     error)
   */
  public static Facilitator of(String id, FacilitatorKind kind) {
    return of(FacilitatorId.of(requireNonNull(id, "id")).toEither().getOrElseThrow(
        reasons -> new IllegalArgumentException(reasons.head().message(Language.EN))), kind);
  }

  /**
   * This facilitator acting at a time: the stamp a command carries.
   *
   * @param time when the facilitator acted, given by the caller, not null
   * @return the stamp of the {@link Actor.Facilitator} with this identifier, never null
   * @throws NullPointerException if time is null (a programmer error)
   */
  public Stamp at(LocalDateTime time) {
    return Stamp.of(new Actor.Facilitator(id), time);
  }

  /**
   * This facilitator with one more declared tie.
   *
   * @param tie the tie, not null
   * @return a new facilitator, never null
   * @throws NullPointerException if tie is null (a programmer error)
   */
  public Facilitator withTie(Tie tie) {
    return new Facilitator(id, kind, ties.append(requireNonNull(tie, "tie")));
  }
}
