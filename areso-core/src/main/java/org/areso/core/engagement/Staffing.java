package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import org.areso.core.kernel.FacilitatorKind;

/**
 * Who a workflow lets run an engagement: a pair of facilitators (binôme), or one qualified
 * professional, each of one of the kinds the programme offers.
 *
 * <p>Immutable and thread-safe.
 *
 * @param pair true for a pair, false for one professional
 * @param kinds the kinds of facilitator who may be assigned, at least one, not null
 */
public record Staffing(boolean pair, Set<FacilitatorKind> kinds) {

  /** Creates a staffing rule. @throws NullPointerException if kinds is null */
  public Staffing {
    requireNonNull(kinds, "kinds");
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
}
