package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import java.time.LocalDateTime;

/**
 * A facilitator (intervenant-facilitateur): one member of the pair that runs an engagement, with
 * the ties that the impartiality and independence checks look at and the qualifications a
 * programme may require (such as the title of social worker of CASF L.411-1).
 *
 * <p>Areso keeps no name or contact detail: the host has them under the {@link FacilitatorId}.
 * Immutable and thread-safe; equal when identifier, kind, ties (in order) and qualifications are
 * equal.
 *
 * @param id the host's identifier, not null
 * @param kind the facilitator's kind, not null
 * @param ties the facilitator's declared ties, in the order given, not null
 * @param qualifications the qualifications the facilitator carries, in the order of {@link
 *     Qualification}, not null
 */
public record Facilitator(FacilitatorId id, FacilitatorKind kind, Seq<Tie> ties,
    Set<Qualification> qualifications) {

  /**
   * Creates a facilitator.
   *
   * @throws NullPointerException if an argument, a tie or a qualification is null (a programmer
   *     error)
   */
  public Facilitator {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(ties, "ties");
    requireNonNull(qualifications, "qualifications");
    ties.forEach(t -> requireNonNull(t, "ties[]"));
    qualifications.forEach(q -> requireNonNull(q, "qualifications[]"));
    ties = List.ofAll(ties);
    qualifications = TreeSet.ofAll(qualifications);
  }

  /**
   * Creates a facilitator who carries no qualification.
   *
   * @param id the host's identifier, not null
   * @param kind the facilitator's kind, not null
   * @param ties the facilitator's declared ties, in the order given, not null
   * @throws NullPointerException if an argument or a tie is null (a programmer error)
   */
  public Facilitator(FacilitatorId id, FacilitatorKind kind, Seq<Tie> ties) {
    this(id, kind, ties, TreeSet.empty());
  }

  /**
   * A facilitator with no declared tie and no qualification.
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
   * A facilitator with no declared tie and no qualification, under an identifier the host already
   * checked (a constant, or one read back from its own store). For an identifier typed by a user,
   * read it with {@link FacilitatorId#of(String)}, which returns every reason it is refused.
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
   * A facilitator with no declared tie, carrying qualifications, under an identifier the host
   * already checked, as {@link #of(String, FacilitatorKind)} reads it.
   *
   * @param id the host's identifier, not null
   * @param kind the kind, not null
   * @param qualifications the qualifications the facilitator carries, none or more, not null
   * @return the facilitator, never null
   * @throws NullPointerException if an argument or a qualification is null (a programmer error)
   * @throws IllegalArgumentException if id is not a valid {@link FacilitatorId} (a programmer
   *     error)
   */
  public static Facilitator of(String id, FacilitatorKind kind,
      Qualification... qualifications) {
    Facilitator facilitator = of(id, kind);
    return new Facilitator(facilitator.id(), kind, List.empty(),
        List.of(requireNonNull(qualifications, "qualifications")).toSet());
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
    return new Facilitator(id, kind, ties.append(requireNonNull(tie, "tie")), qualifications);
  }

  /**
   * This facilitator carrying one more qualification; an equal facilitator when it already
   * carries it.
   *
   * @param qualification the qualification, not null
   * @return a new facilitator, never null
   * @throws NullPointerException if qualification is null (a programmer error)
   */
  public Facilitator withQualification(Qualification qualification) {
    return new Facilitator(id, kind, ties,
        qualifications.add(requireNonNull(qualification, "qualification")));
  }

  /**
   * Whether this facilitator carries a qualification.
   *
   * @param qualification the qualification, not null
   * @return true when it carries it
   * @throws NullPointerException if qualification is null (a programmer error)
   */
  public boolean hasQualification(Qualification qualification) {
    return qualifications.contains(requireNonNull(qualification, "qualification"));
  }
}
