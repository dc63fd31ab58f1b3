package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.LocalDate;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Reason;
import org.areso.core.planning.Session;
import org.areso.core.programme.FormatId;

/**
 * Why a precondition of an engagement command is unmet, with a stable code and French and English
 * messages. Immutable records.
 */
public sealed interface EngagementReason extends Reason {

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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le programme " + programme + " exige un prédiagnostic avant de qualifier la demande.";
        case EN -> "Programme " + programme + " requires a pre-diagnosis before the request is qualified.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le format « " + format + " » n'est pas proposé par le programme " + programme + " (formats : " + offered.mkString(", ") + ").";
        case EN -> "Format '" + format + "' is not offered by programme " + programme + " (formats: " + offered.mkString(", ") + ").";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Seule une partie prenante peut le faire, jamais un intervenant ni l'opérateur.";
        case EN -> "Only a party may do this, never a facilitator nor the operator.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le programme " + programme + " n'accompagne pas le contexte " + context
            + ".";
        case EN -> "Programme " + programme + " does not take requests in context " + context
            + ".";
      };
    }
  }

  /**
   * A facilitator's kind is not one the programme draws its pairs from.
   *
   * @param facilitator the facilitator, not null
   * @param kind the facilitator's kind, not null
   * @param programme the programme's identifier, not null
   */
  record FacilitatorKindNotOffered(FacilitatorId facilitator, FacilitatorKind kind,
      String programme) implements EngagementReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public FacilitatorKindNotOffered {
      requireNonNull(facilitator, "facilitator");
      requireNonNull(kind, "kind");
      requireNonNull(programme, "programme");
    }

    @Override
    public String code() {
      return "FACILITATOR_KIND_NOT_OFFERED";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le programme " + programme + " ne fait pas intervenir ce type d'intervenant : "
            + kind.label().fr() + " (" + facilitator.value() + ").";
        case EN -> "Programme " + programme + " does not draw on this kind of facilitator: "
            + kind.label().en() + " (" + facilitator.value() + ").";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le programme " + programme + " est mené par "
            + (pairExpected ? "un binôme d'intervenants" : "un seul professionnel") + ", pas par "
            + assigned + " intervenant" + (assigned > 1 ? "s" : "") + ".";
        case EN -> "Programme " + programme + " is run by "
            + (pairExpected ? "a pair of facilitators" : "one professional") + ", not by "
            + assigned + " facilitator" + (assigned > 1 ? "s" : "") + ".";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Aucun binôme d'intervenants n'est désigné.";
        case EN -> "No pair of facilitators is assigned.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> facilitator.value() + " n'est pas l'un des intervenants désignés.";
        case EN -> facilitator.value() + " is not one of the assigned facilitators.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "La partie « " + party.label().fr() + " » n'est pas de celles dont le programme requiert l'accord.";
        case EN -> "Party '" + party.label().en() + "' is not one whose consent the programme requires.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "La partie « " + party.label().fr() + " » a déjà donné son accord à ce cadrage.";
        case EN -> "Party '" + party.label().en() + "' already consented to this framing.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "L'accord de la partie « " + party.label().fr() + " » manque.";
        case EN -> "The consent of party '" + party.label().en() + "' is missing.";
      };
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
    public String message(Language language) {
      boolean cancelled = status == Session.Status.CANCELLED;
      return switch (requireNonNull(language, "language")) {
        case FR -> "La séance du " + on + " a été " + (cancelled ? "annulée" : "reportée")
            + " : elle ne peut être enregistrée comme tenue.";
        case EN -> "The session of " + on + " was " + (cancelled ? "cancelled" : "postponed")
            + ": it cannot be recorded as held.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Aucune séance n'a eu lieu.";
        case EN -> "No session was held.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Aucun plan d'action n'a été adopté.";
        case EN -> "No action plan was adopted.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "La revue de suivi n'a pas eu lieu.";
        case EN -> "The follow-up review has not taken place.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "La fin prévue (" + planEnd + ") précède le début (" + start + ").";
        case EN -> "The planned end (" + planEnd + ") comes before the start (" + start + ").";
      };
    }
  }

  /** Only the employee concerned may do this: consent to or end an individual support case. */
  record OnlyTheEmployee() implements EngagementReason {
    @Override
    public String code() {
      return "ONLY_THE_EMPLOYEE";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Seul le salarié concerné peut le faire.";
        case EN -> "Only the employee concerned may do this.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "La décision d'éligibilité est « " + verdict.label(language) + " » ; il faut « " + required.label(language) + " ».";
        case EN -> "The eligibility decision is '" + verdict.label(language) + "'; '" + required.label(language) + "' is required.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "La décision d'éligibilité est indéterminée ; faits manquants : " + missingFacts.mkString(", ") + ".";
        case EN -> "The eligibility decision is undetermined; missing facts: " + missingFacts.mkString(", ") + ".";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "La décision d'éligibilité relève de la politique " + policy + ", pas du programme " + programme + ".";
        case EN -> "The eligibility decision was made under policy " + policy + ", not programme " + programme + ".";
      };
    }
  }
}
