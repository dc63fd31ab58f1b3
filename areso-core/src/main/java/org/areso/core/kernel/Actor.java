package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDateTime;

/**
 * Who acted: a party of the engagement, a facilitator, or the programme's operator (the back
 * office that receives requests and records eligibility decisions).
 *
 * <p>Immutable and thread-safe. {@link #at(LocalDateTime)} stamps a command with the actor and
 * its time: {@code giveConsent(director.at(now))}.
 */
public sealed interface Actor {

  /**
   * A party acting through the member the host knows under an identifier it already checked (a
   * constant, or one read back from its own store). For an identifier typed by a user, read it
   * with {@link PartyId#of(String)}, which returns every reason it is refused, and use {@link
   * Party#Party(PartyRole, PartyId)}.
   *
   * @param role the party's role, not null
   * @param id the host's identifier of the person or body acting, not null
   * @return the actor, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   * @throws IllegalArgumentException if id is not a valid {@link PartyId} (a programmer error)
   */
  static Actor party(PartyRole role, String id) {
    return new Party(role, valid(PartyId.of(requireNonNull(id, "id"))));
  }

  /**
   * The programme's operator.
   *
   * @param reference the host's reference of the office or agent, not blank, not null
   * @return the actor, never null
   * @throws NullPointerException if reference is null (a programmer error)
   * @throws IllegalArgumentException if reference is blank (a programmer error: the operator
   *     that acted could not be told)
   */
  static Actor operator(String reference) {
    if (Input.isBlank(requireNonNull(reference, "reference"))) {
      throw new IllegalArgumentException("an operator's reference is blank");
    }
    return new Operator(reference);
  }

  /**
   * This actor acting at a time: the stamp a command carries.
   *
   * @param time when the actor acted, given by the caller, not null
   * @return the stamp, never null
   * @throws NullPointerException if time is null (a programmer error)
   */
  default Stamp at(LocalDateTime time) {
    return Stamp.of(this, time);
  }

  /**
   * The value of a validation that the caller promises is valid.
   *
   * @param <T> the value's type
   * @param read the validation, not null
   * @return its value
   * @throws IllegalArgumentException with the first reason's English message, if it is invalid
   */
  private static <T> T valid(Validation<Seq<Reason>, T> read) {
    return read.toEither().getOrElseThrow(
        reasons -> new IllegalArgumentException(reasons.head().message(Language.EN)));
  }

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
