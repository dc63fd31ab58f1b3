package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.Function3;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;
import io.vavr.collection.LinkedHashMap;
import org.areso.core.engagement.EngagementCommand.AdoptActionPlan;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.ConfirmFraming;
import org.areso.core.engagement.EngagementCommand.Decline;
import org.areso.core.engagement.EngagementCommand.EndIntervention;
import org.areso.core.engagement.EngagementCommand.GiveConsent;
import org.areso.core.engagement.EngagementCommand.ProposeFraming;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementCommand.RecordFollowUpReview;
import org.areso.core.engagement.EngagementCommand.RecordPreDiagnosis;
import org.areso.core.engagement.EngagementCommand.RecordSession;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementCommand.Resume;
import org.areso.core.engagement.EngagementCommand.StartIntervention;
import org.areso.core.engagement.EngagementCommand.Suspend;
import org.areso.core.engagement.EngagementCommand.Withdraw;
import org.areso.core.engagement.EngagementEvent.ActionPlanAdopted;
import org.areso.core.engagement.EngagementEvent.Closed;
import org.areso.core.engagement.EngagementEvent.ConsentGiven;
import org.areso.core.engagement.EngagementEvent.Declined;
import org.areso.core.engagement.EngagementEvent.EngagementRequested;
import org.areso.core.engagement.EngagementEvent.FollowUpReviewed;
import org.areso.core.engagement.EngagementEvent.FramingConfirmed;
import org.areso.core.engagement.EngagementEvent.FramingProposed;
import org.areso.core.engagement.EngagementEvent.InterventionEnded;
import org.areso.core.engagement.EngagementEvent.InterventionStarted;
import org.areso.core.engagement.EngagementEvent.PreDiagnosisRecorded;
import org.areso.core.engagement.EngagementEvent.Qualified;
import org.areso.core.engagement.EngagementEvent.Resumed;
import org.areso.core.engagement.EngagementEvent.SessionHeld;
import org.areso.core.engagement.EngagementEvent.Suspended;
import org.areso.core.engagement.EngagementEvent.Withdrawn;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementCommand.Disclose;
import org.areso.core.engagement.EngagementCommand.RecordContribution;
import org.areso.core.engagement.EngagementEvent.ContributionRecorded;
import org.areso.core.engagement.EngagementEvent.Disclosed;
import org.areso.core.engagement.EngagementEvent.FacilitatorsAssigned;
import org.areso.core.eligibility.Verdict;
import org.areso.core.ethics.ActionDecision;
import org.areso.core.ethics.Assignment;
import org.areso.core.ethics.Audit;
import org.areso.core.ethics.Audited;
import org.areso.core.ethics.Charter;
import org.areso.core.ethics.Conduct;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.Meeting;
import org.areso.core.ethics.Origin;
import org.areso.core.ethics.Violation;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Structure;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.Actor;
import org.areso.core.lifecycle.Guard;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.lifecycle.Lifecycle;
import org.areso.core.lifecycle.LifecycleState;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Unmet;
import org.areso.core.programme.Programme;

/**
 * One engagement (accompagnement): one programme delivered to one structure, from the request to
 * the closing assessment, as an immutable aggregate on the lifecycle kernel.
 *
 * <p>Stages: requested → pre-diagnosed → qualified (or declined) → awaiting consent → framed → in
 * progress (⇄ suspended) → follow-up → closed; withdrawn is reachable from every stage that is not
 * terminal, by any party, with no reason asked (freedom of the parties). {@link
 * #start(Programme, RequestEngagement)} and {@link #handle(EngagementCommand)} are pure and return
 * the new engagement with the events to store, or a {@link Rejection}; {@link #replay(Programme,
 * Seq, long)} rebuilds an engagement from its stored events, refusing a history that could not have
 * happened.
 *
 * <p>The request carries the {@link Structure} that asks; qualifying needs an {@code ELIGIBLE}
 * {@link EligibilityRecord} of the programme's policy, declining a {@code NOT_ELIGIBLE} one, and an
 * {@code UNDETERMINED} record leaves the engagement where it is, naming the missing facts.
 *
 * <p>Immutable and thread-safe; equal when identity, programme, structure, stage, version and
 * every recorded fact are equal.
 */
public final class Engagement
    implements LifecycleState<EngagementStage, EngagementId>, Audited {

  private static final String CHARTER = "charter";

  private static final Lifecycle<EngagementStage, EngagementId, Programme, Engagement,
      EngagementCommand, EngagementEvent> LIFECYCLE = define();

  private static final java.util.Set<EngagementStage> NOT_STARTED = java.util.EnumSet.of(
      EngagementStage.REQUESTED, EngagementStage.PRE_DIAGNOSED, EngagementStage.QUALIFIED,
      EngagementStage.AWAITING_CONSENT, EngagementStage.FRAMED);

  private final EngagementId id;
  private final Programme programme;
  private final Structure structure;
  private final EngagementStage stage;
  private final long version;
  private final Option<PreDiagnosis> preDiagnosis;
  private final Option<EligibilityRecord> eligibilityRecord;
  private final Option<Framing> framing;
  private final Option<LocalDate> framingProposedOn;
  private final Set<PartyRole> consents;
  private final Option<LocalDate> planEnd;
  private final Origin origin;
  private final Set<PartyRole> voidedConsents;
  private final Option<Assignment> assignment;
  private final Seq<Meeting> meetings;
  private final int halfDaysConsumed;
  private final Seq<ActionDecision> actionPlan;
  private final Seq<Contribution> contributions;
  private final Seq<Disclosure> disclosures;
  private final Option<LocalDate> interventionEndedOn;
  private final Option<String> followUpReview;
  private final Option<Assessment> assessment;

  private Engagement(Draft d) {
    this.id = d.id;
    this.programme = d.programme;
    this.structure = d.structure;
    this.stage = d.stage;
    this.version = d.version;
    this.preDiagnosis = d.preDiagnosis;
    this.eligibilityRecord = d.eligibilityRecord;
    this.framing = d.framing;
    this.framingProposedOn = d.framingProposedOn;
    this.consents = d.consents;
    this.planEnd = d.planEnd;
    this.origin = d.origin;
    this.voidedConsents = d.voidedConsents;
    this.assignment = d.assignment;
    this.meetings = d.meetings;
    this.halfDaysConsumed = d.halfDaysConsumed;
    this.actionPlan = d.actionPlan;
    this.contributions = d.contributions;
    this.disclosures = d.disclosures;
    this.interventionEndedOn = d.interventionEndedOn;
    this.followUpReview = d.followUpReview;
    this.assessment = d.assessment;
  }

  /**
   * The lifecycle every engagement follows, built once: list it, draw it, or walk its covering
   * paths in tests.
   *
   * @return the lifecycle, never null
   */
  public static Lifecycle<EngagementStage, EngagementId, Programme, Engagement,
      EngagementCommand, EngagementEvent> lifecycle() {
    return LIFECYCLE;
  }

  /**
   * Starts an engagement: handles the request under a programme.
   *
   * @param programme the programme, not null
   * @param command the request, not null
   * @return the requested engagement with the {@link EngagementRequested} event to store, or why
   *     the request is refused; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<Rejection, Accepted<Engagement, EngagementEvent>> start(
      Programme programme, RequestEngagement command) {
    return LIFECYCLE.start(programme, command);
  }

  /**
   * Rebuilds an engagement from its stored history, re-checking every event: an event its stage
   * forbids, a missing, repeated or moved version, another engagement's event, a history requested
   * under another programme, or a history that does not end at the version the host recorded
   * (events deleted at its end, or added by someone else) is refused.
   *
   * @param programme the programme the engagement runs under, not null
   * @param events the history, oldest first, not null
   * @param expectedVersion the version the host recorded for the engagement (the number of its
   *     events)
   * @return the engagement, or why the history could not have happened; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<HistoryError, Engagement> replay(
      Programme programme, Seq<? extends EngagementEvent> events, long expectedVersion) {
    requireNonNull(programme, "programme");
    if (!requireNonNull(events, "events").isEmpty()
        && events.head() instanceof EngagementRequested requested
        && !requested.programme().equals(programme.id())) {
      return Either.left(new HistoryError.ContextMismatch(programme.id(), requested.programme()));
    }
    return LIFECYCLE.replay(programme, events, expectedVersion);
  }

  /**
   * Handles a command: checks it against the stage, the programme and the charter, and returns
   * the new engagement with the events to store. Pure: this engagement is not changed.
   *
   * @param command the command, not null
   * @return the new engagement with its events, or why the command is refused; never null
   * @throws NullPointerException if command is null (a programmer error)
   */
  public Either<Rejection, Accepted<Engagement, EngagementEvent>> handle(
      EngagementCommand command) {
    return LIFECYCLE.handle(this, command);
  }

  /**
   * Handles a command decided on the version its actor saw, refused with {@link
   * Rejection.VersionConflict} when the engagement has moved on since (a host's optimistic
   * concurrency for a user who may have acted on a stale screen).
   *
   * @param command the command, not null
   * @param seenVersion the version the actor saw
   * @return the new engagement with its events, or why the command is refused; never null
   * @throws NullPointerException if command is null (a programmer error)
   */
  public Either<Rejection, Accepted<Engagement, EngagementEvent>> handle(
      EngagementCommand command, long seenVersion) {
    return LIFECYCLE.handle(this, command, seenVersion);
  }

  /**
   * What is due or overdue on a day, and for whom: a consent pending past the programme's consent
   * delay, the follow-up review once its delay has run, an intervention running past its planned
   * span, the programme's window closing before the intervention has started. An obligation is
   * listed from its due day on (the window's from its notice on) and is overdue after it.
   *
   * @param today the day, given by the caller, not null
   * @return the obligations, never null
   * @throws NullPointerException if today is null (a programmer error)
   */
  public Seq<Obligation> obligations(LocalDate today) {
    requireNonNull(today, "today");
    Seq<Obligation> due = List.empty();
    if (stage == EngagementStage.AWAITING_CONSENT && framingProposedOn.isDefined()) {
      LocalDate day = plus(framingProposedOn.get(), programme.consentDelay());
      if (!today.isBefore(day)) {
        for (PartyRole party : missingConsents()) {
          due = due.append(new Obligation(
              Obligation.Kind.CONSENT, Option.of(party), day, today.isAfter(day)));
        }
      }
    }
    if (stage == EngagementStage.FOLLOW_UP && followUpReview.isEmpty()
        && interventionEndedOn.isDefined()) {
      LocalDate day = plus(interventionEndedOn.get(), programme.followUpDelay());
      if (!today.isBefore(day)) {
        due = due.append(new Obligation(
            Obligation.Kind.FOLLOW_UP_REVIEW, Option.none(), day, today.isAfter(day)));
      }
    }
    if ((stage == EngagementStage.IN_PROGRESS || stage == EngagementStage.SUSPENDED)
        && planEnd.isDefined() && today.isAfter(planEnd.get())) {
      due = due.append(
          new Obligation(Obligation.Kind.PLAN_PAST_SPAN, Option.none(), planEnd.get(), true));
    }
    if (NOT_STARTED.contains(stage) && programme.window().isDefined()) {
      LocalDate end = programme.window().get().end();
      if (!today.isBefore(plus(end, programme.windowNotice().negated()))) {
        due = due.append(new Obligation(Obligation.Kind.PROGRAMME_WINDOW_CLOSING, Option.none(),
            end, today.isAfter(end)));
      }
    }
    return due;
  }

  /** A day plus a delay, saturated at the ends of {@link LocalDate}'s range, never throwing. */
  private static LocalDate plus(LocalDate day, java.time.Period delay) {
    try {
      return day.plus(delay);
    } catch (java.time.DateTimeException beyondTheRange) {
      return delay.isNegative() ? LocalDate.MIN : LocalDate.MAX;
    }
  }

  /**
   * The engagement's identifier.
   *
   * @return the identifier, never null
   */
  public EngagementId id() {
    return id;
  }

  @Override
  public EngagementId subject() {
    return id;
  }

  /**
   * The programme the engagement runs under.
   *
   * @return the programme, never null
   */
  public Programme programme() {
    return programme;
  }

  /**
   * The structure that asked for the engagement, as known on the day of the request: one
   * engagement per structure and programme.
   *
   * @return the structure, never null
   */
  public Structure structure() {
    return structure;
  }

  @Override
  public EngagementStage stage() {
    return stage;
  }

  @Override
  public long version() {
    return version;
  }

  /**
   * Whether the engagement has reached a terminal stage (closed, declined or withdrawn).
   *
   * @return true when nothing more can happen
   */
  public boolean isTerminal() {
    return LIFECYCLE.isTerminal(stage);
  }

  /**
   * The pre-diagnosis, once recorded.
   *
   * @return the pre-diagnosis, never null
   */
  public Option<PreDiagnosis> preDiagnosis() {
    return preDiagnosis;
  }

  /**
   * The eligibility decision the engagement was qualified or declined on, once recorded.
   *
   * @return the record, never null
   */
  public Option<EligibilityRecord> eligibilityRecord() {
    return eligibilityRecord;
  }

  /**
   * The framing last proposed.
   *
   * @return the framing, never null
   */
  public Option<Framing> framing() {
    return framing;
  }

  /**
   * The parties who consented to the framing last proposed.
   *
   * @return the parties, never null
   */
  public Set<PartyRole> consents() {
    return consents;
  }

  /**
   * The required parties whose consent to the current framing is missing.
   *
   * @return the parties, in the programme's order, never null
   */
  public Set<PartyRole> missingConsents() {
    return programme.consentingParties().removeAll(consents);
  }

  /**
   * The last day of the intervention's planned span, once started.
   *
   * @return the day, never null
   */
  public Option<LocalDate> planEnd() {
    return planEnd;
  }

  /**
   * The number of sessions held.
   *
   * @return the count, at least 0
   */
  public int sessionsHeld() {
    return meetings.size();
  }

  /**
   * The meetings held, interviews and working sessions, in order.
   *
   * @return the meetings, never null
   */
  public Seq<Meeting> meetings() {
    return meetings;
  }

  /**
   * Who asked for the engagement.
   *
   * @return the origin, never null
   */
  public Origin origin() {
    return origin;
  }

  /**
   * The required parties whose consent to an earlier framing was voided by a new one and not
   * given again.
   *
   * @return the parties, never null
   */
  public Set<PartyRole> voidedConsents() {
    return voidedConsents;
  }

  /**
   * The facilitators assigned, and when.
   *
   * @return the assignment, never null
   */
  public Option<Assignment> assignment() {
    return assignment;
  }

  /**
   * The facilitators' recorded contributions, in order.
   *
   * @return the contributions, never null
   */
  public Seq<Contribution> contributions() {
    return contributions;
  }

  /**
   * The disclosures made, in order.
   *
   * @return the disclosures, never null
   */
  public Seq<Disclosure> disclosures() {
    return disclosures;
  }

  /**
   * What this engagement records, as the charter's checks read it.
   *
   * @return the conduct, never null
   */
  @Override
  public Conduct conduct() {
    Conduct.Builder b = Conduct.builder(programme.consentingParties())
        .origin(origin)
        .participation(framing.map(Framing::participation).getOrElse(LinkedHashMap.empty()))
        .consents(consents)
        .voidedConsents(voidedConsents)
        .started(planEnd.isDefined())
        .actionPlan(actionPlan)
        .meetings(meetings)
        .contributions(contributions)
        .disclosures(disclosures);
    assignment.forEach(b::assignment);
    return b.build();
  }

  /**
   * Audits this engagement against its programme's charter.
   *
   * @return the audit, never null
   */
  public Audit audit() {
    return programme.charter().audit(this);
  }

  /**
   * The half-days of facilitation consumed by the sessions held.
   *
   * @return the half-days, at least 0
   */
  public int halfDaysConsumed() {
    return halfDaysConsumed;
  }

  /**
   * Whether an action plan was adopted.
   *
   * @return true once adopted
   */
  public boolean hasActionPlan() {
    return !actionPlan.isEmpty();
  }

  /**
   * The decisions of the adopted action plan (none before).
   *
   * @return the decisions, never null
   */
  public Seq<ActionDecision> actionPlan() {
    return actionPlan;
  }

  /**
   * The number of actions in the adopted plan (0 before).
   *
   * @return the count
   */
  public int actionPlanItems() {
    return actionPlan.size();
  }

  /**
   * The parties who validated every decision of the adopted action plan.
   *
   * @return the parties, empty before a plan is adopted, never null
   */
  public Set<PartyRole> actionPlanValidatedBy() {
    return actionPlan.isEmpty() ? LinkedHashSet.empty()
        : actionPlan.map(ActionDecision::validatedBy).reduce(Set::intersect);
  }

  /**
   * The day the intervention ended.
   *
   * @return the day, never null
   */
  public Option<LocalDate> interventionEndedOn() {
    return interventionEndedOn;
  }

  /**
   * The follow-up review's summary, once held.
   *
   * @return the summary, never null
   */
  public Option<String> followUpReview() {
    return followUpReview;
  }

  /**
   * The closing assessment.
   *
   * @return the assessment, never null
   */
  public Option<Assessment> assessment() {
    return assessment;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Engagement that
        && version == that.version
        && stage == that.stage
        && id.equals(that.id)
        && programme.equals(that.programme)
        && structure.equals(that.structure)
        && preDiagnosis.equals(that.preDiagnosis)
        && eligibilityRecord.equals(that.eligibilityRecord)
        && framing.equals(that.framing)
        && framingProposedOn.equals(that.framingProposedOn)
        && consents.equals(that.consents)
        && planEnd.equals(that.planEnd)
        && origin.equals(that.origin)
        && voidedConsents.equals(that.voidedConsents)
        && assignment.equals(that.assignment)
        && meetings.equals(that.meetings)
        && halfDaysConsumed == that.halfDaysConsumed
        && actionPlan.equals(that.actionPlan)
        && contributions.equals(that.contributions)
        && disclosures.equals(that.disclosures)
        && interventionEndedOn.equals(that.interventionEndedOn)
        && followUpReview.equals(that.followUpReview)
        && assessment.equals(that.assessment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, stage, version, consents, meetings.size());
  }

  /** The identifier, programme, stage and version; no content of the engagement. */
  @Override
  public String toString() {
    return "Engagement[" + id + ", " + programme.id() + ", " + stage + ", v" + version + "]";
  }

  // ----- the definition -----

  private static Lifecycle<EngagementStage, EngagementId, Programme, Engagement,
      EngagementCommand, EngagementEvent> define() {
    EngagementStage requested = EngagementStage.REQUESTED;
    EngagementStage preDiagnosed = EngagementStage.PRE_DIAGNOSED;
    EngagementStage qualified = EngagementStage.QUALIFIED;
    EngagementStage awaiting = EngagementStage.AWAITING_CONSENT;
    EngagementStage framed = EngagementStage.FRAMED;
    EngagementStage inProgress = EngagementStage.IN_PROGRESS;
    EngagementStage suspended = EngagementStage.SUSPENDED;
    EngagementStage followUp = EngagementStage.FOLLOW_UP;
    return Lifecycle.<EngagementStage, EngagementId, Programme, Engagement, EngagementCommand,
            EngagementEvent>builder("Engagement", EngagementStage.class)
        .start("request", requested, RequestEngagement.class, EngagementRequested.class,
            (p, c, v) -> new EngagementRequested(c.engagement(), v, c.stamp(), p.id(), c.structure(),
                c.origin()),
            Engagement::created,
            Guard.of(CHARTER, Engagement::requestUnderCharter))
        .transition("recordPreDiagnosis", requested, preDiagnosed, RecordPreDiagnosis.class,
            PreDiagnosisRecorded.class,
            (e, c, v) -> new PreDiagnosisRecorded(e.id, v, c.stamp(), c.preDiagnosis()),
            (e, v, to) -> e.next(v.version(), to, d -> d.preDiagnosis = Option.of(v.preDiagnosis())),
            Guard.of("formatOffered", Engagement::formatOffered),
            Guard.of("contextOffered", Engagement::contextOffered))
        .transition("qualify", requested, qualified, Qualify.class, Qualified.class,
            Engagement::qualified, Engagement::applyQualified,
            Guard.of("preDiagnosisNotRequired", Engagement::preDiagnosisNotRequired),
            Guard.of("programmePolicy", Engagement::qualifiedUnderProgrammePolicy),
            Guard.of("eligible", Engagement::eligible))
        .transition("qualify", preDiagnosed, qualified, Qualify.class, Qualified.class,
            Engagement::qualified, Engagement::applyQualified,
            Guard.of("programmePolicy", Engagement::qualifiedUnderProgrammePolicy),
            Guard.of("eligible", Engagement::eligible))
        .transitions("decline", List.of(requested, preDiagnosed), EngagementStage.DECLINED,
            Decline.class, Declined.class,
            (e, c, v) -> new Declined(e.id, v, c.stamp(), c.eligibilityRecord()),
            (e, v, to) -> e.next(v.version(), to,
                d -> d.eligibilityRecord = Option.of(v.eligibilityRecord())),
            Guard.of("programmePolicy", Engagement::declinedUnderProgrammePolicy),
            Guard.of("notEligible", Engagement::notEligible))
        .transitions("proposeFraming", List.of(qualified, awaiting, framed), awaiting,
            ProposeFraming.class, FramingProposed.class,
            (e, c, v) -> new FramingProposed(e.id, v, c.stamp(), c.framing()),
            (e, v, to) -> e.next(v.version(), to, d -> {
              d.framing = Option.of(v.framing());
              d.framingProposedOn = Option.of(v.stamp().at().toLocalDate());
              d.voidedConsents = d.voidedConsents.addAll(d.consents);
              d.consents = LinkedHashSet.empty();
            }),
            charter((e, b, c) -> b.participation(c.framing().participation())
                .voidedConsents(e.voidedConsents.addAll(e.consents))
                .consents(LinkedHashSet.empty())))
        .transition("giveConsent", awaiting, awaiting, GiveConsent.class, ConsentGiven.class,
            (e, c, v) -> new ConsentGiven(e.id, v, c.stamp(),
                ((Actor.Party) c.stamp().actor()).role()),
            (e, v, to) -> e.next(v.version(), to, d -> {
              d.consents = d.consents.add(v.party());
              d.voidedConsents = d.voidedConsents.remove(v.party());
            }),
            Guard.of("consentingParty", Engagement::consentingParty))
        .staying("assignFacilitators", List.of(qualified, awaiting, framed, inProgress),
            AssignFacilitators.class, FacilitatorsAssigned.class,
            (e, c, v) -> new FacilitatorsAssigned(e.id, v, c.stamp(), c.pair()),
            (e, v, to) -> e.next(v.version(), to, d -> d.assignment =
                Option.of(new Assignment(v.pair(), v.stamp().at().toLocalDate()))),
            Guard.of("facilitatorKinds", Engagement::facilitatorKindsOffered),
            charter((e, b, c) -> b.assignment(
                new Assignment(c.pair(), c.stamp().at().toLocalDate()))))
        .transition("confirmFraming", awaiting, framed, ConfirmFraming.class,
            FramingConfirmed.class,
            (e, c, v) -> new FramingConfirmed(e.id, v, c.stamp()),
            (e, v, to) -> e.next(v.version(), to, d -> { }),
            Guard.of("everyConsentGiven", Engagement::everyConsentGiven))
        .transition("startIntervention", framed, inProgress, StartIntervention.class,
            InterventionStarted.class,
            (e, c, v) -> new InterventionStarted(e.id, v, c.stamp(), c.planEnd()),
            (e, v, to) -> e.next(v.version(), to, d -> d.planEnd = Option.of(v.planEnd())),
            Guard.of("planEndsAfterStart", Engagement::planEndsAfterStart),
            Guard.of("facilitatorsAssigned", Engagement::facilitatorsAssigned),
            charter((e, b, c) -> b.started(true)))
        .transition("recordSession", inProgress, inProgress, RecordSession.class,
            SessionHeld.class,
            (e, c, v) -> new SessionHeld(e.id, v, c.stamp(), c.on(), c.halfDays(),
                c.present(), c.kind()),
            (e, v, to) -> e.next(v.version(), to, d -> {
              d.meetings = d.meetings.append(new Meeting(v.on(), v.kind(), v.present()));
              d.halfDaysConsumed += v.halfDays();
            }),
            Guard.of("someTimeConsumed", Engagement::someTimeConsumed))
        .transition("recordContribution", inProgress, inProgress, RecordContribution.class,
            ContributionRecorded.class,
            (e, c, v) -> new ContributionRecorded(e.id, v, c.stamp(), c.contribution()),
            (e, v, to) -> e.next(v.version(), to,
                d -> d.contributions = d.contributions.append(v.contribution())),
            Guard.of("byAssignedFacilitator", Engagement::byAssignedFacilitator),
            charter((e, b, c) -> b.contribution(c.contribution())))
        .transition("adoptActionPlan", inProgress, inProgress, AdoptActionPlan.class,
            ActionPlanAdopted.class,
            (e, c, v) -> new ActionPlanAdopted(e.id, v, c.stamp(), c.decisions()),
            (e, v, to) -> e.next(v.version(), to, d -> d.actionPlan = v.decisions()),
            Guard.of("adoptedByAParty", Engagement::actorIsAParty),
            Guard.of("hasActions", Engagement::hasActions),
            charter((e, b, c) -> b.actionPlan(c.decisions())))
        .transition("suspend", inProgress, suspended, Suspend.class, Suspended.class,
            (e, c, v) -> new Suspended(e.id, v, c.stamp()),
            (e, v, to) -> e.next(v.version(), to, d -> { }))
        .transition("resume", suspended, inProgress, Resume.class, Resumed.class,
            (e, c, v) -> new Resumed(e.id, v, c.stamp()),
            (e, v, to) -> e.next(v.version(), to, d -> { }))
        .transition("endIntervention", inProgress, followUp, EndIntervention.class,
            InterventionEnded.class,
            (e, c, v) -> new InterventionEnded(e.id, v, c.stamp()),
            (e, v, to) -> e.next(v.version(), to,
                d -> d.interventionEndedOn = Option.of(v.stamp().at().toLocalDate())),
            Guard.of("sessionHeld", Engagement::sessionHeld),
            Guard.of("actionPlanAdopted", Engagement::actionPlanAdopted))
        .transition("recordFollowUpReview", followUp, followUp, RecordFollowUpReview.class,
            FollowUpReviewed.class,
            (e, c, v) -> new FollowUpReviewed(e.id, v, c.stamp(), c.summary()),
            (e, v, to) -> e.next(v.version(), to, d -> d.followUpReview = Option.of(v.summary())))
        .transition("close", followUp, EngagementStage.CLOSED, Close.class, Closed.class,
            (e, c, v) -> new Closed(e.id, v, c.stamp(), c.assessment()),
            (e, v, to) -> e.next(v.version(), to, d -> d.assessment = Option.of(v.assessment())),
            Guard.of("followUpReviewed", Engagement::followUpReviewed))
        .staying("disclose",
            List.of(requested, preDiagnosed, qualified, awaiting, framed, inProgress, suspended,
                followUp),
            Disclose.class, Disclosed.class,
            (e, c, v) -> new Disclosed(e.id, v, c.stamp(), c.disclosure()),
            (e, v, to) -> e.next(v.version(), to,
                d -> d.disclosures = d.disclosures.append(v.disclosure())),
            charter((e, b, c) -> b.disclosure(c.disclosure())))
        .transitions("withdraw",
            List.of(requested, preDiagnosed, qualified, awaiting, framed, inProgress, suspended,
                followUp),
            EngagementStage.WITHDRAWN, Withdraw.class, Withdrawn.class,
            (e, c, v) -> new Withdrawn(e.id, v, c.stamp()),
            (e, v, to) -> e.next(v.version(), to, d -> { }),
            Guard.of("byAParty", Engagement::actorIsAParty))
        .terminal(EngagementStage.DECLINED, EngagementStage.CLOSED, EngagementStage.WITHDRAWN)
        .build()
        .fold(errors -> {
          throw new IllegalStateException(
              "Invalid engagement lifecycle: " + errors.map(r -> r.code()).mkString(", "));
        }, lifecycle -> lifecycle);
  }

  private static Engagement created(Programme programme, EngagementRequested event) {
    Draft d = new Draft();
    d.id = event.engagement();
    d.programme = programme;
    d.structure = event.structure();
    d.origin = event.origin();
    d.stage = EngagementStage.REQUESTED;
    d.version = event.version();
    return new Engagement(d);
  }

  private static Qualified qualified(Engagement e, Qualify c, long version) {
    return new Qualified(e.id, version, c.stamp(), c.eligibilityRecord());
  }

  private static Engagement applyQualified(Engagement e, Qualified v, EngagementStage to) {
    return e.next(v.version(), to, d -> d.eligibilityRecord = Option.of(v.eligibilityRecord()));
  }

  private Engagement next(long newVersion, EngagementStage to, Consumer<Draft> change) {
    Draft d = new Draft(this);
    d.stage = to;
    d.version = newVersion;
    change.accept(d);
    return new Engagement(d);
  }

  // ----- guards -----

  private static Seq<Unmet> formatOffered(Engagement e, RecordPreDiagnosis c) {
    Set<org.areso.core.programme.FormatId> offered = e.programme.formats();
    return offered.contains(c.preDiagnosis().proposedFormat())
        ? List.empty()
        : List.of(Unmet.because(new EngagementReason.FormatNotOffered(
            c.preDiagnosis().proposedFormat(), e.programme.id(), offered)));
  }

  private static Seq<Unmet> contextOffered(Engagement e, RecordPreDiagnosis c) {
    return e.programme.contexts().contains(c.preDiagnosis().context())
        ? List.empty()
        : List.of(Unmet.because(new EngagementReason.ContextNotOffered(
            c.preDiagnosis().context(), e.programme.id())));
  }

  private static Seq<Unmet> preDiagnosisNotRequired(Engagement e, Qualify c) {
    return e.programme.requiresPreDiagnosis()
        ? List.of(Unmet.because(new EngagementReason.PreDiagnosisRequired(e.programme.id())))
        : List.empty();
  }

  private static Seq<Unmet> qualifiedUnderProgrammePolicy(Engagement e, Qualify c) {
    return programmePolicy(e, c.eligibilityRecord());
  }

  private static Seq<Unmet> declinedUnderProgrammePolicy(Engagement e, Decline c) {
    return programmePolicy(e, c.eligibilityRecord());
  }

  private static Seq<Unmet> programmePolicy(Engagement e, EligibilityRecord record) {
    return record.policy().equals(e.programme.id())
        ? List.empty()
        : List.of(Unmet.because(
            new EngagementReason.EligibilityOfAnotherProgramme(record.policy(), e.programme.id())));
  }

  private static Seq<Unmet> eligible(Engagement e, Qualify c) {
    return verdictIs(c.eligibilityRecord(), Verdict.ELIGIBLE);
  }

  private static Seq<Unmet> notEligible(Engagement e, Decline c) {
    return verdictIs(c.eligibilityRecord(), Verdict.NOT_ELIGIBLE);
  }

  private static Seq<Unmet> verdictIs(EligibilityRecord record, Verdict required) {
    if (record.verdict() == required) {
      return List.empty();
    }
    return List.of(Unmet.because(record.verdict() == Verdict.UNDETERMINED
        ? new EngagementReason.EligibilityUndetermined(record.missingFacts())
        : new EngagementReason.EligibilityVerdictMismatch(record.verdict(), required)));
  }

  private static Seq<Unmet> consentingParty(Engagement e, GiveConsent c) {
    if (!(c.stamp().actor() instanceof Actor.Party party)) {
      return List.of(Unmet.because(new EngagementReason.ActorNotAParty()));
    }
    if (!e.programme.consentingParties().contains(party.role())) {
      return List.of(Unmet.because(new EngagementReason.NotAConsentingParty(party.role())));
    }
    return e.consents.contains(party.role())
        ? List.of(Unmet.because(new EngagementReason.ConsentAlreadyGiven(party.role())))
        : List.empty();
  }

  private static Seq<Unmet> everyConsentGiven(Engagement e, ConfirmFraming c) {
    return e.missingConsents().toList()
        .map(p -> Unmet.awaiting(new EngagementReason.ConsentMissing(p), p));
  }

  private static Seq<Unmet> planEndsAfterStart(Engagement e, StartIntervention c) {
    LocalDate start = c.stamp().at().toLocalDate();
    return c.planEnd().isBefore(start)
        ? List.of(Unmet.because(new EngagementReason.PlanEndsBeforeStart(c.planEnd(), start)))
        : List.empty();
  }

  private static Seq<Unmet> someTimeConsumed(Engagement e, RecordSession c) {
    return c.halfDays() >= 1
        ? List.empty()
        : List.of(Unmet.because(new FieldReason.OutOfRange(
            "half_days", String.valueOf(c.halfDays()), "1", String.valueOf(Integer.MAX_VALUE))));
  }

  private static Seq<Unmet> actorIsAParty(Engagement e, EngagementCommand c) {
    return c.stamp().actor() instanceof Actor.Party
        ? List.empty()
        : List.of(Unmet.because(new EngagementReason.ActorNotAParty()));
  }

  private static Seq<Unmet> hasActions(Engagement e, AdoptActionPlan c) {
    return !c.decisions().isEmpty()
        ? List.empty()
        : List.of(Unmet.because(new FieldReason.OutOfRange(
            "action_plan_items", "0", "1", String.valueOf(Integer.MAX_VALUE))));
  }

  private static Seq<Unmet> facilitatorsAssigned(Engagement e, StartIntervention c) {
    return e.assignment.isDefined()
        ? List.empty()
        : List.of(Unmet.because(new EngagementReason.FacilitatorsNotAssigned()));
  }

  private static Seq<Unmet> facilitatorKindsOffered(Engagement e, AssignFacilitators c) {
    return c.pair().members().filter(f -> !e.programme.facilitatorKinds().contains(f.kind()))
        .map(f -> Unmet.because(new EngagementReason.FacilitatorKindNotOffered(
            f.id(), f.kind(), e.programme.id())));
  }

  private static Seq<Unmet> byAssignedFacilitator(Engagement e, RecordContribution c) {
    FacilitatorId by = c.contribution().by();
    return e.assignment.exists(a -> a.pair().members().exists(f -> f.id().equals(by)))
        ? List.empty()
        : List.of(Unmet.because(new EngagementReason.NotAnAssignedFacilitator(by)));
  }

  /**
   * The charter's guard: the blocking violations the command would add to the engagement's
   * conduct. Violations already there (from a history recorded under an older charter) do not
   * block what follows.
   */
  private static <C extends EngagementCommand> Guard<Engagement, C> charter(
      Function3<Engagement, Conduct.Builder, C, Conduct.Builder> change) {
    return Guard.of(CHARTER, (e, c) -> {
      Conduct before = e.conduct();
      return newlyBlocking(e.programme.charter(), before,
          change.apply(e, before.toBuilder(), c).build());
    });
  }

  private static Seq<Unmet> requestUnderCharter(Programme p, RequestEngagement c) {
    Conduct nothing = Conduct.builder(p.consentingParties()).build();
    return newlyBlocking(p.charter(), nothing,
        nothing.toBuilder().origin(c.origin()).build());
  }

  private static Seq<Unmet> newlyBlocking(Charter charter, Conduct before, Conduct after) {
    Seq<Violation> found = charter.audit(after).blocking();
    if (found.isEmpty()) {
      // the usual case, an accepted command: one audit, not two
      return List.empty();
    }
    Seq<Violation> already = charter.audit(before).blocking();
    return found.filter(v -> !already.contains(v)).map(Unmet::because);
  }

  private static Seq<Unmet> sessionHeld(Engagement e, EndIntervention c) {
    return !e.meetings.isEmpty()
        ? List.empty()
        : List.of(Unmet.because(new EngagementReason.NoSessionHeld()));
  }

  private static Seq<Unmet> actionPlanAdopted(Engagement e, EndIntervention c) {
    return !e.actionPlan.isEmpty()
        ? List.empty()
        : e.programme.consentingParties().toList()
            .map(p -> Unmet.awaiting(new EngagementReason.ActionPlanMissing(), p));
  }

  private static Seq<Unmet> followUpReviewed(Engagement e, Close c) {
    return e.followUpReview.isDefined()
        ? List.empty()
        : List.of(Unmet.because(new EngagementReason.FollowUpReviewMissing()));
  }

  /** A mutable copy, used only while making the next engagement. */
  private static final class Draft {
    EngagementId id;
    Programme programme;
    Structure structure;
    EngagementStage stage;
    long version;
    Option<PreDiagnosis> preDiagnosis = Option.none();
    Option<EligibilityRecord> eligibilityRecord = Option.none();
    Option<Framing> framing = Option.none();
    Option<LocalDate> framingProposedOn = Option.none();
    Set<PartyRole> consents = LinkedHashSet.empty();
    Option<LocalDate> planEnd = Option.none();
    Origin origin;
    Set<PartyRole> voidedConsents = LinkedHashSet.empty();
    Option<Assignment> assignment = Option.none();
    Seq<Meeting> meetings = Vector.empty();
    int halfDaysConsumed;
    Seq<ActionDecision> actionPlan = List.empty();
    Seq<Contribution> contributions = Vector.empty();
    Seq<Disclosure> disclosures = Vector.empty();
    Option<LocalDate> interventionEndedOn = Option.none();
    Option<String> followUpReview = Option.none();
    Option<Assessment> assessment = Option.none();

    Draft() { }

    Draft(Engagement e) {
      id = e.id;
      programme = e.programme;
      structure = e.structure;
      stage = e.stage;
      version = e.version;
      preDiagnosis = e.preDiagnosis;
      eligibilityRecord = e.eligibilityRecord;
      framing = e.framing;
      framingProposedOn = e.framingProposedOn;
      consents = e.consents;
      planEnd = e.planEnd;
      origin = e.origin;
      voidedConsents = e.voidedConsents;
      assignment = e.assignment;
      meetings = e.meetings;
      halfDaysConsumed = e.halfDaysConsumed;
      actionPlan = e.actionPlan;
      contributions = e.contributions;
      disclosures = e.disclosures;
      interventionEndedOn = e.interventionEndedOn;
      followUpReview = e.followUpReview;
      assessment = e.assessment;
    }
  }
}
