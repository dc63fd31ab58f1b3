package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Qualification;

/**
 * Who a workflow lets run an engagement: a pair of facilitators (binôme), or one qualified
 * professional, each of one of the kinds the programme offers and carrying every qualification it
 * requires (such as the title of social worker of CASF L.411-1).
 *
 * <p>Immutable and thread-safe.
 *
 * @param pair true for a pair, false for one professional
 * @param kinds the kinds of facilitator who may be assigned, at least one, not null
 * @param qualifications the qualifications every facilitator assigned must carry, in the order of
 *     {@link Qualification}; empty when none is required; not null
 */
public record Staffing(boolean pair, Set<FacilitatorKind> kinds,
    Set<Qualification> qualifications) {

  /**
   * Creates a staffing rule.
   *
   * @throws NullPointerException if kinds, qualifications or one of them is null (a programmer
   *     error)
   */
  public Staffing {
    requireNonNull(kinds, "kinds");
    requireNonNull(qualifications, "qualifications");
    qualifications.forEach(q -> requireNonNull(q, "qualifications[]"));
    qualifications = TreeSet.ofAll(qualifications);
  }

  /**
   * Creates a staffing rule that requires no qualification.
   *
   * @param pair true for a pair, false for one professional
   * @param kinds the kinds of facilitator who may be assigned, not null
   * @throws NullPointerException if kinds is null (a programmer error)
   */
  public Staffing(boolean pair, Set<FacilitatorKind> kinds) {
    this(pair, kinds, TreeSet.empty());
  }

  /**
   * A pair of facilitators, each of one of these kinds.
   *
   * @param kinds the kinds offered, not null
   * @return the staffing rule, never null
   * @throws NullPointerException if kinds is null (a programmer error)
   */
  public static Staffing pairOf(Set<FacilitatorKind> kinds) {
    return new Staffing(true, kinds);
  }

  /**
   * One qualified professional of one of these kinds.
   *
   * @param kinds the kinds offered, not null
   * @return the staffing rule, never null
   * @throws NullPointerException if kinds is null (a programmer error)
   */
  public static Staffing one(Set<FacilitatorKind> kinds) {
    return new Staffing(false, kinds);
  }

  /**
   * A pair of facilitators of any kind.
   *
   * @return the staffing rule, never null
   */
  public static Staffing anyPair() {
    return pairOf(LinkedHashSet.of(FacilitatorKind.values()));
  }

  /**
   * This rule, also requiring a qualification of every facilitator assigned.
   *
   * @param qualification the qualification, not null
   * @return a new staffing rule, never null
   * @throws NullPointerException if qualification is null (a programmer error)
   */
  public Staffing requiring(Qualification qualification) {
    return new Staffing(pair, kinds,
        qualifications.add(requireNonNull(qualification, "qualification")));
  }

  /**
   * The qualifications this rule requires that a facilitator does not carry.
   *
   * @param facilitator the facilitator, not null
   * @return the missing qualifications, in the order of {@link Qualification}; empty when none is
   *     missing; never null
   * @throws NullPointerException if facilitator is null (a programmer error)
   */
  public Set<Qualification> missing(Facilitator facilitator) {
    requireNonNull(facilitator, "facilitator");
    return qualifications.filter(q -> !facilitator.hasQualification(q));
  }
}
