package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.eligibility.Policy;
import org.areso.core.engagement.Staffing;
import org.areso.core.engagement.Workflow;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.ConfirmFraming;
import org.areso.core.engagement.EngagementCommand.EndIntervention;
import org.areso.core.engagement.EngagementCommand.GiveConsent;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementCommand.RecordContribution;
import org.areso.core.engagement.EngagementCommand.RecordPreDiagnosis;
import org.areso.core.engagement.EngagementCommand.RecordSession;
import org.areso.core.engagement.EngagementCommand.StartIntervention;
import org.areso.core.engagement.EngagementCommand.Withdraw;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementReason;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.SupportCase;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Charter;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Text;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Unmet;
import org.areso.core.planning.Session;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;
import org.junit.jupiter.api.Test;

/**
 * Every reason an engagement command (or a small lifecycle's command) is refused for, produced by
 * the command that raises it: its code, its data and its message in French and in English.
 */
class EngagementReasonMessagesTest {

  static final Workflow NARROW_WORKFLOW = Workflow.builder("narrow")
      .staffing(Staffing.pairOf(LinkedHashSet.of(FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER)))
      .build().get();

  /** A programme that takes curative requests only and draws on project officers only. */
  record NarrowProgramme(String id) implements Programme {
    @Override
    public Text name() {
      return Text.of(id, id);
    }

    @Override
    public Set<FormatId> formats() {
      return LinkedHashSet.of(ACCOMPANIMENT);
    }

    @Override
    public Set<InterventionContext> contexts() {
      return LinkedHashSet.of(InterventionContext.CURATIVE);
    }

    @Override
    public Workflow workflow() {
      return NARROW_WORKFLOW;
    }

    @Override
    public Charter charter() {
      return CHARTER;
    }

    @Override
    public Policy policy() {
      return policyOf(this);
    }
  }

  private static final Programme NARROW = new NarrowProgramme("narrow");

  private static Engagement in(Programme programme, Seq<EngagementEvent> history) {
    return replayStored(programme, history).get();
  }

  private static Seq<Unmet> unmet(Either<Rejection, ?> outcome) {
    assertThat(outcome.isLeft()).as("refused").isTrue();
    assertThat(outcome.getLeft()).isInstanceOf(Rejection.PreconditionsUnmet.class);
    return ((Rejection.PreconditionsUnmet) outcome.getLeft()).unmet();
  }

  private static void assertReason(Reason reason, Reason expected, String code, String fr,
      String en) {
    assertThat(reason).isEqualTo(expected);
    assertThat(reason.code()).isEqualTo(code);
    assertThat(reason.message(Language.FR)).isEqualTo(fr);
    assertThat(reason.message(Language.EN)).isEqualTo(en);
  }

  @Test
  void qualifyingWithoutTheRequiredPreDiagnosisNamesTheProgramme() {
    // given
    Engagement requested = engagementIn(EngagementStage.REQUESTED);
    // when
    var refused = requested.handle(new Qualify(at(OPERATOR, 1), ELIGIBLE)).getLeft();
    // then the way there starts with the pre-diagnosis, which the programme requires
    var first = ((org.areso.core.lifecycle.Rejection.NotApplicable) refused).path().head();
    assertThat(first.command()).isEqualTo(RecordPreDiagnosis.class);
    assertReason(first.pending().single().reason(),
        new EngagementReason.PreDiagnosisRequired("areso"),
        "PRE_DIAGNOSIS_REQUIRED",
        "Le programme areso exige un prédiagnostic avant de qualifier la demande.",
        "Programme areso requires a pre-diagnosis before the request is qualified.");
  }

  @Test
  void aPreDiagnosisProposingAFormatNotOfferedListsTheFormatsOffered() {
    // given
    Engagement requested = engagementIn(EngagementStage.REQUESTED);
    PreDiagnosis seminar = new PreDiagnosis(PartyRole.MANAGEMENT, InterventionContext.PREVENTIVE,
        LinkedHashSet.empty(), SEMINAR);
    // when
    Seq<Unmet> unmet =
        unmet(requested.handle(new RecordPreDiagnosis(at(FACILITATOR, 1), seminar)));
    // then
    assertReason(unmet.head().reason(),
        new EngagementReason.FormatNotOffered(SEMINAR, "areso", LinkedHashSet.of(ACCOMPANIMENT)),
        "FORMAT_NOT_OFFERED",
        "Le format « seminar » n'est pas proposé par le programme areso (formats : "
            + "accompaniment).",
        "Format 'seminar' is not offered by programme areso (formats: accompaniment).");
  }

  @Test
  void aPreDiagnosisInAContextTheProgrammeDoesNotTakeIsRefused() {
    // given
    Engagement requested = in(NARROW, historyUnder(NARROW, EngagementStage.REQUESTED));
    // when
    Seq<Unmet> unmet =
        unmet(requested.handle(new RecordPreDiagnosis(at(FACILITATOR, 1), PRE_DIAGNOSIS)));
    // then
    assertReason(unmet.head().reason(),
        new EngagementReason.ContextNotOffered(InterventionContext.PREVENTIVE, "narrow"),
        "CONTEXT_NOT_OFFERED",
        "Le programme narrow n'accompagne pas le contexte « préventif ».",
        "Programme narrow does not take requests in context 'preventive'.");
  }

  @Test
  void aFacilitatorOfAKindTheProgrammeDoesNotDrawOnIsRefusedByName() {
    // given
    Engagement qualified = in(NARROW, historyUnder(NARROW, EngagementStage.QUALIFIED));
    // when
    Seq<Unmet> unmet = unmet(qualified.handle(new AssignFacilitators(at(OPERATOR, 3), PAIR)));
    // then only the independent consultant is refused
    assertThat(unmet).hasSize(1);
    assertReason(unmet.head().reason(),
        new EngagementReason.FacilitatorKindNotOffered(F2.id(),
            FacilitatorKind.INDEPENDENT_CONSULTANT, "narrow",
            LinkedHashSet.of(FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER)),
        "FACILITATOR_KIND_NOT_OFFERED",
        "Le programme narrow ne fait pas intervenir ce type d'intervenant : consultant indépendant"
            + " (F-2) ; il fait intervenir : chargé de mission Anact-Aract.",
        "Programme narrow does not draw on this kind of facilitator: independent consultant"
            + " (F-2); it draws on: Anact-Aract project officer.");
  }

  @Test
  void aWithdrawalByAFacilitatorIsRefusedAsNotByAParty() {
    // given
    Engagement framed = engagementIn(EngagementStage.FRAMED);
    // when
    Seq<Unmet> unmet = unmet(framed.handle(new Withdraw(at(FACILITATOR, 7))));
    // then
    assertReason(unmet.head().reason(), new EngagementReason.ActorNotAParty(),
        "ACTOR_NOT_A_PARTY",
        "Seule une partie prenante peut le faire, jamais un intervenant ni l'opérateur.",
        "Only a party may do this, never a facilitator nor the operator.");
  }

  @Test
  void aConsentFromAPartyTheProgrammeDoesNotAskIsRefused() {
    // given
    Engagement awaiting = engagementIn(EngagementStage.AWAITING_CONSENT);
    // when
    Seq<Unmet> unmet = unmet(awaiting.handle(new GiveConsent(at(SUPERVISORS, 6))));
    // then
    assertReason(unmet.head().reason(),
        new EngagementReason.NotAConsentingParty(PartyRole.SUPERVISORS),
        "NOT_A_CONSENTING_PARTY",
        "La partie « encadrement » n'est pas de celles dont le programme requiert l'accord.",
        "Party 'supervisors' is not one whose consent the programme requires.");
  }

  @Test
  void aSecondConsentToTheSameFramingIsRefused() {
    // given management already consented
    Engagement awaiting = engagementIn(EngagementStage.AWAITING_CONSENT);
    // when
    Seq<Unmet> unmet = unmet(awaiting.handle(new GiveConsent(at(MANAGEMENT, 6))));
    // then
    assertReason(unmet.head().reason(),
        new EngagementReason.ConsentAlreadyGiven(PartyRole.MANAGEMENT),
        "CONSENT_ALREADY_GIVEN",
        "La partie « direction » a déjà donné son accord à ce cadrage.",
        "Party 'management' already consented to this framing.");
  }

  @Test
  void confirmingAFramingAwaitsTheConsentStillMissing() {
    // given only management consented
    Engagement awaiting = in(ARESO, historyTo(EngagementStage.AWAITING_CONSENT).dropRight(1));
    // when
    Seq<Unmet> unmet = unmet(awaiting.handle(new ConfirmFraming(at(FACILITATOR, 6))));
    // then
    assertThat(unmet.map(Unmet::party)).containsExactly(
        Option.of(PartyRole.STAFF_REPRESENTATIVES));
    assertReason(unmet.head().reason(),
        new EngagementReason.ConsentMissing(PartyRole.STAFF_REPRESENTATIVES),
        "CONSENT_MISSING",
        "L'accord de la partie « représentants du personnel » manque.",
        "The consent of party 'staff representatives' is missing.");
  }

  @Test
  void theInterventionCannotStartWithoutAPairNorEndBeforeItStarts() {
    // given a framing confirmed, no facilitators assigned
    Engagement framed = in(ARESO, historyTo(EngagementStage.AWAITING_CONSENT)
        .append(new EngagementEvent.FramingConfirmed(ID, 7, at(FACILITATOR, 6))));
    LocalDate start = T0.toLocalDate().plusDays(7);
    // when
    Seq<Unmet> unmet = unmet(framed.handle(
        new StartIntervention(at(FACILITATOR, 7), start.minusDays(1))));
    // then
    assertThat(unmet).hasSize(2);
    assertReason(unmet.get(0).reason(),
        new EngagementReason.PlanEndsBeforeStart(start.minusDays(1), start),
        "PLAN_ENDS_BEFORE_START",
        "La fin prévue (2024-01-14) précède le début (2024-01-15).",
        "The planned end (2024-01-14) comes before the start (2024-01-15).");
    assertReason(unmet.get(1).reason(), new EngagementReason.FacilitatorsNotAssigned(),
        "FACILITATORS_NOT_ASSIGNED",
        "Aucun binôme d'intervenants n'est désigné.",
        "No pair of facilitators is assigned.");
  }

  @Test
  void aContributionOfSomeoneNotAssignedIsRefusedByName() {
    // given
    Engagement inProgress = engagementIn(EngagementStage.IN_PROGRESS);
    FacilitatorId stranger = FacilitatorId.of("F-9").get();
    // when
    Seq<Unmet> unmet = unmet(inProgress.handle(new RecordContribution(at(FACILITATOR, 10),
        new Contribution(stranger, T0.toLocalDate().plusDays(10), Aspect.PROCESS,
            Sensitive.of("a note")))));
    // then
    assertReason(unmet.head().reason(), new EngagementReason.NotAnAssignedFacilitator(stranger),
        "NOT_AN_ASSIGNED_FACILITATOR",
        "F-9 n'est pas l'un des intervenants désignés.",
        "F-9 is not one of the assigned facilitators.");
  }

  @Test
  void endingAnInterventionNeedsASessionHeldAndAPlanAdoptedByEachParty() {
    // given an intervention just started
    Engagement started = in(ARESO, historyTo(EngagementStage.FRAMED)
        .append(new EngagementEvent.InterventionStarted(ID, 9, at(FACILITATOR, 7),
            T0.toLocalDate().plusMonths(6))));
    // when
    Seq<Unmet> unmet = unmet(started.handle(new EndIntervention(at(FACILITATOR, 8))));
    // then
    assertThat(unmet.map(Unmet::party)).containsExactly(Option.none(),
        Option.of(PartyRole.MANAGEMENT), Option.of(PartyRole.STAFF_REPRESENTATIVES));
    assertReason(unmet.get(0).reason(), new EngagementReason.NoSessionHeld(),
        "NO_SESSION_HELD", "Aucune séance n'a eu lieu.", "No session was held.");
    assertReason(unmet.get(1).reason(), new EngagementReason.ActionPlanMissing(),
        "ACTION_PLAN_MISSING", "Aucun plan d'action n'a été adopté.",
        "No action plan was adopted.");
  }

  @Test
  void closingBeforeTheFollowUpReviewIsRefused() {
    // given the intervention ended, no review yet
    Engagement ended = in(ARESO, historyTo(EngagementStage.FOLLOW_UP).dropRight(1));
    // when
    Seq<Unmet> unmet =
        unmet(ended.handle(new Close(at(FACILITATOR, 20), new Assessment("too early"))));
    // then
    assertReason(unmet.head().reason(), new EngagementReason.FollowUpReviewMissing(),
        "FOLLOW_UP_REVIEW_MISSING", "La revue de suivi n'a pas eu lieu.",
        "The follow-up review has not taken place.");
  }

  @Test
  void aPostponedSessionIsNotRecordedAsHeldNamingItsDay() {
    // given an intervention in progress
    Engagement inProgress = in(ARESO, historyTo(EngagementStage.IN_PROGRESS));
    LocalDate day = T0.toLocalDate().plusDays(12);
    // when
    Seq<Unmet> unmet = unmet(inProgress.handle(new RecordSession(at(FACILITATOR, 12),
        planned(day).withStatus(Session.Status.POSTPONED), BOTH, MeetingKind.SESSION)));
    // then
    assertReason(unmet.single().reason(),
        new EngagementReason.SessionCalledOff(day, Session.Status.POSTPONED),
        "SESSION_CALLED_OFF",
        "La séance du " + day + " a été reportée : elle ne peut être enregistrée comme tenue.",
        "The session of " + day + " was postponed: it cannot be recorded as held.");
  }

  @Test
  void aCancelledSessionIsNotRecordedAsHeldNamingItsDay() {
    // given an intervention in progress
    Engagement inProgress = in(ARESO, historyTo(EngagementStage.IN_PROGRESS));
    LocalDate day = T0.toLocalDate().plusDays(12);
    // when
    Seq<Unmet> unmet = unmet(inProgress.handle(new RecordSession(at(FACILITATOR, 12),
        planned(day).withStatus(Session.Status.CANCELLED), BOTH, MeetingKind.SESSION)));
    // then
    assertReason(unmet.single().reason(),
        new EngagementReason.SessionCalledOff(day, Session.Status.CANCELLED),
        "SESSION_CALLED_OFF",
        "La séance du " + day + " a été annulée : elle ne peut être enregistrée comme tenue.",
        "The session of " + day + " was cancelled: it cannot be recorded as held.");
  }

  @Test
  void onlyTheEmployeeConsentsToTheirSupportCase() {
    // given
    PartyId employee = PartyId.of("employee-42").get();
    SupportCase referred = SupportCase.replay(employee, List.of(
        new SupportCase.Event.Referred("I-1", 1, at(FACILITATOR, 0), employee,
            Sensitive.of(SupportCase.Topic.OTHER)))).get();
    // when
    Seq<Unmet> unmet =
        unmet(referred.handle(new SupportCase.Command.Consent(at(MANAGEMENT, 1))));
    // then
    assertReason(unmet.head().reason(), new EngagementReason.OnlyTheEmployee(),
        "ONLY_THE_EMPLOYEE", "Seul le salarié concerné peut le faire.",
        "Only the employee concerned may do this.");
  }

  @Test
  void aWindowEndingAtTheFirstRepresentableDayStillListsItsClosingWithoutThrowing() {
    // given a window whose notice would start before the first day a date can hold
    LocalDate first = LocalDate.MIN;
    Programme edge = new TestProgramme("areso", LinkedHashSet.of(ACCOMPANIMENT),
        Workflow.standard(), Option.of(DateWindow.of(first, first.plusDays(3)).get()), CHARTER);
    Engagement requested = in(edge, historyTo(EngagementStage.REQUESTED));
    // when
    var obligations = requested.obligations(first.plusDays(1));
    // then
    assertThat(obligations).hasSize(1);
    assertThat(obligations.head().kind().label())
        .isEqualTo(Text.of("fin prochaine de la période du programme",
            "programme window about to close", "Programmzeitraum endet bald",
            "periodo del programma prossimo alla chiusura"));
    assertThat(obligations.head().due()).isEqualTo(first.plusDays(3));
    assertThat(obligations.head().overdue()).isFalse();
  }
}
