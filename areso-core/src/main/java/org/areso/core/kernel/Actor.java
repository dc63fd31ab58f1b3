package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

/**
 * Who acted: a party of the engagement, a facilitator, or the programme's operator (the back
 * office that receives requests and records eligibility decisions).
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Actor {

  /**
   * A party (partie prenante) acting through one of its members.
   *
   * @param role the party's role, not null
   * @param id the host's identifier of the person or body acting, not null
   */
  record Party(PartyRole role, PartyId id) implements Actor {
    /** Creates the actor. @throws NullPointerException if an argument is null */
    public Party {
      requireNonNull(role, "role");
      requireNonNull(id, "id");
    }
  }

  /**
   * A facilitator (intervenant-facilitateur) of the engagement.
   *
   * @param id the facilitator's identifier, not null
   */
  record Facilitator(FacilitatorId id) implements Actor {
    /** Creates the actor. @throws NullPointerException if id is null */
    public Facilitator {
      requireNonNull(id, "id");
    }
  }

  /**
   * The programme's operator, such as the regional Aract office.
   *
   * @param reference the host's reference of the office or agent, not null
   */
  record Operator(String reference) implements Actor {
    /** Creates the actor. @throws NullPointerException if reference is null */
    public Operator {
      requireNonNull(reference, "reference");
    }
  }
}
