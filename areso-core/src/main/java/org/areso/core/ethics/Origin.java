package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import org.areso.core.kernel.PartyRole;

/**
 * Where a request comes from: the parties who asked themselves, and the third party who referred
 * the structure, if any. Freedom requires that at least one party asked.
 *
 * <p>Immutable and thread-safe.
 *
 * @param requestedBy the parties who asked themselves, possibly none, not null
 * @param referredBy the third party who referred the structure, if any, not null
 */
public record Origin(Set<PartyRole> requestedBy, Option<ThirdParty> referredBy) {

  /** Creates an origin. @throws NullPointerException if an argument or a role is null */
  public Origin {
    PartyRole.requireNoNull(requestedBy, "requestedBy");
    requireNonNull(referredBy, "referredBy");
  }

  /**
   * A request made by the parties themselves.
   *
   * @param first a party who asked, not null
   * @param others the other parties who asked, not null
   * @return the origin, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Origin parties(PartyRole first, PartyRole... others) {
    return new Origin(LinkedHashSet.of(requireNonNull(first, "first"))
        .addAll(LinkedHashSet.of(requireNonNull(others, "others"))), Option.none());
  }

  /**
   * A referral by a third party, joined by the parties named (possibly none).
   *
   * @param referrer who referred the structure, not null
   * @param joinedBy the parties who also asked, not null
   * @return the origin, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Origin referral(ThirdParty referrer, PartyRole... joinedBy) {
    return new Origin(LinkedHashSet.of(requireNonNull(joinedBy, "joinedBy")),
        Option.of(requireNonNull(referrer, "referrer")));
  }
}
