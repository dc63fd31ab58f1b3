package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;

/**
 * A tie between a facilitator and the structure, or one of its parties, that may compromise the
 * facilitator's impartiality or independence: employment, a mandate, family, paid work, or
 * supervisory authority over the structure.
 *
 * <p>Immutable and thread-safe. Build one with {@link #withStructure} or {@link #withParty}.
 *
 * @param kind the kind of tie, not null
 * @param party the party the tie is with; none when it is with the structure as a whole
 * @param period when the tie held; none when it is unknown or still holds without a known start
 */
public record Tie(Tie.Kind kind, Option<PartyId> party, Option<DateWindow> period) {

  /** The kinds of tie the charters name. */
  public enum Kind implements Labelled {
    /** The facilitator is or was employed by the structure or the party. */
    EMPLOYMENT,
    /** The facilitator holds or held a mandate (elected, board, union) there. */
    MANDATE,
    /** The facilitator has a family tie with someone there. */
    FAMILY,
    /** The facilitator did paid work for the structure or the party. */
    PAID_WORK,
    /** The facilitator's employer has supervisory authority over the structure (tutelle). */
    SUPERVISORY_AUTHORITY;

    /**
     * The kind's label in French, English, German and Italian.
     *
     * @return the label, never null
     */
    @Override
    public Text label() {
      return Labels.of(this);
    }
  }

  /**
   * Creates a tie.
   *
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Tie {
    requireNonNull(kind, "kind");
    requireNonNull(party, "party");
    requireNonNull(period, "period");
  }

  /**
   * A tie with the structure as a whole.
   *
   * @param kind the kind, not null
   * @param period when it held, or none if unknown
   * @return the tie, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Tie withStructure(Kind kind, Option<DateWindow> period) {
    return new Tie(kind, Option.none(), period);
  }

  /**
   * A tie with one party of the engagement.
   *
   * @param kind the kind, not null
   * @param party the party, not null
   * @param period when it held, or none if unknown
   * @return the tie, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Tie withParty(Kind kind, PartyId party, Option<DateWindow> period) {
    return new Tie(kind, Option.some(requireNonNull(party, "party")), period);
  }

  /**
   * Whether the tie is with the structure as a whole rather than one party.
   *
   * @return true when no party is named
   */
  public boolean isWithStructure() {
    return party.isEmpty();
  }
}
