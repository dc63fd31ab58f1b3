package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.*;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementEvent.*;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Framing;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.InformationItem;
import org.areso.core.ethics.Origin;
import org.areso.core.ethics.Participation;
import org.areso.core.ethics.Principle;
import org.areso.core.ethics.Recipient;
import org.areso.core.ethics.Sensitivity;
import org.areso.core.ethics.ThirdParty;
import org.areso.core.ethics.Violation;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Tie;
import org.areso.core.lifecycle.Unmet;
import org.areso.core.programme.Programme;
import org.junit.jupiter.api.Test;

/** The charter's blocking checks as guards of the engagement's commands, and its audit. */
class EngagementEthicsTest {

  private final LifecycleFixture<EngagementStage, EngagementId, Programme, Engagement,
      EngagementCommand, EngagementEvent> areso = LifecycleFixture.of(lifecycle(), ARESO);

  private static final LocalDate ON = T0.toLocalDate().plusDays(8);

  private static Seq<EngagementEvent> h(EngagementStage stage) {
    return historyTo(stage);
  }

  private static Disclosure disclosure(Sensitivity sensitivity, Recipient recipient) {
    return new Disclosure(ON, new InformationItem("minutes", sensitivity,
        Sensitive.of("what the director said")), recipient);
  }

  @Test
  void aRequestNoPartyMadeItselfIsRefusedUnderFreedom() {
    var when = areso.given()
        .when(new RequestEngagement(ID, at(OPERATOR, 0), STRUCTURE,
            Origin.referral(ThirdParty.SUPERVISING_AUTHORITY)))
        .thenUnmet("NOT_REQUESTED_BY_PARTIES");
    Unmet unmet = when.unmet().head();
    assertThat(unmet.guard()).isEqualTo("charter");
    assertThat(unmet.reason()).isInstanceOfSatisfying(Violation.class,
        v -> assertThat(v.principle()).isEqualTo(Principle.FREEDOM));
    areso.given()
        .when(new RequestEngagement(ID, at(OPERATOR, 0), STRUCTURE,
            Origin.referral(ThirdParty.FUNDER, PartyRole.STAFF_REPRESENTATIVES)))
        .thenStage(EngagementStage.REQUESTED);
  }

  @Test
  void aFramingThatObligesAPartyIsRefused() {
    Framing obliging = new Framing("o", "m", "r", "p",
        LinkedHashMap.of(PartyRole.STAFF_REPRESENTATIVES, Participation.OBLIGED));
    areso.given(h(EngagementStage.QUALIFIED))
        .when(new ProposeFraming(at(FACILITATOR, 3), obliging))
        .thenUnmet("PARTY_OBLIGED");
  }

  @Test
  void reframingAFramedEngagementVoidsTheConsentsUntilGivenAgain() {
    // given a framed engagement whose framing is proposed again
    Seq<EngagementEvent> history = h(EngagementStage.FRAMED)
        .append(new FramingProposed(ID, 9, at(FACILITATOR, 7), FRAMING));
    Engagement reframed = replayStored(ARESO, history).get();
    // then both consents are void, and confirming waits for them
    assertThat(reframed.conduct().voidedConsents()).containsExactlyInAnyOrder(PartyRole.MANAGEMENT,
        PartyRole.STAFF_REPRESENTATIVES);
    areso.given(history).when(new ConfirmFraming(at(FACILITATOR, 8)))
        .thenUnmet("CONSENT_MISSING", "CONSENT_MISSING");
    // and a consent given again is no longer void
    var consented = reframed.handle(new GiveConsent(at(STAFF, 8))).get();
    assertThat(consented.events()).containsExactly(new ConsentGiven(ID, 10, at(STAFF, 8),
        PartyRole.STAFF_REPRESENTATIVES));
    assertThat(consented.state().conduct().voidedConsents()).containsExactly(PartyRole.MANAGEMENT);
  }

  @Test
  void aFacilitatorTiedToTheStructureOrAPartyCannotBeAssigned() {
    Facilitators tied = Facilitators.pair(F1,
        F2.withTie(Tie.withStructure(Tie.Kind.MANDATE, Option.none()))).get();
    var when = areso.given(h(EngagementStage.QUALIFIED))
        .when(new AssignFacilitators(at(OPERATOR, 3), tied))
        .thenUnmet("FACILITATOR_TIED");
    assertThat(((Violation) when.unmet().head().reason()).seen().get("facilitator"))
        .contains("F-2");
    areso.given(h(EngagementStage.QUALIFIED))
        .when(new AssignFacilitators(at(OPERATOR, 3), PAIR))
        .thenEvents(new FacilitatorsAssigned(ID, 4, at(OPERATOR, 3), PAIR));
  }

  @Test
  void theInterventionDoesNotStartWithoutFacilitators() {
    areso.given(h(EngagementStage.FRAMED).dropRight(1))
        .when(new StartIntervention(at(FACILITATOR, 7), ON.plusMonths(6)))
        .thenUnmet("FACILITATORS_NOT_ASSIGNED");
  }

  @Test
  void anOpinionOnTheContentIsNotRecordedAndFormIs() {
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordContribution(at(FACILITATOR, 12),
            new Contribution(F1.id(), ON, Aspect.OPINION_ON_CONTENT, Sensitive.of("x"))))
        .thenUnmet("OPINION_ON_CONTENT");
    Contribution form = new Contribution(F2.id(), ON, Aspect.DYNAMICS, Sensitive.of("y"));
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordContribution(at(FACILITATOR, 12), form))
        .thenEvents(new ContributionRecorded(ID, 12, at(FACILITATOR, 12), form));
    areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordContribution(at(FACILITATOR, 12), new Contribution(
            FacilitatorId.of("F-9").get(), ON, Aspect.FORM, Sensitive.of("z"))))
        .thenUnmet("NOT_AN_ASSIGNED_FACILITATOR");
  }

  @Test
  void theCharterFindsTheSameWhetherAskedBeforeTheCommandAppliesOrFromTheEngagementItLeadsTo() {
    // an opinion alone: the other guards pass, so the charter reads the engagement it leads to
    Contribution opinion = new Contribution(F1.id(), ON, Aspect.OPINION_ON_CONTENT,
        Sensitive.of("x"));
    Unmet fromNext = areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordContribution(at(FACILITATOR, 12), opinion))
        .thenUnmet("OPINION_ON_CONTENT").unmet().head();
    // by a facilitator not assigned too: the command is not applied, the charter works it out
    Contribution unassigned = new Contribution(FacilitatorId.of("F-9").get(), ON,
        Aspect.OPINION_ON_CONTENT, Sensitive.of("x"));
    Seq<Unmet> both = areso.given(h(EngagementStage.IN_PROGRESS))
        .when(new RecordContribution(at(FACILITATOR, 12), unassigned))
        .thenUnmet("NOT_AN_ASSIGNED_FACILITATOR", "OPINION_ON_CONTENT").unmet();
    assertThat(both.last().guard()).isEqualTo(fromNext.guard()).isEqualTo("charter");
    assertThat(((Violation) both.last().reason()).principle())
        .isEqualTo(((Violation) fromNext.reason()).principle()).isEqualTo(Principle.NEUTRALITY);
  }

  @Test
  void disclosuresAreCheckedAgainstTheirRecipientAtEveryStage() {
    for (EngagementStage stage : EngagementStage.values()) {
      if (lifecycle().isTerminal(stage)) {
        continue;
      }
      Seq<EngagementEvent> history = h(stage);
      areso.given(history)
          .when(new Disclose(at(FACILITATOR, 300),
              disclosure(Sensitivity.PARTIES, Recipient.SUPERVISING_AUTHORITY)))
          .thenUnmet("ANONYMITY_TOWARDS_SUPERVISING_AUTHORITY");
      areso.given(history)
          .when(new Disclose(at(FACILITATOR, 300),
              disclosure(Sensitivity.CONFIDENTIAL, Recipient.PARTY)))
          .thenUnmet("DISCLOSURE_NOT_CLEARED");
      areso.given(history)
          .when(new Disclose(at(FACILITATOR, 300),
              disclosure(Sensitivity.PARTIES, Recipient.PARTY)))
          .thenStage(stage);
    }
  }

  @Test
  void aWholeEngagementIsAuditedPrincipleByPrinciple() {
    Engagement closed = engagementIn(EngagementStage.CLOSED);
    assertThat(closed.audit().isClean()).isTrue();
    assertThat(closed.audit().byPrinciple().keySet()).containsExactly(Principle.values());
    assertThat(CHARTER.audit(closed)).isEqualTo(closed.audit());
    assertThat(closed.conduct().started()).isTrue();
    assertThat(closed.conduct().assignment().map(a -> a.facilitators())).contains(PAIR);
    assertThat(closed.actionPlanValidatedBy()).containsExactlyInAnyOrderElementsOf(BOTH);
  }

  @Test
  void aViolationInAHistoryStoredUnderOlderRulesBlocksNothingThatFollowsNorWithdrawal() {
    // given a stored history with a disclosure today's charter refuses
    Seq<EngagementEvent> history = h(EngagementStage.IN_PROGRESS).append(new Disclosed(ID, 12,
        at(FACILITATOR, 12), disclosure(Sensitivity.CONFIDENTIAL, Recipient.FUNDER)));
    Engagement engagement = replayStored(ARESO, history).get();
    assertThat(engagement.audit().blocking()).map(Violation::code)
        .containsExactly("DISCLOSURE_NOT_CLEARED");
    // then guarded commands are judged on what they add, and withdrawal stays possible
    Contribution form = new Contribution(F1.id(), ON, Aspect.FORM, Sensitive.of("f"));
    assertThat(engagement.handle(new RecordContribution(at(FACILITATOR, 13), form))
        .isRight()).isTrue();
    assertThat(engagement.handle(new Withdraw(at(STAFF, 13))).isRight()).isTrue();
  }

  @Test
  void aWalkFromRequestToClosureKeepsTheCharter() {
    // given / when every command of a whole engagement, handled one after the other
    Engagement e = Engagement.start(ARESO,
        new RequestEngagement(ID, at(MANAGEMENT, 0), STRUCTURE, ORIGIN)).get().state();
    List<EngagementCommand> walk = List.of(
        new RecordPreDiagnosis(at(FACILITATOR, 1), PRE_DIAGNOSIS),
        new Qualify(at(OPERATOR, 2), ELIGIBLE),
        new AssignFacilitators(at(OPERATOR, 2), PAIR),
        new ProposeFraming(at(FACILITATOR, 3), FRAMING),
        new GiveConsent(at(MANAGEMENT, 4)),
        new GiveConsent(at(STAFF, 5)),
        new ConfirmFraming(at(FACILITATOR, 6)),
        new StartIntervention(at(FACILITATOR, 7), ON.plusMonths(6)),
        new RecordSession(at(FACILITATOR, 8), planned(ON), BOTH,
            org.areso.core.ethics.MeetingKind.SESSION),
        new RecordContribution(at(FACILITATOR, 8),
            new Contribution(F1.id(), ON, Aspect.PROCESS, Sensitive.of("agenda"))),
        new AdoptActionPlan(at(MANAGEMENT, 9), plan(2)),
        new Disclose(at(FACILITATOR, 9), disclosure(Sensitivity.PARTIES, Recipient.PARTY)),
        new EndIntervention(at(FACILITATOR, 10)),
        new RecordFollowUpReview(at(FACILITATOR, 190), "lasting"),
        new Close(at(FACILITATOR, 191), new org.areso.core.engagement.Assessment("restored")));
    for (EngagementCommand c : walk) {
      var outcome = e.handle(c);
      assertThat(outcome.isRight()).as("%s: %s", c.getClass().getSimpleName(), outcome).isTrue();
      e = outcome.get().state();
      assertThat(e.audit().blocking()).isEmpty();
    }
    // then
    assertThat(e.stage()).isEqualTo(EngagementStage.CLOSED);
    assertThat(e.audit().isClean()).isTrue();
  }
}
