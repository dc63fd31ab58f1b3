package org.areso.rules.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Workflow;
import org.areso.core.engagement.WorkflowStep;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.PartyRole;
import org.areso.core.programme.Programme;
import org.junit.jupiter.api.Test;

/** Each catalogue programme declares its workflow; today's behaviour, carried by the mechanism. */
class CatalogueWorkflowsTest {

  @Test
  void soresosNamedStepsFollowTheStagesInOrderAndDeliverItsOwnFormats() {
    // given
    Programme soreso = Programmes.soreso();
    // when
    Workflow workflow = soreso.workflow();
    // then
    assertThat(workflow.steps().map(WorkflowStep::id))
        .containsExactly("first-meeting", "validation-meeting", "collective-accompaniment");
    assertThat(workflow.stepOf(EngagementStage.PRE_DIAGNOSED).map(WorkflowStep::id))
        .contains("first-meeting");
    assertThat(workflow.stepOf(EngagementStage.AWAITING_CONSENT).map(WorkflowStep::id))
        .contains("validation-meeting");
    assertThat(workflow.stepOf(EngagementStage.IN_PROGRESS).map(WorkflowStep::id))
        .contains("collective-accompaniment");
    assertThat(workflow.consentOf()).containsExactly(PartyRole.MANAGEMENT,
        PartyRole.SUPERVISORS, PartyRole.STAFF_REPRESENTATIVES);
  }

  @Test
  void soresosPreDiagnosisProposesTheCollectiveAccompanimentNotAStepOnTheWay() {
    // given a request to SORESO, from a care home in Vaud
    Programme soreso = Programmes.soreso();
    var at = java.time.LocalDateTime.of(2026, 3, 2, 9, 0);
    var management = new org.areso.core.kernel.Actor.Party(PartyRole.MANAGEMENT,
        org.areso.core.kernel.PartyId.of("direction").get());
    var requested = org.areso.core.engagement.Engagement.start(soreso,
        new org.areso.core.engagement.EngagementCommand.RequestEngagement(
            org.areso.core.kernel.EngagementId.of("EMS-1").get(),
            org.areso.core.kernel.Stamp.of(management, at),
            org.areso.core.kernel.Structure.builder().name("EMS Les Tilleuls").canton("VD")
                .build().get(),
            org.areso.core.ethics.Origin.parties(PartyRole.MANAGEMENT))).get().state();
    var facilitator = new org.areso.core.kernel.Actor.Facilitator(
        org.areso.core.kernel.FacilitatorId.of("duo-1").get());
    // when its pre-diagnosis proposes each of the programme's formats
    // then only the third step's format is a strategy; the first meeting is refused, saying so
    var collective =
        org.areso.core.programme.FormatId.of(Formats.soresoCollectiveAccompaniment().id()).get();
    assertThat(soreso.proposableFormats()).containsExactly(collective);
    for (var format : soreso.formats()) {
      var outcome = requested.handle(new org.areso.core.engagement.EngagementCommand
          .RecordPreDiagnosis(org.areso.core.kernel.Stamp.of(facilitator, at.plusDays(7)),
              new org.areso.core.engagement.PreDiagnosis(PartyRole.MANAGEMENT,
                  InterventionContext.PREVENTIVE, io.vavr.collection.HashSet.empty(), format)));
      if (format.equals(collective)) {
        assertThat(outcome.isRight()).as(format.value()).isTrue();
      } else {
        var unmet = ((org.areso.core.lifecycle.Rejection.PreconditionsUnmet) outcome.getLeft())
            .unmet().single().reason();
        assertThat(unmet.code()).isEqualTo("FORMAT_NOT_A_STRATEGY");
        assertThat(unmet.message(java.util.Locale.FRENCH)).startsWith("Le format « "
            + format.value() + " » est une étape du programme soreso, pas la stratégie");
      }
    }
    // and a programme without named steps may propose any of its formats
    Programme areso = Programmes.aresoSocial2023();
    assertThat(areso.proposableFormats()).isEqualTo(areso.formats());
  }

  @Test
  void everyStepOfEveryProgrammeDeliversOnlyFormatsTheProgrammeOffers() {
    for (Programme programme : Programmes.all()) {
      for (WorkflowStep step : programme.workflow().steps()) {
        assertThat(programme.formats().containsAll(step.formats()))
            .as(programme.id() + " " + step.id()).isTrue();
      }
    }
  }

  @Test
  void theAuraCohortQualifiesOnlyAnApplicationItsCallSelectedAndOnlyAuraDoes() {
    // when
    Workflow aura = Programmes.auraDialogueQvt().workflow();
    // then
    assertThat(aura.selectionRequired()).isTrue();
    assertThat(aura.lifecycle().transitions().filter(t -> t.name().equals("qualify"))
        .map(t -> t.guards().head())).containsOnly("selectionRecorded");
    assertThat(Programmes.all().filter(p -> p.workflow().selectionRequired()))
        .containsExactly(Programmes.auraDialogueQvt());
  }

  @Test
  void theAuraCohortIsTripartiteAndQualifiesWithoutAPreDiagnosis() {
    // when
    Workflow aura = Programmes.auraDialogueQvt().workflow();
    // then
    assertThat(aura.preDiagnosisRequired()).isFalse();
    assertThat(aura.consentOf()).containsExactly(PartyRole.GOVERNANCE, PartyRole.MANAGEMENT,
        PartyRole.STAFF_REPRESENTATIVES);
  }

  @Test
  void theAuraCohortIsRunByAnAractProjectOfficerAndAPartnerInEveryContext() {
    // when
    Programme aura = Programmes.auraDialogueQvt();
    // then: "menée … par l'Uriopss et l'Aract", "le secteur est traversé par de nombreuses
    // tensions"; the follow-up review three months after its year (an assumption)
    assertThat(aura.workflow().staffing().pair()).isTrue();
    assertThat(aura.workflow().staffing().kinds()).containsExactly(
        FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER, FacilitatorKind.OTHER);
    assertThat(aura.contexts()).containsExactly(InterventionContext.values());
    assertThat(aura.followUpDelay()).isEqualTo(Period.ofMonths(3));
  }

  @Test
  void theSocialServiceTakesEveryContextAndKeepsTheStandardsOtherChoices() {
    // when
    Programme service = Programmes.workplaceSocialService();
    Workflow workflow = service.workflow();
    // then: "un acteur de prévention" among tensions and conflicts; the "diagnostic social" read
    // as the pre-diagnosis, an action plan to end and a follow-up review to close as elsewhere
    assertThat(service.contexts()).containsExactly(InterventionContext.values());
    assertThat(workflow.preDiagnosisRequired()).isTrue();
    assertThat(workflow.selectionRequired()).isFalse();
    assertThat(workflow.actionPlanToEnd()).isTrue();
    assertThat(workflow.followUpReviewToClose()).isTrue();
    assertThat(workflow.steps()).isEmpty();
    assertThat(service.followUpDelay()).isEqualTo(Period.ofMonths(6));
  }

  @Test
  void theOtherProgrammesKeepTheStandardChoicesForNow() {
    for (Programme programme : new Programme[] {Programmes.areso(),
        Programmes.aresoSocial2023()}) {
      Workflow workflow = programme.workflow();
      assertThat(workflow.preDiagnosisRequired()).as(programme.id()).isTrue();
      assertThat(workflow.staffing().pair()).as(programme.id()).isTrue();
      assertThat(workflow.actionPlanToEnd()).as(programme.id()).isTrue();
      assertThat(workflow.followUpReviewToClose()).as(programme.id()).isTrue();
      assertThat(workflow.steps()).as(programme.id()).isEmpty();
      assertThat(workflow.consentOf()).as(programme.id())
          .containsExactly(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);
    }
  }
}
