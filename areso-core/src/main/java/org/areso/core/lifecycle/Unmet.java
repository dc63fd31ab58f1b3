package org.areso.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.PartyRole;

/**
 * One precondition of a command that is not met: the guard that found it, why, and which party
 * must act next.
 *
 * <p>Immutable and thread-safe.
 *
 * @param guard the name of the guard, not null
 * @param reason why, not null
 * @param party the party that must act next; empty when the facilitators or the operator must act,
 *     not null
 */
public record Unmet(String guard, Reason reason, Option<PartyRole> party) {

  /** Creates an unmet precondition. @throws NullPointerException if an argument is null */
  public Unmet {
    requireNonNull(guard, "guard");
    requireNonNull(reason, "reason");
    requireNonNull(party, "party");
  }

  /**
   * An unmet precondition that a party must act on; the kernel fills in the guard's name.
   *
   * @param reason why, not null
   * @param party the party that must act next, not null
   * @return the unmet precondition, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Unmet awaiting(Reason reason, PartyRole party) {
    return new Unmet("", reason, Option.of(requireNonNull(party, "party")));
  }

  /**
   * An unmet precondition that the facilitators or the operator must act on; the kernel fills in
   * the guard's name.
   *
   * @param reason why, not null
   * @return the unmet precondition, never null
   * @throws NullPointerException if reason is null (a programmer error)
   */
  public static Unmet because(Reason reason) {
    return new Unmet("", reason, Option.none());
  }

  /**
   * This precondition, found by the named guard.
   *
   * @param name the guard's name, not null
   * @return the precondition with that guard name, never null
   */
  public Unmet foundBy(String name) {
    return name.equals(guard) ? this : new Unmet(name, reason, party);
  }
}
