package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.*;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementEvent.*;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.kernel.EngagementId;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Stamp;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.Programme;
import org.junit.jupiter.api.Test;

/** Every transition and every rejection of the engagement, as given events / when / then. */
class EngagementTest {

  private final LifecycleFixture<EngagementStage, EngagementId, Programme, Engagement,
      EngagementCommand, EngagementEvent> areso = LifecycleFixture.of(lifecycle(), ARESO);
  private final LifecycleFixture<EngagementStage, EngagementId, Programme, Engagement,
      EngagementCommand, EngagementEvent> tripartite =
      LifecycleFixture.of(TRIPARTITE.workflow().lifecycle(), TRIPARTITE);

  private static Seq<EngagementEvent> h(EngagementStage stage) {
    return historyTo(stage);
  }

  @Test
  void aRequestStartsAnEngagementAtVersionOne() {
    areso.given()
        .when(new RequestEngagement(ID, at(MANAGEMENT, 0), STRUCTURE, ORIGIN))
        .thenEvents(new EngagementRequested(ID, 1, at(MANAGEMENT, 0), "areso", STRUCTURE,
            ORIGIN))
        .thenStage(EngagementStage.REQUESTED);
  }

  @Test
  void anyOtherCommandCannotStartAnEngagement() {
    areso.given()
        .when(new Qualify(at(OPERATOR, 0), ELIGIBLE))
        .thenRejected(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
  }

  @Test
  void aPreDiagnosisWithAnOfferedFormatIsRecorded() {
    areso.given(h(EngagementStage.REQUESTED))
        .when(new RecordPreDiagnosis(at(FACILITATOR, 1), PRE_DIAGNOSIS))
        .thenEvents(new PreDiagnosisRecorded(ID, 2, at(FACILITATOR, 1), PRE_DIAGNOSIS))
        .thenStage(EngagementStage.PRE_DIAGNOSED);
  }

  @Test
  void refusesAPreDiagnosisProposingAFormatTheProgrammeDoesNotOffer() {
    PreDiagnosis seminar = new PreDiagnosis(PartyRole.STAFF_REPRESENTATIVES,
        InterventionContext.LEARNING, HashSet.empty(), SEMINAR);
    areso.given(h(EngagementStage.REQUESTED))
        .when(new RecordPreDiagnosis(at(FACILITATOR, 1), seminar))
        .thenUnmet("FORMAT_NOT_OFFERED");
  }

  @Test
  void refusesToQualifyWithoutPreDiagnosisWhenTheProgrammeRequiresOne() {
    var when = areso.given(h(EngagementStage.REQUESTED))
        .when(new Qualify(at(OPERATOR, 1), ELIGIBLE))
        .thenRejected(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
    // the way there: the pre-diagnosis, which the programme requires
    var path = ((Rejection.NotApplicable) when.outcome().getLeft()).path();
    assertThat(path.<Object>map(step -> step.command())).containsExactly(RecordPreDiagnosis.class);
    assertThat(path.head().pending().map(u -> u.reason().code()))
        .containsExactly("PRE_DIAGNOSIS_REQUIRED");
    assertThat(path.head().pending().head().guard()).isEqualTo("preDiagnosis");
    assertThat(path.head().pending().head().party()).isEqualTo(Option.none());
  }

  @Test
  void qualifiesDirectlyWhenTheProgrammeNeedsNoPreDiagnosis() {
    EngagementRequested requested =
        new EngagementRequested(ID, 1, at(MANAGEMENT, 0), "aura-dialogue-qvt", STRUCTURE,
            ORIGIN);
    tripartite.given(requested)
        .when(new Qualify(at(OPERATOR, 1), ELIGIBLE_TRIPARTITE))
        .thenEvents(new Qualified(ID, 2, at(OPERATOR, 1), ELIGIBLE_TRIPARTITE))
        .thenStage(EngagementStage.QUALIFIED);
  }

  @Test
  void qualifiesAPreDiagnosedRequest() {
    areso.given(h(EngagementStage.PRE_DIAGNOSED))
        .when(new Qualify(at(OPERATOR, 2), ELIGIBLE))
        .thenEvents(new Qualified(ID, 3, at(OPERATOR, 2), ELIGIBLE))
        .thenStage(EngagementStage.QUALIFIED);
  }

  @Test
  void declinesARequestOrAPreDiagnosedRequest() {
    areso.given(h(EngagementStage.REQUESTED))
        .when(new Decline(at(OPERATOR, 1), NOT_ELIGIBLE))
        .thenEvents(new Declined(ID, 2, at(OPERATOR, 1), NOT_ELIGIBLE))
        .thenStage(EngagementStage.DECLINED);
    areso.given(h(EngagementStage.PRE_DIAGNOSED))
        .when(new Decline(at(OPERATOR, 2), NOT_ELIGIBLE))
        .thenEvents(new Declined(ID, 3, at(OPERATOR, 2), NOT_ELIGIBLE))
        .thenStage(EngagementStage.DECLINED);
  }

  @Test
  void qualifiesOnlyOnAnEligibleDecisionAndNamesTheVerdictOtherwise() {
    // given a pre-diagnosed request, when qualified on a not eligible decision
    var when = areso.given(h(EngagementStage.PRE_DIAGNOSED))
        .when(new Qualify(at(OPERATOR, 2), NOT_ELIGIBLE))
        // then
        .thenUnmet("ELIGIBILITY_VERDICT_MISMATCH");
    assertThat(when.unmet().head().guard()).isEqualTo("eligible");
    assertThat(when.outcome().getLeft().message(Language.FR)).contains("NON ÉLIGIBLE");
    assertThat(when.outcome().getLeft().message(Language.EN))
        .contains("'NOT ELIGIBLE'; 'ELIGIBLE' is required");
  }

  @Test
  void declinesOnlyOnANotEligibleDecision() {
    var when = areso.given(h(EngagementStage.REQUESTED))
        .when(new Decline(at(OPERATOR, 1), ELIGIBLE))
        .thenUnmet("ELIGIBILITY_VERDICT_MISMATCH");
    assertThat(when.unmet().head().guard()).isEqualTo("notEligible");
    assertThat(when.outcome().getLeft().message(Language.EN))
        .contains("'ELIGIBLE'; 'NOT ELIGIBLE' is required");
  }

  @Test
  void anUndeterminedDecisionNeitherQualifiesNorDeclinesAndNamesTheMissingFacts() {
    // given an undetermined decision: the structure's CASF items are unknown
    assertThat(UNDETERMINED.missingFacts()).containsExactly("casf_item");
    // when qualified or declined on it, then it is refused and the engagement stays where it is
    for (EngagementCommand command : java.util.List.<EngagementCommand>of(
        new Qualify(at(OPERATOR, 2), UNDETERMINED),
        new Decline(at(OPERATOR, 2), UNDETERMINED))) {
      var when = areso.given(h(EngagementStage.PRE_DIAGNOSED))
          .when(command)
          .thenUnmet("ELIGIBILITY_UNDETERMINED");
      assertThat(when.outcome().getLeft().message(Language.FR))
          .contains("indéterminée", "casf_item");
      assertThat(when.outcome().getLeft().message(Language.EN))
          .contains("undetermined", "casf_item");
    }
  }

  @Test
  void refusesADecisionOfAnotherProgrammesPolicyReportingEveryUnmetCondition() {
    // given a pre-diagnosed request
    var when = areso.given(h(EngagementStage.PRE_DIAGNOSED))
        // when qualified on another programme's not eligible decision
        .when(new Qualify(at(OPERATOR, 2), recordOf(TRIPARTITE, NOT_SOCIAL)))
        // then
        .thenUnmet("ELIGIBILITY_OF_ANOTHER_PROGRAMME", "ELIGIBILITY_VERDICT_MISMATCH");
    assertThat(when.outcome().getLeft().message(Language.EN))
        .contains("policy aura-dialogue-qvt, not programme areso");
    areso.given(h(EngagementStage.REQUESTED))
        .when(new Decline(at(OPERATOR, 1), recordOf(TRIPARTITE, NOT_SOCIAL)))
        .thenUnmet("ELIGIBILITY_OF_ANOTHER_PROGRAMME");
  }

  @Test
  void recordsTheEligibilityDecisionAsStorableValuesAndKeepsItThroughReplay() {
    // given a decision of the programme's policy on the structure's request
    var decision = decisionOn(ARESO, NOT_SOCIAL);
    // when it is recorded, and the engagement declined on it
    EligibilityRecord record = EligibilityRecord.of(decision, REQUEST_DAY);
    Engagement declined = replayStored(ARESO, h(EngagementStage.DECLINED)).get();
    // then
    assertThat(record).isEqualTo(new EligibilityRecord("areso", Verdict.NOT_ELIGIBLE,
        decision.reasonCodes(), List.empty(), REQUEST_DAY));
    assertThat(record.reasonCodes()).isNotEmpty();
    assertThat(declined.file().eligibilityRecord()).contains(record);
    assertThat(engagementIn(EngagementStage.QUALIFIED).file().eligibilityRecord())
        .contains(ELIGIBLE);
    assertThat(ELIGIBLE.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(ELIGIBLE.reasonCodes()).isEmpty();
    assertThat(engagementIn(EngagementStage.REQUESTED).file().eligibilityRecord()).isEmpty();
  }

  @Test
  void aRecordOrARequestWithoutItsDataIsAProgrammerError() {
    assertThatNullPointerException()
        .isThrownBy(() -> EligibilityRecord.of(null, REQUEST_DAY)).withMessage("decision");
    assertThatNullPointerException()
        .isThrownBy(() -> EligibilityRecord.of(decisionOn(ARESO, STRUCTURE), null))
        .withMessage("requestDate");
    assertThatNullPointerException()
        .isThrownBy(() -> new RequestEngagement(ID, at(MANAGEMENT, 0), null, ORIGIN))
        .withMessage("structure");
  }

  @Test
  void theEngagementKeepsTheStructureThatAskedThroughReplay() {
    // given a request of a structure
    Seq<EngagementEvent> requested = Engagement.start(ARESO,
        new RequestEngagement(ID, at(MANAGEMENT, 0), NOT_SOCIAL, ORIGIN)).get().events();
    // when the history is replayed
    Engagement engagement = replayStored(ARESO, requested).get();
    // then
    assertThat(engagement.structure()).isEqualTo(NOT_SOCIAL);
    assertThat(engagementIn(EngagementStage.CLOSED).structure()).isEqualTo(STRUCTURE);
    assertThat(engagement).isNotEqualTo(engagementIn(EngagementStage.REQUESTED));
  }

  @Test
  void proposingAFramingAwaitsConsent() {
    areso.given(h(EngagementStage.QUALIFIED))
        .when(new ProposeFraming(at(FACILITATOR, 3), FRAMING))
        .thenEvents(new FramingProposed(ID, 4, at(FACILITATOR, 3), FRAMING))
        .thenStage(EngagementStage.AWAITING_CONSENT);
  }

  @Test
  void aRequiredPartyConsents() {
    Seq<EngagementEvent> proposed = h(EngagementStage.QUALIFIED)
        .append(new FramingProposed(ID, 4, at(FACILITATOR, 3), FRAMING));
    areso.given(proposed)
        .when(new GiveConsent(at(STAFF, 4)))
        .thenEvents(new ConsentGiven(ID, 5, at(STAFF, 4), PartyRole.STAFF_REPRESENTATIVES))
        .thenStage(EngagementStage.AWAITING_CONSENT);
  }

  @Test
  void refusesConsentFromAPartyTheProgrammeDoesNotAskNorFromAFacilitatorNorTwice() {
    Seq<EngagementEvent> proposed = h(EngagementStage.QUALIFIED)
        .append(new FramingProposed(ID, 4, at(FACILITATOR, 3), FRAMING));
    areso.given(proposed).when(new GiveConsent(at(SUPERVISORS, 4)))
        .thenUnmet("NOT_A_CONSENTING_PARTY");
    areso.given(proposed).when(new GiveConsent(at(FACILITATOR, 4)))
        .thenUnmet("ACTOR_NOT_A_PARTY");
    areso.given(h(EngagementStage.AWAITING_CONSENT)).when(new GiveConsent(at(MANAGEMENT, 6)))
        .thenUnmet("CONSENT_ALREADY_GIVEN");
  }

  @Test
  void refusesToConfirmTheFramingListingEveryMissingConsentWithThePartyToAct() {
    // given a tripartite programme and a framing nobody consented to yet
    EngagementRequested requested =
        new EngagementRequested(ID, 1, at(MANAGEMENT, 0), "aura-dialogue-qvt", STRUCTURE,
            ORIGIN);
    var when = tripartite.given(requested,
            new Qualified(ID, 2, at(OPERATOR, 1), ELIGIBLE_TRIPARTITE),
            new FramingProposed(ID, 3, at(FACILITATOR, 2), FRAMING),
            new ConsentGiven(ID, 4, at(MANAGEMENT, 3), PartyRole.MANAGEMENT))
        // when
        .when(new ConfirmFraming(at(FACILITATOR, 4)))
        // then
        .thenUnmet("CONSENT_MISSING", "CONSENT_MISSING");
    assertThat(when.unmet().map(u -> u.party().get()))
        .containsExactly(PartyRole.STAFF_REPRESENTATIVES, PartyRole.GOVERNANCE);
    assertThat(when.outcome().getLeft().message(Language.FR))
        .contains("représentants du personnel", "gouvernance");
  }

  @Test
  void explainsAMissingConsentInEnglishAsTheReadmeShows() {
    var when = areso.given(h(EngagementStage.AWAITING_CONSENT).dropRight(1))
        .when(new ConfirmFraming(at(FACILITATOR, 6)))
        .thenUnmet("CONSENT_MISSING");
    assertThat(when.outcome().getLeft().message(Language.EN)).isEqualTo("Command 'confirm the"
        + " framing' cannot be accepted yet in stage 'awaiting consent': The consent of party"
        + " 'staff representatives' is missing.");  // who must act: the party the sentence names
    assertThat(when.outcome().getLeft().message(Language.FR)).isEqualTo("La commande « confirmer"
        + " le cadrage » ne peut pas encore être acceptée à l'étape « accords attendus » :"
        + " L'accord de la partie « représentants du personnel » manque.");
  }

  @Test
  void proposingTheFramingAgainVoidsTheConsentsGiven() {
    // given both consents, then a new framing
    var when = areso.given(h(EngagementStage.AWAITING_CONSENT)
            .append(new FramingProposed(ID, 7, at(FACILITATOR, 6), FRAMING)))
        // when
        .when(new ConfirmFraming(at(FACILITATOR, 7)))
        // then
        .thenUnmet("CONSENT_MISSING", "CONSENT_MISSING");
    assertThat(when.unmet().map(u -> u.party().get()))
        .containsExactly(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);
  }

  @Test
  void confirmsTheFramingOnceEveryRequiredPartyConsented() {
    areso.given(h(EngagementStage.AWAITING_CONSENT))
        .when(new ConfirmFraming(at(FACILITATOR, 6)))
        .thenEvents(new FramingConfirmed(ID, 7, at(FACILITATOR, 6)))
        .thenStage(EngagementStage.FRAMED);
  }

  @Test
  void startsTheInterventionButNotWithAPlanEndingBeforeItsStart() {
    areso.given(h(EngagementStage.FRAMED))
        .when(new StartIntervention(at(FACILITATOR, 7), T0.toLocalDate().plusMonths(6)))
        .thenEvents(new InterventionStarted(ID, 9, at(FACILITATOR, 7),
            T0.toLocalDate().plusMonths(6)))
        .thenStage(EngagementStage.IN_PROGRESS);
    areso.given(h(EngagementStage.FRAMED))
        .when(new StartIntervention(at(FACILITATOR, 7), T0.toLocalDate()))
        .thenUnmet("PLAN_ENDS_BEFORE_START");
  }

  @Test
  void recordsAPlannedSessionAsHeldWithItsDateAndLength() {
    var present = HashSet.of(PartyRole.MANAGEMENT);
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordSession(at(FACILITATOR, 11),
            Session.planned(T0.toLocalDate().plusDays(11), SessionLength.HALF_DAY),
            present, MeetingKind.INTERVIEW))
        .thenEvents(new SessionHeld(ID, 12, at(FACILITATOR, 11), T0.toLocalDate().plusDays(11),
            SessionLength.HALF_DAY, present, MeetingKind.INTERVIEW))
        .thenStage(EngagementStage.IN_PROGRESS);
  }

  @Test
  void recordsASessionItsPlanAlreadyMarkedHeld() {
    var held = new Session(T0.toLocalDate().plusDays(11), SessionLength.WHOLE_DAY,
        Session.Status.HELD);
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordSession(at(FACILITATOR, 11), held, BOTH, MeetingKind.SESSION))
        .thenEvents(new SessionHeld(ID, 12, at(FACILITATOR, 11), T0.toLocalDate().plusDays(11),
            SessionLength.WHOLE_DAY, BOTH, MeetingKind.SESSION));
  }

  @Test
  void refusesToRecordAPostponedSessionAsHeld() {
    var postponed = planned(T0.toLocalDate().plusDays(11)).withStatus(Session.Status.POSTPONED);
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordSession(at(FACILITATOR, 11), postponed, BOTH, MeetingKind.SESSION))
        .thenUnmet("SESSION_CALLED_OFF");
  }

  @Test
  void refusesToRecordACancelledSessionAsHeld() {
    var cancelled = planned(T0.toLocalDate().plusDays(11)).withStatus(Session.Status.CANCELLED);
    var then = areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordSession(at(FACILITATOR, 11), cancelled, BOTH, MeetingKind.SESSION))
        .thenUnmet("SESSION_CALLED_OFF");
    assertThat(then.unmet().head().guard()).isEqualTo("sessionNotCalledOff");
  }

  @Test
  void aCommandStampedBeforeTheLastEventIsRefusedWithEveryOtherUnmetPrecondition() {
    // given consents awaited, the last consent given on day 5 at 09:00
    var history = h(EngagementStage.AWAITING_CONSENT).dropRight(1);
    Engagement awaiting = replayStored(ARESO, history).get();
    assertThat(awaiting.lastEventAt()).isEqualTo(history.last().stamp().at());
    // when the framing is confirmed with a stamp of day 3, and a consent still missing
    var when = areso.given(history)
        .when(new ConfirmFraming(at(FACILITATOR, 3)))
        .thenUnmet("STAMP_BEFORE_LAST_EVENT", "CONSENT_MISSING");
    // then both are said, the time first
    var late = when.unmet().head();
    assertThat(late.guard()).isEqualTo("chronology");
    assertThat(late.reason()).isEqualTo(new org.areso.core.kernel.FieldReason
        .StampBeforeLastEvent(at(FACILITATOR, 3).at(), awaiting.lastEventAt()));
    assertThat(late.reason().message(Language.FR)).isEqualTo("Une commande du"
        + " 2024-01-11 09:00 précède le dernier événement, du 2024-01-12 09:00 : l'historique"
        + " remonterait le temps.");
    // a command at the same time as the last event is in order
    areso.given(h(EngagementStage.AWAITING_CONSENT))
        .when(new ConfirmFraming(Stamp.of(FACILITATOR,
            h(EngagementStage.AWAITING_CONSENT).last().stamp().at())))
        .thenStage(EngagementStage.FRAMED);
    // and the engagement keeps the time of its last event, as a replay does
    var next = awaiting.handle(new GiveConsent(at(STAFF, 6))).get().state();
    assertThat(next.lastEventAt()).isEqualTo(at(STAFF, 6).at());
    assertThat(replayStored(ARESO, history.append(new ConsentGiven(ID, next.version(),
        at(STAFF, 6), PartyRole.STAFF_REPRESENTATIVES))).get()).isEqualTo(next);
  }

  @Test
  void aWithdrawalToo() {
    // freedom does not go back in time either: a party withdraws from now on
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new Withdraw(at(STAFF, 1)))
        .thenUnmet("STAMP_BEFORE_LAST_EVENT");
  }

  @Test
  void aSessionIsRecordedAsHeldFromItsDayNotBefore() {
    // given an intervention in progress and a session planned on day 12
    var day12 = planned(T0.toLocalDate().plusDays(12));
    // when it is recorded as held on day 11
    var early = areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordSession(at(FACILITATOR, 11), day12, BOTH, MeetingKind.SESSION))
        .thenUnmet("SESSION_IN_THE_FUTURE");
    // then the reason gives both days, and the session is recorded on its own day
    var reason = early.unmet().single().reason();
    assertThat(early.unmet().single().guard()).isEqualTo("sessionHeldByNow");
    assertThat(reason).isEqualTo(new org.areso.core.engagement.EngagementReason
        .SessionInTheFuture(day12.date(), day12.date().minusDays(1)));
    assertThat(reason.message(Language.FR)).isEqualTo("Une séance datée du 2024-01-20 ne peut"
        + " être enregistrée comme tenue le 2024-01-19, avant d'avoir eu lieu.");
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordSession(at(FACILITATOR, 12), day12, BOTH, MeetingKind.SESSION))
        .thenStage(EngagementStage.IN_PROGRESS);
  }

  @Test
  void aContributionIsRecordedFromItsDayNotBefore() {
    // given an intervention in progress and a contribution of day 12
    var day12 = T0.toLocalDate().plusDays(12);
    var contribution = new org.areso.core.ethics.Contribution(F1.id(), day12,
        org.areso.core.ethics.Aspect.PROCESS, org.areso.core.kernel.Sensitive.of("agenda"));
    // when it is recorded on day 11
    var early = areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordContribution(at(FACILITATOR, 11), contribution))
        .thenUnmet("CONTRIBUTION_IN_THE_FUTURE");
    // then the reason gives both days, and the contribution is recorded on its own day
    assertThat(early.unmet().single().reason()).isEqualTo(
        new org.areso.core.engagement.EngagementReason.ContributionInTheFuture(day12,
            day12.minusDays(1)));
    assertThat(early.unmet().single().reason().message(Language.EN)).isEqualTo(
        "A contribution dated 2024-01-20 cannot be recorded on 2024-01-19, before it was made.");
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordContribution(at(FACILITATOR, 12), contribution))
        .thenEvents(new ContributionRecorded(ID, 12, at(FACILITATOR, 12), contribution));
  }

  @Test
  void nothingIsDoneBeforeTheRequest() {
    // given an intervention in progress, requested on T0's day
    var requested = T0.toLocalDate();
    var dayBefore = requested.minusDays(1);
    // when a session, a contribution and work between sessions are dated the day before
    var session = areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordSession(at(FACILITATOR, 11), Session.planned(dayBefore,
            SessionLength.WHOLE_DAY), BOTH, MeetingKind.SESSION))
        .thenUnmet("DATED_BEFORE_REQUEST");
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordContribution(at(FACILITATOR, 11), new org.areso.core.ethics.Contribution(
            F1.id(), dayBefore, org.areso.core.ethics.Aspect.PROCESS,
            org.areso.core.kernel.Sensitive.of("agenda"))))
        .thenUnmet("DATED_BEFORE_REQUEST");
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new org.areso.core.engagement.EngagementCommand.RecordIntersessionWork(
            at(FACILITATOR, 11), new org.areso.core.engagement.IntersessionWork(
                PartyRole.STAFF_REPRESENTATIVES, dayBefore,
                org.areso.core.kernel.Sensitive.of("register"))))
        .thenUnmet("DATED_BEFORE_REQUEST");
    // then the reason gives the date and the request's day, found by the guard of the day
    var unmet = session.unmet().single();
    assertThat(unmet.guard()).isEqualTo("sessionHeldByNow");
    assertThat(unmet.reason()).isEqualTo(new org.areso.core.engagement.EngagementReason
        .DatedBeforeRequest(dayBefore, requested));
    assertThat(unmet.reason().message(Language.EN)).isEqualTo("The date 2024-01-07 comes before"
        + " the engagement's request of 2024-01-08: nothing of an engagement is done before it"
        + " is asked for.");
    // and a session held on the request's own day is in order
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordSession(at(FACILITATOR, 11), Session.planned(requested,
            SessionLength.WHOLE_DAY), BOTH, MeetingKind.SESSION))
        .thenStage(EngagementStage.IN_PROGRESS);
    assertThat(replayStored(ARESO, h(EngagementStage.IN_PROGRESS)).get().file().requestedOn())
        .isEqualTo(requested);
  }

  @Test
  void anActionPlanIsAdoptedByAConsentingPartyAndEachActionHasAReferenceOfItsOwn() {
    // an employee is a party, but not one whose consent areso requires
    var employee = new org.areso.core.kernel.Actor.Party(PartyRole.NON_MANAGERIAL_STAFF,
        org.areso.core.kernel.PartyId.of("employee-7").get());
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new AdoptActionPlan(at(employee, 11), plan(2)))
        .thenUnmet("NOT_A_CONSENTING_PARTY");
    // a blank reference, and one given twice, are said, each once
    var items = List.of(new ActionPlanItem(" ", MANAGEMENT, MANAGEMENT, BOTH),
        new ActionPlanItem("A-1", MANAGEMENT, MANAGEMENT, BOTH),
        new ActionPlanItem("A-1", MANAGEMENT, MANAGEMENT, BOTH),
        new ActionPlanItem("A-1", MANAGEMENT, MANAGEMENT, BOTH));
    var when = areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new AdoptActionPlan(at(MANAGEMENT, 11), items))
        .thenUnmet("FIELD_BLANK", "DUPLICATE_VALUE");
    assertThat(when.unmet().last().reason()).isEqualTo(
        new org.areso.core.kernel.FieldReason.Duplicate("action_reference", "A-1"));
  }

  @Test
  void anActionPlanIsAdoptedByThePartiesNeverByAFacilitatorAndValidatedByAll() {
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new AdoptActionPlan(at(STAFF, 11), plan(5)))
        .thenEvents(new ActionPlanAdopted(ID, 12, at(STAFF, 11), plan(5)))
        .thenStage(EngagementStage.IN_PROGRESS);
    var empty = areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new AdoptActionPlan(at(FACILITATOR, 11), List.empty()))
        .thenUnmet("ACTOR_NOT_A_PARTY", "OUT_OF_RANGE");
    assertThat(empty.unmet().map(u -> u.guard())).containsExactly("adoptedByAParty", "hasActions");
    var notValidated = areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new AdoptActionPlan(at(STAFF, 11), List.of(new ActionPlanItem("A-1",
            MANAGEMENT, MANAGEMENT, HashSet.of(PartyRole.MANAGEMENT)))))
        .thenUnmet("ACTION_NOT_VALIDATED");
    assertThat(notValidated.unmet().head().guard()).isEqualTo("charter");
  }

  @Test
  void suspendsAndResumesTheIntervention() {
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new Suspend(at(MANAGEMENT, 10)))
        .thenEvents(new Suspended(ID, 12, at(MANAGEMENT, 10)))
        .thenStage(EngagementStage.SUSPENDED);
    areso.given(h(EngagementStage.SUSPENDED))
        .when(new Resume(at(MANAGEMENT, 20)))
        .thenEvents(new Resumed(ID, 13, at(MANAGEMENT, 20)))
        .thenStage(EngagementStage.IN_PROGRESS);
  }

  @Test
  void noSessionCanBeRecordedWhileSuspended() {
    areso.given(h(EngagementStage.SUSPENDED))
        .when(new RecordSession(at(FACILITATOR, 11), planned(T0.toLocalDate()), HashSet.empty(),
            MeetingKind.SESSION))
        .thenRejected(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
  }

  @Test
  void endsTheInterventionOnlyAfterASessionAndAnAdoptedPlan() {
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new EndIntervention(at(FACILITATOR, 10)))
        .thenEvents(new InterventionEnded(ID, 12, at(FACILITATOR, 10)))
        .thenStage(EngagementStage.FOLLOW_UP);
    var when = areso.given(h(EngagementStage.FRAMED)
            .append(new InterventionStarted(ID, 9, at(FACILITATOR, 7),
                T0.toLocalDate().plusMonths(6))))
        .when(new EndIntervention(at(FACILITATOR, 8)))
        .thenUnmet("NO_SESSION_HELD", "ACTION_PLAN_MISSING", "ACTION_PLAN_MISSING");
    assertThat(when.unmet().flatMap(u -> u.party()))
        .containsExactly(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);
  }

  @Test
  void closesWithAnAssessmentOnlyAfterTheFollowUpReview() {
    Seq<EngagementEvent> ended = h(EngagementStage.FOLLOW_UP).dropRight(1);
    areso.given(ended)
        .when(new Close(at(FACILITATOR, 12), new Assessment("too early")))
        .thenUnmet("FOLLOW_UP_REVIEW_MISSING");
    areso.given(ended)
        .when(new RecordFollowUpReview(at(FACILITATOR, 190), "lasting"))
        .thenEvents(new FollowUpReviewed(ID, 13, at(FACILITATOR, 190), "lasting"))
        .thenStage(EngagementStage.FOLLOW_UP);
    areso.given(h(EngagementStage.FOLLOW_UP))
        .when(new Close(at(FACILITATOR, 191), new Assessment("restored")))
        .thenEvents(new Closed(ID, 14, at(FACILITATOR, 191), new Assessment("restored")))
        .thenStage(EngagementStage.CLOSED);
  }

  @Test
  void anyPartyWithdrawsFromEveryStageThatIsNotTerminalWithoutAReason() {
    for (EngagementStage stage : EngagementStage.values()) {
      if (lifecycle().isTerminal(stage)) {
        continue;
      }
      // given
      Seq<EngagementEvent> history = h(stage);
      long version = history.last().version();
      // when / then
      areso.given(history)
          .when(new Withdraw(at(SUPERVISORS, 300)))
          .thenEvents(new Withdrawn(ID, version + 1, at(SUPERVISORS, 300)))
          .thenStage(EngagementStage.WITHDRAWN);
    }
  }

  @Test
  void aFacilitatorCannotWithdrawInThePartiesName() {
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new Withdraw(at(FACILITATOR, 11)))
        .thenUnmet("ACTOR_NOT_A_PARTY");
  }

  @Test
  void terminalStagesAcceptNoCommand() {
    for (EngagementStage stage : lifecycle().terminalStages()) {
      Seq<EngagementEvent> history = h(stage);
      areso.given(history)
          .when(new Withdraw(at(MANAGEMENT, 400)))
          .thenRejected(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
    }
  }

  @Test
  void aCommandDecidedOnAStaleVersionIsAConflict() {
    // given an engagement in progress, at version 11
    Engagement inProgress = engagementIn(EngagementStage.IN_PROGRESS);
    // when a suspension decided on version 10 is handled
    var outcome = inProgress.handle(new Suspend(at(MANAGEMENT, 10)), 10);
    // then
    assertThat(outcome.isLeft()).isTrue();
    assertThat(outcome.getLeft().kind()).isEqualTo(Rejection.Kind.VERSION_CONFLICT);
    assertThat(outcome.getLeft()).isEqualTo(new Rejection.VersionConflict(10, 11));
  }

  @Test
  void aCommandDecidedOnTheCurrentVersionIsHandled() {
    // given an engagement in progress, at version 11
    Engagement inProgress = engagementIn(EngagementStage.IN_PROGRESS);
    // when a suspension decided on version 11 is handled
    var outcome = inProgress.handle(new Suspend(at(MANAGEMENT, 10)), 11);
    // then
    assertThat(outcome).isEqualTo(inProgress.handle(new Suspend(at(MANAGEMENT, 10))));
    assertThat(outcome.get().state().stage()).isEqualTo(EngagementStage.SUSPENDED);
  }

  @Test
  void notApplicableNamesTheCommandsTheStageAccepts() {
    var when = areso.given(h(EngagementStage.REQUESTED))
        .when(new Suspend(at(MANAGEMENT, 1)))
        .thenRejected(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
    assertThat(when.outcome().getLeft()).isInstanceOfSatisfying(Rejection.NotApplicable.class,
        r -> {
          assertThat(r.stage()).isEqualTo(Option.some(EngagementStage.REQUESTED));
          assertThat(r.command()).isEqualTo(Suspend.class);
          assertThat(r.accepted()).containsExactlyInAnyOrder(RecordPreDiagnosis.class,
              Decline.class, Disclose.class, Withdraw.class);
        });
    assertThat(when.outcome().getLeft().message(Language.EN)).startsWith("Command 'suspend the"
        + " intervention' is not applicable in stage 'requested' (accepted: record the"
        + " pre-diagnosis, decline the request, disclose information, withdraw).");
  }
}
