package org.areso.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashSet;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Text;
import org.areso.core.programme.FormatId;
import org.junit.jupiter.api.Test;

/** A workflow is checked when built, and says what it declares. */
class WorkflowDefinitionTest {

  private static final Text NAME = Text.of("étape", "step");
  private static final FormatId FORMAT = FormatId.of("accompaniment").get();

  @Test
  void theStandardWorkflowKeepsTheChoicesMostProgrammesShare() {
    // when
    Workflow standard = Workflow.standard();
    // then
    assertThat(standard.preDiagnosisRequired()).isTrue();
    assertThat(standard.consentOf())
        .containsExactly(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);
    assertThat(standard.staffing()).isEqualTo(Staffing.anyPair());
    assertThat(standard.actionPlanToEnd()).isTrue();
    assertThat(standard.followUpReviewToClose()).isTrue();
    assertThat(standard.steps()).isEmpty();
    assertThat(standard.lifecycle().terminalStages()).containsExactlyInAnyOrder(
        EngagementStage.DECLINED, EngagementStage.CLOSED, EngagementStage.WITHDRAWN);
  }

  @Test
  void everyErrorOfADefinitionIsReportedAtOnce() {
    // given: no consenting party, no kind, and four malformed steps
    Workflow.Builder builder = Workflow.builder("broken")
        .consentOf(LinkedHashSet.empty())
        .staffing(Staffing.pairOf(LinkedHashSet.empty()))
        .step("late", NAME, LinkedHashSet.of(EngagementStage.IN_PROGRESS),
            LinkedHashSet.of(FORMAT))
        .step("early", NAME, LinkedHashSet.of(EngagementStage.REQUESTED), LinkedHashSet.empty())
        .step("late", NAME, LinkedHashSet.of(EngagementStage.FOLLOW_UP), LinkedHashSet.empty())
        .step("empty", NAME, LinkedHashSet.empty(), LinkedHashSet.empty())
        .step("again", NAME, LinkedHashSet.of(EngagementStage.FOLLOW_UP), LinkedHashSet.empty());
    // when
    var refused = builder.build();
    // then
    assertThat(refused.getError()).containsExactly(
        new WorkflowError.NoConsentingParty(),
        new WorkflowError.NoFacilitatorKind(),
        new WorkflowError.StepMalformed("early", WorkflowError.Problem.OUT_OF_ORDER),
        new WorkflowError.StepMalformed("late", WorkflowError.Problem.DUPLICATE_ID),
        new WorkflowError.StepMalformed("empty", WorkflowError.Problem.NO_STAGE),
        new WorkflowError.StepMalformed("again", WorkflowError.Problem.SHARED_STAGE));
  }

  @Test
  void eachDefinitionErrorHasItsCodeAndMessagesInFrenchAndEnglish() {
    // given
    var noParty = new WorkflowError.NoConsentingParty();
    var noKind = new WorkflowError.NoFacilitatorKind();
    var outOfOrder = new WorkflowError.StepMalformed("x", WorkflowError.Problem.OUT_OF_ORDER);
    // then
    assertThat(noParty.code()).isEqualTo("WORKFLOW_WITHOUT_CONSENTING_PARTY");
    assertThat(noParty.message(Language.FR))
        .isEqualTo("Le déroulé ne demande l'accord d'aucune partie.");
    assertThat(noParty.message(Language.EN))
        .isEqualTo("The workflow asks no party for its consent.");
    assertThat(noKind.code()).isEqualTo("WORKFLOW_WITHOUT_FACILITATOR_KIND");
    assertThat(noKind.message(Language.FR))
        .isEqualTo("Le déroulé n'admet aucun type d'intervenant.");
    assertThat(noKind.message(Language.EN))
        .isEqualTo("The workflow admits no kind of facilitator.");
    assertThat(outOfOrder.code()).isEqualTo("WORKFLOW_STEP_MALFORMED");
    assertThat(outOfOrder.message(Language.FR))
        .isEqualTo("L'étape « x » vient avant l'étape déclarée avant elle.");
    assertThat(outOfOrder.message(Language.EN))
        .isEqualTo("Step 'x' comes before the step declared before it.");
  }

  @Test
  void theChoicesShapeTheAssembledLifecycleGuards() {
    // given
    Workflow lean = Workflow.builder("lean").preDiagnosisRequired(false).actionPlanToEnd(false)
        .followUpReviewToClose(false)
        .staffing(Staffing.one(LinkedHashSet.of(FacilitatorKind.SOCIAL_WORKER))).build().get();
    // when
    var guards = lean.lifecycle().transitions()
        .flatMap(t -> t.guards().map(g -> t.name() + ":" + g)).toSet();
    var standard = Workflow.standard().lifecycle().transitions()
        .flatMap(t -> t.guards().map(g -> t.name() + ":" + g)).toSet();
    // then
    assertThat(standard.removeAll(guards)).containsExactlyInAnyOrder(
        "endIntervention:actionPlanAdopted", "close:followUpReviewed");
    assertThat(guards.removeAll(standard)).isEmpty();
    // qualifying straight from the request only where no pre-diagnosis is required
    assertThat(qualifyingFrom(lean)).containsExactly(EngagementStage.REQUESTED,
        EngagementStage.PRE_DIAGNOSED);
    assertThat(qualifyingFrom(Workflow.standard())).containsExactly(EngagementStage.PRE_DIAGNOSED);
  }

  private static io.vavr.collection.Seq<Object> qualifyingFrom(Workflow w) {
    return w.lifecycle().transitions().filter(t -> t.name().equals("qualify"))
        .flatMap(t -> t.from());
  }

  @Test
  void aWorkflowDrawsItsNamedStepsAsNotes() {
    // given
    Workflow stepped = Workflow.builder("stepped")
        .step("first", Text.of("première", "first meeting"),
            LinkedHashSet.of(EngagementStage.REQUESTED, EngagementStage.PRE_DIAGNOSED),
            LinkedHashSet.of(FORMAT)).build().get();
    // when
    String diagram = stepped.toMermaid();
    // then
    assertThat(diagram).startsWith("stateDiagram-v2\n").contains(
        "    note right of REQUESTED : step 1, first meeting (REQUESTED, PRE_DIAGNOSED)\n");
    assertThat(stepped.stepOf(EngagementStage.PRE_DIAGNOSED).map(WorkflowStep::id))
        .contains("first");
    assertThat(stepped.stepOf(EngagementStage.CLOSED).isEmpty()).isTrue();
  }

  @Test
  void twoWorkflowsDeclaringTheSameAreEqual() {
    // when
    Workflow a = Workflow.builder("w").preDiagnosisRequired(false).build().get();
    Workflow b = Workflow.builder("w").preDiagnosisRequired(false).build().get();
    Workflow c = Workflow.builder("w").build().get();
    // then
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).hasToString("Workflow[w]");
  }
}
