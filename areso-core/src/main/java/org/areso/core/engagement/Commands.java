package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.areso.core.eligibility.Decision;
import org.areso.core.engagement.EngagementCommand.AdoptActionPlan;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.ConfirmFraming;
import org.areso.core.engagement.EngagementCommand.Decline;
import org.areso.core.engagement.EngagementCommand.EndIntervention;
import org.areso.core.engagement.EngagementCommand.GiveConsent;
import org.areso.core.engagement.EngagementCommand.ProposeFraming;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementCommand.RecordFollowUpReview;
import org.areso.core.engagement.EngagementCommand.RecordIntersessionWork;
import org.areso.core.engagement.EngagementCommand.RecordPreDiagnosis;
import org.areso.core.engagement.EngagementCommand.RecordSelection;
import org.areso.core.engagement.EngagementCommand.RecordSession;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementCommand.StartIntervention;
import org.areso.core.engagement.EngagementCommand.Withdraw;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Origin;
import org.areso.core.ethics.Participation;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Stamp;
import org.areso.core.kernel.Structure;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.FormatId;

/**
 * The host's short forms of the {@link EngagementCommand}s: each factory builds the record it
 * names from plain values, so that a host imports them statically and writes {@code
 * engagement.handle(giveConsent(director.at(now)))}. The records stay the full form, for what the
 * factories leave out (signs of tension, a framing with a party under obligation, an interview,
 * items owned by different actors, a referral).
 *
 * <p>The factories take identifiers the host already checked (constants, or values read back from
 * its own store) and throw {@link IllegalArgumentException} on an invalid one, a programmer error;
 * for a value typed by a user, the identifiers' {@code of} return every reason it is refused.
 */
public final class Commands {

  private Commands() { }

  /**
   * Asks for an engagement, as the party that acts in the stamp: the request's origin is that
   * party. For a request relayed by a third party, use {@link EngagementCommand.RequestEngagement} with an {@link
   * Origin#referral referral}.
   *
   * @param engagement the identifier the host chose and already checked (see {@link
   *     EngagementId#of(String)} for one typed by a user), not null
   * @param stamp a party asking, and when, not null
   * @param structure the structure that asks, not null
   * @return the command, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   * @throws IllegalArgumentException if the identifier is not a valid {@link EngagementId}, or if
   *     the stamp's actor is not a party (programmer errors)
   */
  public static RequestEngagement request(String engagement, Stamp stamp, Structure structure) {
    if (!(requireNonNull(stamp, "stamp").actor() instanceof Actor.Party party)) {
      throw new IllegalArgumentException("a request by " + stamp.actor() + " needs its origin:"
          + " use new RequestEngagement(…, Origin.referral(…))");
    }
    return new RequestEngagement(valid(EngagementId.of(requireNonNull(engagement, "engagement"))),
        stamp, structure, Origin.parties(party.role()));
  }

  /**
   * Records what the first meeting found, with no sign of tension noted.
   *
   * @param stamp who records it and when, not null
   * @param origin the party the request comes from, not null
   * @param context why the engagement is asked for, not null
   * @param proposedFormat the identifier of the format proposed, among the programme's, not null
   * @return the command, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   * @throws IllegalArgumentException if proposedFormat is not a valid {@link FormatId}
   */
  public static RecordPreDiagnosis recordPreDiagnosis(Stamp stamp, PartyRole origin,
      InterventionContext context, String proposedFormat) {
    return new RecordPreDiagnosis(stamp, new PreDiagnosis(origin, context, HashSet.empty(),
        valid(FormatId.of(requireNonNull(proposedFormat, "proposedFormat")))));
  }

  /**
   * Records the application a call for applications selected, which the engagement answers.
   *
   * @param stamp who records it and when, not null
   * @param application the selected application, not null
   * @return the command, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static RecordSelection recordSelection(Stamp stamp, CohortApplication application) {
    return new RecordSelection(stamp, application);
  }

  /**
   * Records an {@code ELIGIBLE} decision, made for a request date.
   *
   * @param stamp who records it and when, not null
   * @param decision the decision, not null
   * @param requestDate the request date the decision was made for, not null
   * @return the command, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Qualify qualify(Stamp stamp, Decision decision, LocalDate requestDate) {
    return new Qualify(stamp, EligibilityRecord.of(decision, requestDate));
  }

  /**
   * Records a {@code NOT_ELIGIBLE} decision, made for a request date.
   *
   * @param stamp who records it and when, not null
   * @param decision the decision, not null
   * @param requestDate the request date the decision was made for, not null
   * @return the command, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Decline decline(Stamp stamp, Decision decision, LocalDate requestDate) {
    return new Decline(stamp, EligibilityRecord.of(decision, requestDate));
  }

  /**
   * Assigns the facilitators the host put together: a pair, or one professional.
   *
   * @param stamp who assigns them and when, not null
   * @param first one facilitator, not null
   * @param others the other, if a pair, not null
   * @return the command, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   * @throws IllegalArgumentException if there are more than two, or twice the same (use {@link
   *     Facilitators#of} for a team read from user input: it returns the reasons)
   */
  public static AssignFacilitators assignFacilitators(Stamp stamp, Facilitator first,
      Facilitator... others) {
    return new AssignFacilitators(stamp,
        new Facilitators(List.of(others).prepend(requireNonNull(first, "first"))));
  }

  /**
   * Proposes a framing in which every party named takes part voluntarily.
   *
   * @param stamp who proposes it and when, not null
   * @param objectives the objectives, not null
   * @param methodology the methodology, not null
   * @param rules the rules the parties keep, not null
   * @param planning the planning, not null
   * @param parties the parties the framing names, each {@link Participation#VOLUNTARY}, not null
   * @return the command, never null
   * @throws NullPointerException if an argument or a party is null (a programmer error)
   */
  public static ProposeFraming proposeFraming(Stamp stamp, String objectives, String methodology,
      String rules, String planning, Set<PartyRole> parties) {
    return new ProposeFraming(stamp, new Framing(objectives, methodology, rules, planning,
        LinkedHashMap.ofEntries(requireNonNull(parties, "parties")
            .map(party -> Tuple.of(requireNonNull(party, "party"), Participation.VOLUNTARY)))));
  }

  /**
   * The acting party consents to the current framing.
   *
   * @param stamp the consenting party and when, not null
   * @return the command, never null
   * @throws NullPointerException if stamp is null (a programmer error)
   */
  public static GiveConsent giveConsent(Stamp stamp) {
    return new GiveConsent(stamp);
  }

  /**
   * Confirms the framing once every party has consented.
   *
   * @param stamp who confirms it and when, not null
   * @return the command, never null
   * @throws NullPointerException if stamp is null (a programmer error)
   */
  public static ConfirmFraming confirmFraming(Stamp stamp) {
    return new ConfirmFraming(stamp);
  }

  /**
   * Starts the intervention.
   *
   * @param stamp who starts it and when, not null
   * @param planEnd the day it is planned to end, not null
   * @return the command, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static StartIntervention startIntervention(Stamp stamp, LocalDate planEnd) {
    return new StartIntervention(stamp, planEnd);
  }

  /**
   * Records a working session held on a day, with the parties present.
   *
   * @param stamp who records it and when, not null
   * @param date the day it was held, not null
   * @param length its length, not null
   * @param present the parties present, not null
   * @return the command, never null
   * @throws NullPointerException if an argument or a party is null (a programmer error)
   */
  public static RecordSession recordSession(Stamp stamp, LocalDate date, SessionLength length,
      Set<PartyRole> present) {
    return new RecordSession(stamp, Session.planned(date, length).withStatus(Session.Status.HELD),
        present, MeetingKind.SESSION);
  }

  /**
   * Records work a party did between sessions; what was done is kept {@link Sensitive}.
   *
   * @param stamp who records it and when, not null
   * @param party the party that did the work, not null
   * @param on the day it was done, not null
   * @param what what was done, not null
   * @return the command, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static RecordIntersessionWork recordIntersessionWork(Stamp stamp, PartyRole party,
      LocalDate on, String what) {
    return new RecordIntersessionWork(stamp, new IntersessionWork(party, on, Sensitive.of(what)));
  }

  /**
   * Adopts an action plan whose items the acting party owns and decided, each validated by the
   * parties given.
   *
   * @param stamp the party adopting it and when, not null
   * @param validatedBy the parties who validated every item, not null
   * @param first the host's reference of the first action, not null
   * @param others the references of the other actions, not null
   * @return the command, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static AdoptActionPlan adoptActionPlan(Stamp stamp, Set<PartyRole> validatedBy, String first,
      String... others) {
    Actor party = requireNonNull(stamp, "stamp").actor();
    return new AdoptActionPlan(stamp, List.of(others).prepend(requireNonNull(first, "first"))
        .map(reference -> new ActionPlanItem(reference, party, party, validatedBy)));
  }

  /**
   * Ends the intervention.
   *
   * @param stamp who ends it and when, not null
   * @return the command, never null
   * @throws NullPointerException if stamp is null (a programmer error)
   */
  public static EndIntervention endIntervention(Stamp stamp) {
    return new EndIntervention(stamp);
  }

  /**
   * Records the follow-up review.
   *
   * @param stamp who records it and when, not null
   * @param summary what the review found, not null
   * @return the command, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static RecordFollowUpReview recordFollowUpReview(Stamp stamp, String summary) {
    return new RecordFollowUpReview(stamp, summary);
  }

  /**
   * Closes the engagement with its closing assessment.
   *
   * @param stamp who closes it and when, not null
   * @param summary the assessment's summary, not null
   * @return the command, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Close close(Stamp stamp, String summary) {
    return new Close(stamp, new Assessment(summary));
  }

  /**
   * The acting party withdraws.
   *
   * @param stamp the party withdrawing and when, not null
   * @return the command, never null
   * @throws NullPointerException if stamp is null (a programmer error)
   */
  public static Withdraw withdraw(Stamp stamp) {
    return new Withdraw(stamp);
  }

  private static <T> T valid(Validation<Seq<Reason>, T> read) {
    return read.toEither().getOrElseThrow(
        reasons -> new IllegalArgumentException(reasons.head().message(Language.EN)));
  }
}
