package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.BundledReason;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Text;
import org.areso.core.kernel.Tie;

/**
 * What an ethics check found: a stable code, the facts it saw, and French and English messages.
 * Never holds a sensitive value. Immutable records.
 */
public sealed interface EthicsReason extends BundledReason {

  /**
   * The facts the check saw, by name, as text: what a person reviewing the violation reads.
   *
   * @return the facts, in a stable order, never null
   */
  Map<String, String> seen();

  private static Map<String, String> facts(String... keyValues) {
    Map<String, String> m = LinkedHashMap.empty();
    for (int i = 0; i < keyValues.length; i += 2) {
      m = m.put(Tuple.of(keyValues[i], keyValues[i + 1]));
    }
    return m;
  }

  /**
   * No party asked for the engagement: it was filed by a third party, or by no one known.
   *
   * @param referredBy the third party who referred the structure, if any, not null
   */
  record NotRequestedByParties(Option<ThirdParty> referredBy) implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public NotRequestedByParties {
      requireNonNull(referredBy, "referredBy");
    }

    @Override
    public String code() {
      return "NOT_REQUESTED_BY_PARTIES";
    }

    @Override
    public Map<String, String> seen() {
      return facts("requested_by", "", "referred_by", referredBy.map(Enum::name).getOrElse(""));
    }

    @Override
    public Seq<?> arguments() {
      return List.of(referredBy.isEmpty() ? "?" : referredBy.get());
    }
  }

  /**
   * A party is recorded as obliged to take part.
   *
   * @param party the party, not null
   */
  record PartyObliged(PartyRole party) implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public PartyObliged {
      requireNonNull(party, "party");
    }

    @Override
    public String code() {
      return "PARTY_OBLIGED";
    }

    @Override
    public Map<String, String> seen() {
      return facts("party", party.name(), "participation", Participation.OBLIGED.name());
    }
  }

  /**
   * The intervention started, or would start, without a required party's consent.
   *
   * @param party the party, not null
   */
  record ConsentMissing(PartyRole party) implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public ConsentMissing {
      requireNonNull(party, "party");
    }

    @Override
    public String code() {
      return "CONSENT_MISSING_AT_START";
    }

    @Override
    public Map<String, String> seen() {
      return facts("party", party.name(), "consented", "false");
    }
  }

  /**
   * A party consented to an earlier framing; the framing changed, so that consent is void until
   * given again.
   *
   * @param party the party, not null
   */
  record ConsentVoided(PartyRole party) implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public ConsentVoided {
      requireNonNull(party, "party");
    }

    @Override
    public String code() {
      return "CONSENT_VOIDED_BY_REFRAMING";
    }

    @Override
    public Map<String, String> seen() {
      return facts("party", party.name(), "consented", "to an earlier framing");
    }
  }

  /**
   * A required party attended too few of the last working sessions.
   *
   * @param party the party, not null
   * @param attended how many of those sessions it attended
   * @param sessions how many sessions were counted
   * @param thresholdPercent the programme's threshold, in percent
   */
  record LowAttendance(PartyRole party, int attended, int sessions, int thresholdPercent)
      implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public LowAttendance {
      requireNonNull(party, "party");
    }

    @Override
    public String code() {
      return "LOW_ATTENDANCE";
    }

    @Override
    public Map<String, String> seen() {
      return facts("party", party.name(), "attended", String.valueOf(attended),
          "sessions", String.valueOf(sessions), "threshold_percent",
          String.valueOf(thresholdPercent));
    }
  }

  /**
   * An action of the plan is not owned by a party.
   *
   * @param action the host's reference of the action, not null
   * @param owner who owns it, not null
   */
  record ActionNotOwnedByParty(String action, Actor owner) implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public ActionNotOwnedByParty {
      requireNonNull(action, "action");
      requireNonNull(owner, "owner");
    }

    @Override
    public String code() {
      return "ACTION_NOT_OWNED_BY_PARTY";
    }

    @Override
    public Map<String, String> seen() {
      return facts("action", action, "owner", actorName(owner));
    }

    @Override
    public Seq<?> arguments() {
      return List.<Object>of(action).appendAll(actor(owner));
    }
  }

  /**
   * An action of the plan was decided by someone who is not a party, such as a facilitator.
   *
   * @param action the host's reference of the action, not null
   * @param decidedBy who decided it, not null
   */
  record ActionNotDecidedByParty(String action, Actor decidedBy) implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public ActionNotDecidedByParty {
      requireNonNull(action, "action");
      requireNonNull(decidedBy, "decidedBy");
    }

    @Override
    public String code() {
      return "ACTION_NOT_DECIDED_BY_PARTY";
    }

    @Override
    public Map<String, String> seen() {
      return facts("action", action, "decided_by", actorName(decidedBy));
    }

    @Override
    public Seq<?> arguments() {
      return List.<Object>of(action).appendAll(actor(decidedBy));
    }
  }

  /**
   * Required parties have not validated an action of the plan.
   *
   * @param action the host's reference of the action, not null
   * @param missing the required parties who did not validate it, not null
   */
  record ActionNotValidated(String action, Set<PartyRole> missing) implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public ActionNotValidated {
      requireNonNull(action, "action");
      requireNonNull(missing, "missing");
    }

    @Override
    public String code() {
      return "ACTION_NOT_VALIDATED";
    }

    @Override
    public Map<String, String> seen() {
      return facts("action", action, "not_validated_by", missing.map(Enum::name).mkString("|"));
    }

    @Override
    public Seq<?> arguments() {
      return List.of(action, missing);
    }
  }

  /**
   * A facilitator's contribution is an opinion on the content of the discussions.
   *
   * @param facilitator the facilitator, not null
   * @param on the day, not null
   */
  record OpinionOnContent(FacilitatorId facilitator, LocalDate on) implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public OpinionOnContent {
      requireNonNull(facilitator, "facilitator");
      requireNonNull(on, "on");
    }

    @Override
    public String code() {
      return "OPINION_ON_CONTENT";
    }

    @Override
    public Map<String, String> seen() {
      return facts("facilitator", facilitator.value(), "on", on.toString(),
          "aspect", Aspect.OPINION_ON_CONTENT.name());
    }
  }

  /**
   * A facilitator has a tie with the structure or with one party.
   *
   * @param facilitator the facilitator, not null
   * @param tie the kind of tie, not null
   * @param party the party the tie is with; none when it is with the structure, not null
   */
  record FacilitatorTied(FacilitatorId facilitator, Tie.Kind tie, Option<PartyId> party)
      implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public FacilitatorTied {
      requireNonNull(facilitator, "facilitator");
      requireNonNull(tie, "tie");
      requireNonNull(party, "party");
    }

    @Override
    public String code() {
      return "FACILITATOR_TIED";
    }

    @Override
    public Map<String, String> seen() {
      return facts("facilitator", facilitator.value(), "tie", tie.name(),
          "with", party.map(PartyId::value).getOrElse("structure"));
    }

    @Override
    public Seq<?> arguments() {
      return List.of(facilitator, tie, party.map(PartyId::value).getOrElse(""),
          party.isDefined());
    }
  }

  /**
   * Working sessions were held with one party only, more often than tolerated.
   *
   * @param party the party met alone, not null
   * @param sessions how many working sessions it was met alone
   * @param tolerated how many the charter tolerates
   */
  record OneSidedContact(PartyRole party, int sessions, int tolerated) implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public OneSidedContact {
      requireNonNull(party, "party");
    }

    @Override
    public String code() {
      return "ONE_SIDED_CONTACT";
    }

    @Override
    public Map<String, String> seen() {
      return facts("party", party.name(), "sessions_alone", String.valueOf(sessions),
          "tolerated", String.valueOf(tolerated));
    }
  }

  /**
   * An item was disclosed to a recipient its sensitivity does not clear.
   *
   * @param item the item's label, not null
   * @param sensitivity its sensitivity, not null
   * @param recipient the recipient, not null
   */
  record DisclosureNotCleared(String item, Sensitivity sensitivity, Recipient recipient)
      implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public DisclosureNotCleared {
      requireNonNull(item, "item");
      requireNonNull(sensitivity, "sensitivity");
      requireNonNull(recipient, "recipient");
    }

    @Override
    public String code() {
      return "DISCLOSURE_NOT_CLEARED";
    }

    @Override
    public Map<String, String> seen() {
      return facts("item", item, "sensitivity", sensitivity.name(),
          "recipient", recipient.name());
    }
  }

  /**
   * Something about an engagement would go to a supervising authority under a charter that
   * promises anonymity towards them.
   *
   * @param item the item's label, not null
   */
  record AnonymityTowardsSupervisingAuthority(String item) implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public AnonymityTowardsSupervisingAuthority {
      requireNonNull(item, "item");
    }

    @Override
    public String code() {
      return "ANONYMITY_TOWARDS_SUPERVISING_AUTHORITY";
    }

    @Override
    public Map<String, String> seen() {
      return facts("item", item, "recipient", Recipient.SUPERVISING_AUTHORITY.name());
    }
  }

  /**
   * A programme figure covers too few engagements to be released.
   *
   * @param indicator the figure's name, not null
   * @param engagements how many engagements it covers
   * @param minimum the charter's minimum
   */
  record AggregateTooSmall(String indicator, int engagements, int minimum)
      implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public AggregateTooSmall {
      requireNonNull(indicator, "indicator");
    }

    @Override
    public String code() {
      return "AGGREGATE_TOO_SMALL";
    }

    @Override
    public Map<String, String> seen() {
      return facts("indicator", indicator, "engagements", String.valueOf(engagements),
          "minimum", String.valueOf(minimum));
    }
  }

  /**
   * A programme figure over enough engagements is withheld all the same: released, it would give
   * back by subtraction the groups withheld for covering fewer than the minimum.
   *
   * @param indicator the figure's name, not null
   * @param engagements how many engagements it covers
   * @param minimum the charter's minimum
   */
  record AggregateWouldRevealWithheld(String indicator, int engagements, int minimum)
      implements EthicsReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public AggregateWouldRevealWithheld {
      requireNonNull(indicator, "indicator");
    }

    @Override
    public String code() {
      return "AGGREGATE_WOULD_REVEAL_WITHHELD";
    }

    @Override
    public Map<String, String> seen() {
      return facts("indicator", indicator, "engagements", String.valueOf(engagements),
          "minimum", String.valueOf(minimum));
    }
  }

  /**
   * An actor as a message quotes it: which kind of actor (0 a party, 1 a facilitator, 2 the
   * operator), then its name (a party's label, a facilitator's identifier, the operator's
   * reference).
   */
  private static List<Object> actor(Actor actor) {
    if (actor instanceof Actor.Party p) {
      return List.of(0, p.role());
    }
    if (actor instanceof Actor.Facilitator f) {
      return List.of(1, f.id().value());
    }
    return List.of(2, ((Actor.Operator) actor).reference());
  }

  /** An actor as the facts seen name it, in English: {@code party management}. */
  private static String actorName(Actor actor) {
    List<Object> kindAndName = actor(actor);
    Object name = kindAndName.get(1);
    return List.of("party ", "facilitator ", "operator ").get((Integer) kindAndName.get(0))
        + (name instanceof Text text ? text.en() : name);
  }
}
