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
