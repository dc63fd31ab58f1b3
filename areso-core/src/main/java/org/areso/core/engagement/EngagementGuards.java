package org.areso.core.engagement;

import io.vavr.Function3;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.BiFunction;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.EngagementCommand.AdoptActionPlan;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.ConfirmFraming;
import org.areso.core.engagement.EngagementCommand.Decline;
import org.areso.core.engagement.EngagementCommand.EndIntervention;
import org.areso.core.engagement.EngagementCommand.GiveConsent;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementCommand.RecordContribution;
import org.areso.core.engagement.EngagementCommand.RecordIntersessionWork;
import org.areso.core.engagement.EngagementCommand.RecordPreDiagnosis;
import org.areso.core.engagement.EngagementCommand.RecordSelection;
import org.areso.core.engagement.EngagementCommand.RecordSession;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementCommand.StartIntervention;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.Charter;
import org.areso.core.ethics.Conduct;
import org.areso.core.ethics.Violation;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Qualification;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Actor;
import org.areso.core.lifecycle.Guard;
import org.areso.core.lifecycle.Unmet;
import org.areso.core.planning.Session;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;

/**
 * The guards of the engagement's transitions, each a sentence over the engagement and the command:
 * every unmet precondition it finds, or nothing. Those that do not read the command are written
 * over the engagement alone, so that they also say what is pending in a stage.
 */
final class EngagementGuards {

  static final String CHARTER = "charter";

  private EngagementGuards() { }

  static Seq<Unmet> formatOffered(Engagement e, RecordPreDiagnosis c) {
    Set<FormatId> offered = e.programme().formats();
    FormatId proposed = c.preDiagnosis().proposedFormat();
    if (!offered.contains(proposed)) {
      return List.of(Unmet.because(
          new EngagementReason.FormatNotOffered(proposed, e.programme().id(), offered)));
    }
    Set<FormatId> proposable = e.programme().proposableFormats();
    return proposable.contains(proposed) ? List.empty() : List.of(Unmet.because(
        new EngagementReason.FormatNotAStrategy(proposed, e.programme().id(), proposable)));
  }

  /** A closing assessment records only outcomes its programme lists. */
  static Seq<Unmet> outcomesListed(Engagement e, EngagementCommand.Close c) {
    if (c.assessment().outcomes().isEmpty()) {
      return List.empty();
    }
    Seq<String> listed = e.programme().outcomes().map(org.areso.core.programme.Outcome::id);
    Seq<String> unlisted = c.assessment().outcomes().toList().filter(o -> !listed.contains(o));
    return unlisted.isEmpty() ? List.empty() : List.of(Unmet.because(
        new EngagementReason.OutcomeNotListed(unlisted, e.programme().id(), listed)));
  }

  static Seq<Unmet> contextOffered(Engagement e, RecordPreDiagnosis c) {
    return e.programme().contexts().contains(c.preDiagnosis().context()) ? List.empty()
        : List.of(Unmet.because(new EngagementReason.ContextNotOffered(
            c.preDiagnosis().context(), e.programme().id())));
  }

  static Seq<Unmet> preDiagnosisPending(Engagement e) {
    return List.of(Unmet.because(new EngagementReason.PreDiagnosisRequired(e.programme().id())));
  }

  /** Only in a workflow that requires a selection, on qualifying. */
  static Seq<Unmet> selectionRecorded(Engagement e, Qualify c) {
    return selectionPending(e);
  }

  static Seq<Unmet> selectionPending(Engagement e) {
    return e.file().selection().isDefined() ? List.empty()
        : List.of(Unmet.because(new EngagementReason.SelectionMissing(e.programme().id())));
  }

  static Seq<Unmet> applicationSelected(Engagement e, RecordSelection c) {
    CohortApplication application = c.application();
    return application.stage() == CohortApplication.Stage.SELECTED ? List.empty()
        : List.of(Unmet.because(new EngagementReason.ApplicationNotSelected(
            application.subject(), application.call().reference(), application.stage())));
  }

  static Seq<Unmet> noSelectionYet(Engagement e, RecordSelection c) {
    return e.file().selection().<Seq<Unmet>>map(s -> List.of(Unmet.because(
        new EngagementReason.SelectionAlreadyRecorded(s.application(), s.call()))))
        .getOrElse(List.empty());
  }

  static Seq<Unmet> workDoneByNow(Engagement e, RecordIntersessionWork c) {
    return byNow(e, c.work().on(), c, EngagementReason.IntersessionWorkInTheFuture::new);
  }

  /**
   * What a command records as done on a day is recorded from that day on, and done no earlier
   * than the engagement's request: the reason {@code inTheFuture} makes of the day and the
   * record's day, or {@code DATED_BEFORE_REQUEST}, otherwise.
   */
  private static Seq<Unmet> byNow(Engagement e, LocalDate done, EngagementCommand c,
      BiFunction<LocalDate, LocalDate, Reason> inTheFuture) {
    LocalDate recordedOn = c.stamp().at().toLocalDate();
    if (done.isAfter(recordedOn)) {
      return List.of(Unmet.because(inTheFuture.apply(done, recordedOn)));
    }
    LocalDate requestedOn = e.file().requestedOn();
    return done.isBefore(requestedOn) ? List.of(Unmet.because(
        new EngagementReason.DatedBeforeRequest(done, requestedOn))) : List.empty();
  }

  static Seq<Unmet> qualifiedUnderProgrammePolicy(Engagement e, Qualify c) {
    return underProgrammePolicy(e, c.eligibilityRecord());
  }

  static Seq<Unmet> declinedUnderProgrammePolicy(Engagement e, Decline c) {
    return underProgrammePolicy(e, c.eligibilityRecord());
  }

  private static Seq<Unmet> underProgrammePolicy(Engagement e, EligibilityRecord record) {
    return record.policy().equals(e.programme().id()) ? List.empty()
        : List.of(Unmet.because(new EngagementReason.EligibilityOfAnotherProgramme(
            record.policy(), e.programme().id())));
  }

  static Seq<Unmet> eligible(Engagement e, Qualify c) {
    return verdictIs(c.eligibilityRecord(), Verdict.ELIGIBLE);
  }

  static Seq<Unmet> notEligible(Engagement e, Decline c) {
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

  static Seq<Unmet> byAConsentingPartyNotYetConsenting(Workflow w, Engagement e,
      GiveConsent c) {
    Seq<Unmet> notAmong = partyAmong(c.stamp().actor(), e.conduct().requiredParties());
    if (!notAmong.isEmpty()) {
      return notAmong;
    }
    PartyRole role = ((Actor.Party) c.stamp().actor()).role();
    return e.conduct().consents().contains(role)
        ? List.of(Unmet.because(new EngagementReason.ConsentAlreadyGiven(role)))
        : List.empty();
  }

  static Seq<Unmet> everyConsentGiven(Engagement e, ConfirmFraming c) {
    return consentsPending(e);
  }

  static Seq<Unmet> consentsPending(Engagement e) {
    Conduct conduct = e.conduct();
    if (conduct.consentedByAll()) {
      return List.empty();
    }
    List<Unmet> pending = List.empty();
    for (PartyRole p : conduct.requiredParties()) {
      if (!conduct.consents().contains(p)) {
        pending = pending.append(Unmet.awaiting(new EngagementReason.ConsentMissing(p), p));
      }
    }
    return pending;
  }

  static Seq<Unmet> planEndsAfterStart(Engagement e, StartIntervention c) {
    LocalDate start = c.stamp().at().toLocalDate();
    return c.planEnd().isBefore(start)
        ? List.of(Unmet.because(new EngagementReason.PlanEndsBeforeStart(c.planEnd(), start)))
        : List.empty();
  }

  static Seq<Unmet> facilitatorsAssigned(Engagement e, StartIntervention c) {
    return assignmentPending(e);
  }

  static Seq<Unmet> assignmentPending(Engagement e) {
    return e.conduct().assignment().isDefined() ? List.empty()
        : List.of(Unmet.because(new EngagementReason.FacilitatorsNotAssigned()));
  }

  static Seq<Unmet> sessionNotCalledOff(Engagement e, RecordSession c) {
    Session session = c.session();
    return session.isActive() ? List.empty() : List.of(Unmet.because(
        new EngagementReason.SessionCalledOff(session.date(), session.status())));
  }

  /** A session is recorded as held once its day has come, and was held after the request. */
  static Seq<Unmet> sessionHeldByNow(Engagement e, RecordSession c) {
    return byNow(e, c.session().date(), c, EngagementReason.SessionInTheFuture::new);
  }

  /** A contribution is recorded once its day has come, and was made after the request. */
  static Seq<Unmet> contributionMadeByNow(Engagement e, RecordContribution c) {
    return byNow(e, c.contribution().on(), c, EngagementReason.ContributionInTheFuture::new);
  }

  static Seq<Unmet> byAParty(Engagement e, EngagementCommand c) {
    return c.stamp().actor() instanceof Actor.Party ? List.empty()
        : List.of(Unmet.because(new EngagementReason.ActorNotAParty()));
  }

  /** One action at least, each with a reference of its own. */
  static Seq<Unmet> hasActions(Engagement e, AdoptActionPlan c) {
    if (c.items().isEmpty()) {
      return List.of(Unmet.because(new FieldReason.OutOfRange("action_plan_items", "0", "1",
          String.valueOf(Integer.MAX_VALUE))));
    }
    List<Unmet> unmet = List.empty();
    // the items are a linked list: walked by its cells, with no iterator nor copy
    int i = 0;
    for (Seq<ActionPlanItem> rest = c.items(); !rest.isEmpty(); rest = rest.tail(), i++) {
      String reference = rest.head().reference();
      if (reference.isBlank()) {
        unmet = unmet.append(Unmet.because(new FieldReason.Blank(ACTION_REFERENCE)));
      } else if (usesBefore(c.items(), i, reference) == 1) {
        // said once, at its second use
        unmet = unmet.append(Unmet.because(new FieldReason.Duplicate(ACTION_REFERENCE,
            reference)));
      }
    }
    return unmet;
  }

  /** How many of the first {@code count} items have a reference. */
  private static int usesBefore(Seq<ActionPlanItem> items, int count, String reference) {
    int uses = 0;
    int k = 0;
    for (Seq<ActionPlanItem> item = items; k < count; item = item.tail(), k++) {
      if (item.head().reference().equals(reference)) {
        uses++;
      }
    }
    return uses;
  }

  /** The field an action's reference is checked as. */
  static final String ACTION_REFERENCE = "action_reference";

  /** An action plan is adopted by a party whose consent the programme requires. */
  static Seq<Unmet> byAConsentingParty(Engagement e, AdoptActionPlan c) {
    return partyAmong(c.stamp().actor(), e.conduct().requiredParties());
  }

  /**
   * An actor that is a party of one of the roles: {@code ACTOR_NOT_A_PARTY} for a facilitator or
   * the operator, {@code NOT_A_CONSENTING_PARTY} for a party of another role.
   */
  static Seq<Unmet> partyAmong(Actor actor, Set<PartyRole> roles) {
    if (!(actor instanceof Actor.Party party)) {
      return List.of(Unmet.because(new EngagementReason.ActorNotAParty()));
    }
    return roles.contains(party.role()) ? List.empty()
        : List.of(Unmet.because(new EngagementReason.NotAConsentingParty(party.role())));
  }

  static Seq<Unmet> staffedAsTheWorkflowSays(Workflow w, Engagement e, AssignFacilitators c) {
    boolean pair = c.facilitators().isPair();
    return pair == w.staffing().pair() ? List.empty() : List.of(Unmet.because(
        new EngagementReason.StaffingNotOffered(e.programme().id(),
            c.facilitators().members().size(), w.staffing().pair())));
  }

  static Seq<Unmet> facilitatorKindsOffered(Workflow w, Engagement e, AssignFacilitators c) {
    List<Unmet> unmet = List.empty();
    // the members are a linked list: walked by its cells, without an iterator
    for (Seq<Facilitator> m = c.facilitators().members(); !m.isEmpty(); m = m.tail()) {
      Facilitator f = m.head();
      if (!w.staffing().kinds().contains(f.kind())) {
        unmet = unmet.append(Unmet.because(new EngagementReason.FacilitatorKindNotOffered(
            f.id(), f.kind(), e.programme().id(), w.staffing().kinds())));
      }
    }
    return unmet;
  }

  /** Only in a workflow whose staffing requires qualifications: one per missing one. */
  static Seq<Unmet> facilitatorsQualified(Workflow w, Engagement e, AssignFacilitators c) {
    List<Unmet> unmet = List.empty();
    for (Seq<Facilitator> m = c.facilitators().members(); !m.isEmpty(); m = m.tail()) {
      Facilitator f = m.head();
      if (qualified(w.staffing(), f)) {
        continue;
      }
      for (Qualification q : w.staffing().missing(f)) {
        unmet = unmet.append(Unmet.because(new EngagementReason.QualificationMissing(
            f.id(), q, e.programme().id())));
      }
    }
    return unmet;
  }

  /** Whether a facilitator holds every qualification the staffing requires. */
  private static boolean qualified(Staffing staffing, Facilitator f) {
    for (Qualification q : staffing.qualifications()) {
      if (!f.hasQualification(q)) {
        return false;
      }
    }
    return true;
  }

  static Seq<Unmet> byAnAssignedFacilitator(Engagement e, RecordContribution c) {
    FacilitatorId by = c.contribution().by();
    if (e.conduct().assignment().isDefined()) {
      for (Facilitator f : e.conduct().assignment().get().facilitators().members()) {
        if (f.id().equals(by)) {
          return List.empty();
        }
      }
    }
    return List.of(Unmet.because(new EngagementReason.NotAnAssignedFacilitator(by)));
  }

  static Seq<Unmet> sessionHeld(Engagement e, EndIntervention c) {
    return sessionPending(e);
  }

  static Seq<Unmet> sessionPending(Engagement e) {
    return !e.conduct().sessionsHeld().isEmpty() ? List.empty()
        : List.of(Unmet.because(new EngagementReason.NoSessionHeld()));
  }

  static Seq<Unmet> actionPlanAdopted(Workflow w, Engagement e, EndIntervention c) {
    return actionPlanPending(w, e);
  }

  /** Only where the engagement's format needs an action plan: the plan, until it is adopted. */
  static Seq<Unmet> actionPlanPending(Workflow w, Engagement e) {
    Option<PreDiagnosis> preDiagnosis = e.file().preDiagnosis();
    boolean needed = w.actionPlanToEndOf(
        preDiagnosis.isEmpty() ? null : preDiagnosis.get().proposedFormat());
    return !needed || !e.conduct().actionPlan().isEmpty() ? List.empty()
        : e.conduct().requiredParties().toList()
            .map(p -> Unmet.awaiting(new EngagementReason.ActionPlanMissing(), p));
  }

  static Seq<Unmet> followUpReviewed(Engagement e, Close c) {
    return reviewPending(e);
  }

  static Seq<Unmet> reviewPending(Engagement e) {
    return e.file().followUpReview().isDefined() ? List.empty()
        : List.of(Unmet.because(new EngagementReason.FollowUpReviewMissing()));
  }

  /**
   * The charter's guard: the blocking violations the command would add to the engagement's
   * conduct. Violations already there (from a history recorded under an older charter) do not
   * block what follows. Once the transition's other guards passed, it reads the conduct of the
   * engagement the event gives instead of working it out with {@code change}: {@code change} must
   * give that same conduct.
   */
  static <C extends EngagementCommand> Guard<Engagement, C> charter(
      Function3<Engagement, Conduct, C, Conduct> change) {
    return Guard.foreseeing(CHARTER,
        (e, c) -> newlyBlocking(e.programme().charter(), e.conduct(),
            change.apply(e, e.conduct(), c)),
        (e, c, next) -> newlyBlocking(e.programme().charter(), e.conduct(), next.conduct()));
  }

  static Seq<Unmet> requestUnderCharter(Workflow w, Programme p, RequestEngagement c) {
    Conduct nothing = Conduct.of(w.consentOf(c.structure()));
    return newlyBlocking(p.charter(), nothing, nothing.withOrigin(Option.some(c.origin())));
  }

  /** Checked incrementally: only what the command changes in the conduct is audited. */
  private static Seq<Unmet> newlyBlocking(Charter charter, Conduct before, Conduct after) {
    Seq<Violation> found = charter.newlyBlocking(before, after);
    // mapping even an empty list makes an iterator, and most commands find nothing
    return found.isEmpty() ? List.empty() : found.map(Unmet::because);
  }
}
