package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

/**
 * A party (partie prenante) of an engagement: a group of the structure's people in one role, such
 * as its management or its staff representatives, identified by the host.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the host's identifier of the party, not null
 * @param role the party's role, not null
 */
public record Party(PartyId id, PartyRole role) {

  /**
   * Creates a party.
   *
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Party {
    requireNonNull(id, "id");
    requireNonNull(role, "role");
  }

  /**
   * Creates a party.
   *
   * @param id the host's identifier, not null
   * @param role the role, not null
   * @return the party, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Party of(PartyId id, PartyRole role) {
    return new Party(id, role);
  }
}
