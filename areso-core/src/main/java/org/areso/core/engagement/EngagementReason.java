package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.LocalDate;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.BundledReason;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Qualification;
import org.areso.core.planning.Session;
import org.areso.core.programme.FormatId;

/**
 * Why a precondition of an engagement command is unmet, with a stable code and French and English
 * messages. Immutable records.
 */
public sealed interface EngagementReason extends BundledReason {

  /**
   * The programme requires a pre-diagnosis first.
   *
   * @param programme the programme's identifier, not null
   */
  record PreDiagnosisRequired(String programme) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public PreDiagnosisRequired {
      requireNonNull(programme, "programme");
    }

    @Override
    public String code() {
      return "PRE_DIAGNOSIS_REQUIRED";
    }
  }

  /**
   * The format proposed is not one the programme offers.
   *
   * @param format the format proposed, not null
   * @param programme the programme's identifier, not null
   * @param offered the formats it offers, not null
   */
  record FormatNotOffered(FormatId format, String programme, Set<FormatId> offered) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public FormatNotOffered {
      requireNonNull(format, "format");
      requireNonNull(programme, "programme");
      requireNonNull(offered, "offered");
    }

    @Override
    public String code() {
      return "FORMAT_NOT_OFFERED";
    }
  }

  /**
   * The format proposed by a pre-diagnosis is one of the programme's steps on the way to the
   * intervention (SORESO's first meeting, its validation meeting), not a strategy for it.
   *
   * @param format the format proposed, not null
   * @param programme the programme's identifier, not null
   * @param proposable the formats a pre-diagnosis may propose, not null
   */
  record FormatNotAStrategy(FormatId format, String programme, Set<FormatId> proposable)
      implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public FormatNotAStrategy {
      requireNonNull(format, "format");
      requireNonNull(programme, "programme");
      requireNonNull(proposable, "proposable");
    }

    @Override
    public String code() {
      return "FORMAT_NOT_A_STRATEGY";
    }
  }

  /**
   * Only a party may do this (freedom, responsibility).
   */
  record ActorNotAParty() implements EngagementReason {
    @Override
    public String code() {
      return "ACTOR_NOT_A_PARTY";
    }
  }

  /**
   * The context of the request is not one the programme accepts.
   *
   * @param context the context found, not null
   * @param programme the programme's identifier, not null
   */
  record ContextNotOffered(InterventionContext context, String programme)
      implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public ContextNotOffered {
      requireNonNull(context, "context");
      requireNonNull(programme, "programme");
    }

    @Override
    public String code() {
      return "CONTEXT_NOT_OFFERED";
    }
  }

  /**
   * A facilitator's kind is not one the programme draws its pairs from.
   *
   * @param facilitator the facilitator, not null
   * @param kind the facilitator's kind, not null
   * @param programme the programme's identifier, not null
   * @param offered the kinds it draws on, not null
   */
  record FacilitatorKindNotOffered(FacilitatorId facilitator, FacilitatorKind kind,
      String programme, Set<FacilitatorKind> offered) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public FacilitatorKindNotOffered {
      requireNonNull(facilitator, "facilitator");
      requireNonNull(kind, "kind");
      requireNonNull(programme, "programme");
      requireNonNull(offered, "offered");
    }

    @Override
    public String code() {
      return "FACILITATOR_KIND_NOT_OFFERED";
    }
  }

  /**
   * The facilitators assigned are not as many as the programme's workflow staffs an engagement
   * with: a pair (binôme), or one qualified professional.
   *
   * @param programme the programme's identifier, not null
   * @param assigned how many facilitators were assigned
   * @param pairExpected true when the workflow asks for a pair, false for one professional
   */
  record StaffingNotOffered(String programme, int assigned, boolean pairExpected)
      implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if programme is null */
    public StaffingNotOffered {
      requireNonNull(programme, "programme");
    }

    @Override
    public String code() {
      return "STAFFING_NOT_OFFERED";
    }
  }

  /**
   * A facilitator assigned does not carry a qualification the programme's workflow requires of
   * every facilitator it assigns, such as the title of social worker of CASF L.411-1.
   *
   * @param facilitator the facilitator, not null
   * @param qualification the qualification missing, not null
   * @param programme the programme's identifier, not null
   */
  record QualificationMissing(FacilitatorId facilitator, Qualification qualification,
      String programme) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public QualificationMissing {
      requireNonNull(facilitator, "facilitator");
      requireNonNull(qualification, "qualification");
      requireNonNull(programme, "programme");
    }

    @Override
    public String code() {
      return "QUALIFICATION_MISSING";
    }
  }

  /**
   * The intervention cannot start before its facilitators are assigned.
   */
  record FacilitatorsNotAssigned() implements EngagementReason {
    @Override
    public String code() {
      return "FACILITATORS_NOT_ASSIGNED";
    }
  }

  /**
   * A contribution is recorded for someone who is not one of the assigned facilitators.
   *
   * @param facilitator who the contribution is recorded for, not null
   */
  record NotAnAssignedFacilitator(FacilitatorId facilitator) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public NotAnAssignedFacilitator {
      requireNonNull(facilitator, "facilitator");
    }

    @Override
    public String code() {
      return "NOT_AN_ASSIGNED_FACILITATOR";
    }
  }

  /**
   * The party is not one whose consent is required.
   *
   * @param party the party that tried, not null
   */
  record NotAConsentingParty(PartyRole party) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public NotAConsentingParty {
      requireNonNull(party, "party");
    }

    @Override
    public String code() {
      return "NOT_A_CONSENTING_PARTY";
    }
  }

  /**
   * The party already consented to the current framing.
   *
   * @param party the party, not null
   */
  record ConsentAlreadyGiven(PartyRole party) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public ConsentAlreadyGiven {
      requireNonNull(party, "party");
    }

    @Override
    public String code() {
      return "CONSENT_ALREADY_GIVEN";
    }
  }

  /**
   * A required party has not consented.
   *
   * @param party the party whose consent is missing, not null
   */
  record ConsentMissing(PartyRole party) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public ConsentMissing {
      requireNonNull(party, "party");
    }

    @Override
    public String code() {
      return "CONSENT_MISSING";
    }
  }

  /**
   * An application to a call for applications (appel à candidatures) is made on a day the call
   * does not receive any: before its launch or after its deadline.
   *
   * @param call the call's reference, not null
   * @param status where the call stands on that day, upcoming or closed, not null
   * @param launched the call's first day, not null
   * @param deadline the call's last day, not null
   * @param on the day of the application, not null
   */
  record CallNotOpen(String call, CallForApplications.Status status, LocalDate launched,
      LocalDate deadline, LocalDate on) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public CallNotOpen {
      requireNonNull(call, "call");
      requireNonNull(status, "status");
      requireNonNull(launched, "launched");
      requireNonNull(deadline, "deadline");
      requireNonNull(on, "on");
    }

    @Override
    public String code() {
      return "CALL_NOT_OPEN";
    }
  }

  /**
   * A closing assessment records outcomes its programme does not list.
   *
   * @param outcomes the outcomes not listed, in the assessment's order, not null
   * @param programme the programme's identifier, not null
   * @param listed the outcomes the programme lists, possibly none, not null
   */
  record OutcomeNotListed(Seq<String> outcomes, String programme, Seq<String> listed)
      implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public OutcomeNotListed {
      requireNonNull(outcomes, "outcomes");
      requireNonNull(programme, "programme");
      requireNonNull(listed, "listed");
    }

    @Override
    public String code() {
      return "OUTCOME_NOT_LISTED";
    }
  }

  /**
   * The programme qualifies only an application its call for applications selected, and the
   * engagement has recorded no selection yet.
   *
   * @param programme the programme's identifier, not null
   */
  record SelectionMissing(String programme) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public SelectionMissing {
      requireNonNull(programme, "programme");
    }

    @Override
    public String code() {
      return "SELECTION_MISSING";
    }
  }

  /**
   * The application given as the engagement's selection was not selected: it still awaits the
   * selection, was not selected, or was withdrawn.
   *
   * @param application the application's reference, not null
   * @param call the reference of the call it answers, not null
   * @param stage the application's stage, not {@code SELECTED}, not null
   */
  record ApplicationNotSelected(String application, String call,
      CohortApplication.Stage stage) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public ApplicationNotSelected {
      requireNonNull(application, "application");
      requireNonNull(call, "call");
      requireNonNull(stage, "stage");
    }

    @Override
    public String code() {
      return "APPLICATION_NOT_SELECTED";
    }
  }

  /**
   * The engagement already recorded the selection of an application: one engagement answers one
   * selected application.
   *
   * @param recorded the reference of the application already recorded, not null
   * @param call the reference of its call, not null
   */
  record SelectionAlreadyRecorded(String recorded, String call) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public SelectionAlreadyRecorded {
      requireNonNull(recorded, "recorded");
      requireNonNull(call, "call");
    }

    @Override
    public String code() {
      return "SELECTION_ALREADY_RECORDED";
    }
  }

  /**
   * Work between sessions is recorded as done on a day after the day it is recorded.
   *
   * @param on the day the work is said to be done, not null
   * @param recordedOn the day of the record, not null
   */
  record IntersessionWorkInTheFuture(LocalDate on, LocalDate recordedOn)
      implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public IntersessionWorkInTheFuture {
      requireNonNull(on, "on");
      requireNonNull(recordedOn, "recordedOn");
    }

    @Override
    public String code() {
      return "INTERSESSION_WORK_IN_THE_FUTURE";
    }
  }

  /**
   * A session held, a contribution or work between sessions is dated before the engagement was
   * requested: nothing of an engagement is done before it is asked for.
   *
   * @param date the date given, not null
   * @param requestedOn the day of the engagement's request, not null
   */
  record DatedBeforeRequest(LocalDate date, LocalDate requestedOn) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public DatedBeforeRequest {
      requireNonNull(date, "date");
      requireNonNull(requestedOn, "requestedOn");
    }

    @Override
    public String code() {
      return "DATED_BEFORE_REQUEST";
    }
  }

  /**
   * A session is recorded as held on a day before the day it is dated: it has not taken place.
   *
   * @param date the session's date, not null
   * @param recordedOn the day of the record, not null
   */
  record SessionInTheFuture(LocalDate date, LocalDate recordedOn) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public SessionInTheFuture {
      requireNonNull(date, "date");
      requireNonNull(recordedOn, "recordedOn");
    }

    @Override
    public String code() {
      return "SESSION_IN_THE_FUTURE";
    }
  }

  /**
   * A facilitator's contribution is recorded on a day before the day it is dated.
   *
   * @param on the day of the contribution, not null
   * @param recordedOn the day of the record, not null
   */
  record ContributionInTheFuture(LocalDate on, LocalDate recordedOn)
      implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public ContributionInTheFuture {
      requireNonNull(on, "on");
      requireNonNull(recordedOn, "recordedOn");
    }

    @Override
    public String code() {
      return "CONTRIBUTION_IN_THE_FUTURE";
    }
  }

  /**
   * The session given as held was postponed or cancelled: only a planned session that took place
   * is recorded as held.
   *
   * @param on the session's date, not null
   * @param status the session's status, postponed or cancelled, not null
   */
  record SessionCalledOff(LocalDate on, Session.Status status) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public SessionCalledOff {
      requireNonNull(on, "on");
      requireNonNull(status, "status");
    }

    @Override
    public String code() {
      return "SESSION_CALLED_OFF";
    }

    @Override
    public Seq<?> arguments() {
      return List.of(on, status == Session.Status.CANCELLED);
    }
  }

  /**
   * No session was held yet.
   */
  record NoSessionHeld() implements EngagementReason {
    @Override
    public String code() {
      return "NO_SESSION_HELD";
    }
  }

  /**
   * No action plan was adopted yet.
   */
  record ActionPlanMissing() implements EngagementReason {
    @Override
    public String code() {
      return "ACTION_PLAN_MISSING";
    }
  }

  /**
   * The follow-up review has not taken place.
   */
  record FollowUpReviewMissing() implements EngagementReason {
    @Override
    public String code() {
      return "FOLLOW_UP_REVIEW_MISSING";
    }
  }

  /**
   * The planned end comes before the start.
   *
   * @param planEnd the planned end, not null
   * @param start the start, not null
   */
  record PlanEndsBeforeStart(LocalDate planEnd, LocalDate start) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public PlanEndsBeforeStart {
      requireNonNull(planEnd, "planEnd");
      requireNonNull(start, "start");
    }

    @Override
    public String code() {
      return "PLAN_ENDS_BEFORE_START";
    }
  }

  /** Only the employee concerned may do this: consent to or end an individual support case. */
  record OnlyTheEmployee() implements EngagementReason {
    @Override
    public String code() {
      return "ONLY_THE_EMPLOYEE";
    }
  }

  /**
   * Only a facilitator, the workplace social worker, may do this: start or close an individual
   * support case.
   */
  record OnlyTheSocialWorker() implements EngagementReason {
    @Override
    public String code() {
      return "ONLY_THE_SOCIAL_WORKER";
    }
  }

  /** Only the programme's operator may do this: select an application to a call, or not. */
  record OnlyTheOperator() implements EngagementReason {
    @Override
    public String code() {
      return "ONLY_THE_OPERATOR";
    }
  }

  /**
   * A count of support cases by topic covers too few employees to be given to the employer: fewer
   * than the charter's k. Said to the host, who knows its cases; not for the employer.
   *
   * @param employees how many employees it would cover, each once whatever their cases
   * @param minimum the charter's k
   */
  record TooFewSupportCases(int employees, int minimum) implements EngagementReason {
    @Override
    public String code() {
      return "TOO_FEW_SUPPORT_CASES";
    }
  }

  /**
   * The eligibility decision's verdict does not allow the command: only an eligible request is
   * qualified, only a not eligible one is declined.
   *
   * @param verdict the recorded verdict, not null
   * @param required the verdict the command needs, not null
   */
  record EligibilityVerdictMismatch(Verdict verdict, Verdict required) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public EligibilityVerdictMismatch {
      requireNonNull(verdict, "verdict");
      requireNonNull(required, "required");
    }

    @Override
    public String code() {
      return "ELIGIBILITY_VERDICT_MISMATCH";
    }
  }

  /**
   * The eligibility decision is undetermined: the engagement stays where it is until the missing
   * facts are known and the request decided again.
   *
   * @param missingFacts the names of the facts still missing, not null
   */
  record EligibilityUndetermined(Seq<String> missingFacts) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public EligibilityUndetermined {
      requireNonNull(missingFacts, "missingFacts");
    }

    @Override
    public String code() {
      return "ELIGIBILITY_UNDETERMINED";
    }
  }

  /**
   * The eligibility decision was made under another programme's policy.
   *
   * @param policy the decision's policy, not null
   * @param programme the engagement's programme, not null
   */
  record EligibilityOfAnotherProgramme(String policy, String programme) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public EligibilityOfAnotherProgramme {
      requireNonNull(policy, "policy");
      requireNonNull(programme, "programme");
    }

    @Override
    public String code() {
      return "ELIGIBILITY_OF_ANOTHER_PROGRAMME";
    }
  }
}
