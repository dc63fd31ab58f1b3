package org.areso.core.engagement;

import static org.areso.core.engagement.EngagementGuards.charter;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.areso.core.engagement.EngagementCommand.AdoptActionPlan;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.ConfirmFraming;
import org.areso.core.engagement.EngagementCommand.Decline;
import org.areso.core.engagement.EngagementCommand.Disclose;
import org.areso.core.engagement.EngagementCommand.EndIntervention;
import org.areso.core.engagement.EngagementCommand.GiveConsent;
import org.areso.core.engagement.EngagementCommand.ProposeFraming;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementCommand.RecordContribution;
import org.areso.core.engagement.EngagementCommand.RecordFollowUpReview;
import org.areso.core.engagement.EngagementCommand.RecordIntersessionWork;
import org.areso.core.engagement.EngagementCommand.RecordPreDiagnosis;
import org.areso.core.engagement.EngagementCommand.RecordSelection;
import org.areso.core.engagement.EngagementCommand.RecordSession;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementCommand.Resume;
import org.areso.core.engagement.EngagementCommand.StartIntervention;
import org.areso.core.engagement.EngagementCommand.Suspend;
import org.areso.core.engagement.EngagementCommand.Withdraw;
import org.areso.core.engagement.EngagementEvent.ActionPlanAdopted;
import org.areso.core.engagement.EngagementEvent.Closed;
import org.areso.core.engagement.EngagementEvent.ConsentGiven;
import org.areso.core.engagement.EngagementEvent.ContributionRecorded;
import org.areso.core.engagement.EngagementEvent.Declined;
import org.areso.core.engagement.EngagementEvent.Disclosed;
import org.areso.core.engagement.EngagementEvent.EngagementRequested;
import org.areso.core.engagement.EngagementEvent.FacilitatorsAssigned;
import org.areso.core.engagement.EngagementEvent.FollowUpReviewed;
import org.areso.core.engagement.EngagementEvent.FramingConfirmed;
import org.areso.core.engagement.EngagementEvent.FramingProposed;
import org.areso.core.engagement.EngagementEvent.InterventionEnded;
import org.areso.core.engagement.EngagementEvent.InterventionStarted;
import org.areso.core.engagement.EngagementEvent.IntersessionWorkRecorded;
import org.areso.core.engagement.EngagementEvent.PreDiagnosisRecorded;
import org.areso.core.engagement.EngagementEvent.Qualified;
import org.areso.core.engagement.EngagementEvent.Resumed;
import org.areso.core.engagement.EngagementEvent.SelectionRecorded;
import org.areso.core.engagement.EngagementEvent.SessionHeld;
import org.areso.core.engagement.EngagementEvent.Suspended;
import org.areso.core.engagement.EngagementEvent.Withdrawn;
import org.areso.core.ethics.Assignment;
import org.areso.core.ethics.Conduct;
import org.areso.core.kernel.EngagementId;
import io.vavr.control.Validation;
import org.areso.core.kernel.Actor;
import org.areso.core.lifecycle.DefinitionError;
import org.areso.core.lifecycle.Guard;
import org.areso.core.lifecycle.Lifecycle;
import org.areso.core.lifecycle.LifecycleEvent;
import org.areso.core.lifecycle.Recorder;
import org.areso.core.lifecycle.Unmet;
import org.areso.core.programme.Programme;

/**
 * The building blocks of the engagement's lifecycle, assembled as a {@link Workflow} says: its
 * stages, which command applies where, under which guards, the event each emits and what that
 * event records in the engagement's file or conduct.
 */
final class EngagementWorkflow {

  /**
   * Gathers a replayed event into the draft, the event typed as the kernel iterates it: see
   * {@link EngagementDraft#gather}.
   */
  private static final Recorder<EngagementDraft, LifecycleEvent<EngagementId>, EngagementStage>
      GATHER = EngagementDraft::gather;

  private EngagementWorkflow() { }

  static Validation<Seq<DefinitionError>, Lifecycle<EngagementStage, EngagementId, Programme,
      Engagement, EngagementCommand, EngagementEvent>> assemble(Workflow w) {
    EngagementStage requested = EngagementStage.REQUESTED;
    EngagementStage preDiagnosed = EngagementStage.PRE_DIAGNOSED;
    EngagementStage qualified = EngagementStage.QUALIFIED;
    EngagementStage awaiting = EngagementStage.AWAITING_CONSENT;
    EngagementStage framed = EngagementStage.FRAMED;
    EngagementStage inProgress = EngagementStage.IN_PROGRESS;
    EngagementStage suspended = EngagementStage.SUSPENDED;
    EngagementStage followUp = EngagementStage.FOLLOW_UP;
    Seq<EngagementStage> open = List.of(requested, preDiagnosed, qualified, awaiting, framed,
        inProgress, suspended, followUp);
    return Lifecycle.<EngagementStage, EngagementId, Programme, Engagement, EngagementCommand,
            EngagementEvent>builder("Engagement", EngagementStage.class)
        .start("request", requested, RequestEngagement.class, EngagementRequested.class,
            (p, c, v) -> new EngagementRequested(c.engagement(), v, c.stamp(), p.id(),
                c.structure(), c.origin()),
            (p, v) -> EngagementDraft.requested(p, v).build(),
            Guard.of(EngagementGuards.CHARTER,
                (Programme p, RequestEngagement c) ->
                    EngagementGuards.requestUnderCharter(w, p, c)))
        .transition("recordPreDiagnosis", requested, preDiagnosed, RecordPreDiagnosis.class,
            PreDiagnosisRecorded.class,
            (e, c, v) -> new PreDiagnosisRecorded(e.id(), v, c.stamp(), c.preDiagnosis()),
            EngagementWorkflow::recorded,
            Guard.of("formatOffered", EngagementGuards::formatOffered),
            Guard.of("contextOffered", EngagementGuards::contextOffered))
        .staying("recordSelection",
            w.selectionRequired() ? List.of(requested, preDiagnosed) : List.empty(),
            RecordSelection.class, SelectionRecorded.class,
            (e, c, v) -> new SelectionRecorded(e.id(), v, c.stamp(),
                Selection.of(c.application())),
            EngagementWorkflow::recorded,
            Guard.of("applicationSelected", EngagementGuards::applicationSelected),
            Guard.of("noSelectionYet", EngagementGuards::noSelectionYet))
        // straight from the request only where no pre-diagnosis is required: a path to a later
        // stage then goes through the pre-diagnosis
        .transitions("qualify", w.preDiagnosisRequired() ? List.empty() : List.of(requested),
            qualified, Qualify.class, Qualified.class,
            EngagementWorkflow::qualified, EngagementWorkflow::recorded,
            qualifyingAfterThePreDiagnosis(w))
        .transition("qualify", preDiagnosed, qualified, Qualify.class, Qualified.class,
            EngagementWorkflow::qualified, EngagementWorkflow::recorded,
            qualifyingAfterThePreDiagnosis(w))
        .transitions("decline", List.of(requested, preDiagnosed), EngagementStage.DECLINED,
            Decline.class, Declined.class,
            (e, c, v) -> new Declined(e.id(), v, c.stamp(), c.eligibilityRecord()),
            EngagementWorkflow::recorded,
            Guard.of("programmePolicy", EngagementGuards::declinedUnderProgrammePolicy),
            Guard.of("notEligible", EngagementGuards::notEligible))
        .transitions("proposeFraming", List.of(qualified, awaiting, framed), awaiting,
            ProposeFraming.class, FramingProposed.class,
            (e, c, v) -> new FramingProposed(e.id(), v, c.stamp(), c.framing()),
            EngagementWorkflow::recorded,
            charter((e, conduct, c) -> EngagementDraft.framingProposed(conduct, c.framing())))
        .transition("giveConsent", awaiting, awaiting, GiveConsent.class, ConsentGiven.class,
            (e, c, v) -> new ConsentGiven(e.id(), v, c.stamp(),
                ((Actor.Party) c.stamp().actor()).role()),
            EngagementWorkflow::recorded,
            Guard.of("consentingParty", (Engagement e, GiveConsent c) ->
                EngagementGuards.byAConsentingPartyNotYetConsenting(w, e, c)))
        .staying("assignFacilitators", List.of(qualified, awaiting, framed, inProgress),
            AssignFacilitators.class, FacilitatorsAssigned.class,
            (e, c, v) -> new FacilitatorsAssigned(e.id(), v, c.stamp(), c.facilitators()),
            EngagementWorkflow::recorded,
            assigning(w))
        .transition("confirmFraming", awaiting, framed, ConfirmFraming.class,
            FramingConfirmed.class,
            (e, c, v) -> new FramingConfirmed(e.id(), v, c.stamp()),
            EngagementWorkflow::recorded,
            Guard.of("everyConsentGiven", EngagementGuards::everyConsentGiven))
        .transition("startIntervention", framed, inProgress, StartIntervention.class,
            InterventionStarted.class,
            (e, c, v) -> new InterventionStarted(e.id(), v, c.stamp(), c.planEnd()),
            EngagementWorkflow::recorded,
            Guard.of("planEndsAfterStart", EngagementGuards::planEndsAfterStart),
            Guard.of("facilitatorsAssigned", EngagementGuards::facilitatorsAssigned),
            charter((e, conduct, c) -> conduct.withStarted(true)))
        .transition("recordSession", inProgress, inProgress, RecordSession.class,
            SessionHeld.class,
            (e, c, v) -> new SessionHeld(e.id(), v, c.stamp(), c.session().date(),
                c.session().length(), c.present(), c.kind()),
            EngagementWorkflow::recorded,
            Guard.of("sessionNotCalledOff", EngagementGuards::sessionNotCalledOff),
            Guard.of("sessionHeldByNow", EngagementGuards::sessionHeldByNow))
        .transition("recordContribution", inProgress, inProgress, RecordContribution.class,
            ContributionRecorded.class,
            (e, c, v) -> new ContributionRecorded(e.id(), v, c.stamp(), c.contribution()),
            EngagementWorkflow::recorded,
            Guard.of("byAssignedFacilitator", EngagementGuards::byAnAssignedFacilitator),
            Guard.of("contributionMadeByNow", EngagementGuards::contributionMadeByNow),
            charter((e, conduct, c) -> conduct.plusContribution(c.contribution())))
        .transition("recordIntersessionWork", inProgress, inProgress,
            RecordIntersessionWork.class, IntersessionWorkRecorded.class,
            (e, c, v) -> new IntersessionWorkRecorded(e.id(), v, c.stamp(), c.work()),
            EngagementWorkflow::recorded,
            Guard.of("workDoneByNow", EngagementGuards::workDoneByNow))
        .transition("adoptActionPlan", inProgress, inProgress, AdoptActionPlan.class,
            ActionPlanAdopted.class,
            (e, c, v) -> new ActionPlanAdopted(e.id(), v, c.stamp(), c.items()),
            EngagementWorkflow::recorded,
            Guard.of("adoptedByAParty", EngagementGuards::byAConsentingParty),
            Guard.of("hasActions", EngagementGuards::hasActions),
            charter((e, conduct, c) -> conduct.withActionPlan(c.items())))
        .transition("suspend", inProgress, suspended, Suspend.class, Suspended.class,
            (e, c, v) -> new Suspended(e.id(), v, c.stamp()),
            EngagementWorkflow::recorded)
        .transition("resume", suspended, inProgress, Resume.class, Resumed.class,
            (e, c, v) -> new Resumed(e.id(), v, c.stamp()),
            EngagementWorkflow::recorded)
        .transition("endIntervention", inProgress, followUp, EndIntervention.class,
            InterventionEnded.class,
            (e, c, v) -> new InterventionEnded(e.id(), v, c.stamp()),
            EngagementWorkflow::recorded,
            endingTheIntervention(w))
        .transition("recordFollowUpReview", followUp, followUp, RecordFollowUpReview.class,
            FollowUpReviewed.class,
            (e, c, v) -> new FollowUpReviewed(e.id(), v, c.stamp(), c.summary()),
            EngagementWorkflow::recorded)
        .transition("close", followUp, EngagementStage.CLOSED, Close.class, Closed.class,
            (e, c, v) -> new Closed(e.id(), v, c.stamp(), c.assessment()),
            EngagementWorkflow::recorded,
            closing(w))
        .staying("disclose", open, Disclose.class, Disclosed.class,
            (e, c, v) -> new Disclosed(e.id(), v, c.stamp(), c.disclosure()),
            EngagementWorkflow::recorded,
            charter((e, conduct, c) -> conduct.plusDisclosure(c.disclosure())))
        .transitions("withdraw", open, EngagementStage.WITHDRAWN, Withdraw.class, Withdrawn.class,
            (e, c, v) -> new Withdrawn(e.id(), v, c.stamp()),
            EngagementWorkflow::recorded,
            Guard.of("byAParty", EngagementGuards::byAParty))
        .terminal(EngagementStage.DECLINED, EngagementStage.CLOSED, EngagementStage.WITHDRAWN)
        .<EngagementRequested>context(Programme::id, EngagementRequested::programme)
        .drafting((p, first) -> EngagementDraft.requested(p, (EngagementRequested) first),
            GATHER, EngagementDraft::build)
        .pending(requested, e -> (w.preDiagnosisRequired()
            ? found("preDiagnosis", EngagementGuards.preDiagnosisPending(e))
            : List.<Unmet>empty()).appendAll(selectionPending(w, e)))
        .pending(preDiagnosed, e -> selectionPending(w, e))
        .pending(awaiting, e -> found("everyConsentGiven", EngagementGuards.consentsPending(e)))
        .pending(framed, e -> found("facilitatorsAssigned",
            EngagementGuards.assignmentPending(e)))
        .pending(inProgress, e -> found("sessionHeld", EngagementGuards.sessionPending(e))
            .appendAll(w.actionPlanToEnd()
                ? found("actionPlanAdopted", EngagementGuards.actionPlanPending(w, e))
                : List.empty()))
        .pending(followUp, e -> w.followUpReviewToClose()
            ? found("followUpReviewed", EngagementGuards.reviewPending(e))
            : List.empty())
        .build();
  }

  /** The engagement after an event: what the event records, written once, in the draft's class. */
  private static Engagement recorded(Engagement e, EngagementEvent event, EngagementStage to) {
    return EngagementDraft.recorded(e, event, to);
  }

  /** What is pending, named by the guard that would find it. */
  private static Seq<Unmet> found(String guard, Seq<Unmet> pending) {
    return pending.map(u -> u.foundBy(guard));
  }

  @SuppressWarnings("unchecked")
  private static Guard<Engagement, Qualify>[] qualifyingAfterThePreDiagnosis(Workflow w) {
    Guard<Engagement, Qualify> policy =
        Guard.of("programmePolicy", EngagementGuards::qualifiedUnderProgrammePolicy);
    Guard<Engagement, Qualify> eligible = Guard.of("eligible", EngagementGuards::eligible);
    return w.selectionRequired()
        ? new Guard[] {Guard.of("selectionRecorded", EngagementGuards::selectionRecorded),
            policy, eligible}
        : new Guard[] {policy, eligible};
  }

  /** The qualifications' guard only where the staffing requires some. */
  @SuppressWarnings("unchecked")
  private static Guard<Engagement, AssignFacilitators>[] assigning(Workflow w) {
    Seq<Guard<Engagement, AssignFacilitators>> guards = List.of(
        Guard.of("staffing", (Engagement e, AssignFacilitators c) ->
            EngagementGuards.staffedAsTheWorkflowSays(w, e, c)),
        Guard.of("facilitatorKinds", (Engagement e, AssignFacilitators c) ->
            EngagementGuards.facilitatorKindsOffered(w, e, c)));
    if (!w.staffing().qualifications().isEmpty()) {
      guards = guards.append(Guard.of("qualifications", (Engagement e, AssignFacilitators c) ->
          EngagementGuards.facilitatorsQualified(w, e, c)));
    }
    return guards.append(charter((Engagement e, Conduct conduct, AssignFacilitators c) ->
            conduct.withAssignment(Option.some(
                new Assignment(c.facilitators(), c.stamp().at().toLocalDate())))))
        .toJavaArray(Guard[]::new);
  }

  /** Only in a workflow that requires a selection: the selection, until it is recorded. */
  private static Seq<Unmet> selectionPending(Workflow w, Engagement e) {
    return w.selectionRequired()
        ? found("selectionRecorded", EngagementGuards.selectionPending(e)) : List.empty();
  }

  @SuppressWarnings("unchecked")
  private static Guard<Engagement, EndIntervention>[] endingTheIntervention(Workflow w) {
    Guard<Engagement, EndIntervention> sessionHeld =
        Guard.of("sessionHeld", EngagementGuards::sessionHeld);
    return w.actionPlanToEnd()
        ? new Guard[] {sessionHeld, Guard.of("actionPlanAdopted",
            (Engagement e, EndIntervention c) -> EngagementGuards.actionPlanAdopted(w, e, c))}
        : new Guard[] {sessionHeld};
  }

  @SuppressWarnings("unchecked")
  private static Guard<Engagement, Close>[] closing(Workflow w) {
    Guard<Engagement, Close> listed = Guard.of("outcomesListed", EngagementGuards::outcomesListed);
    return w.followUpReviewToClose()
        ? new Guard[] {Guard.of("followUpReviewed", EngagementGuards::followUpReviewed), listed}
        : new Guard[] {listed};
  }

  private static Qualified qualified(Engagement e, Qualify c, long version) {
    return new Qualified(e.id(), version, c.stamp(), c.eligibilityRecord());
  }










}
