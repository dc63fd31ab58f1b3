package org.areso.rules.programme;

import static org.assertj.core.api.Assertions.assertThat;

import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Workflow;
import org.areso.core.engagement.WorkflowStep;
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
