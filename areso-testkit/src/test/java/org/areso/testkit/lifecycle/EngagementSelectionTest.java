package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.Commands;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.ProposeFraming;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementCommand.RecordPreDiagnosis;
import org.areso.core.engagement.EngagementCommand.RecordSelection;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementEvent.EngagementRequested;
import org.areso.core.engagement.EngagementEvent.Qualified;
import org.areso.core.engagement.EngagementEvent.SelectionRecorded;
import org.areso.core.engagement.EngagementReason;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Selection;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Language;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Unmet;
import org.areso.core.programme.Programme;
import org.junit.jupiter.api.Test;

/**
 * In a programme whose applicants a call for applications selects, a request is qualified only
 * once the engagement recorded the application the call selected; elsewhere nothing changes.
 */
class EngagementSelectionTest {

  private final LifecycleFixture<EngagementStage, EngagementId, Programme, Engagement,
      EngagementCommand, EngagementEvent> selecting =
      LifecycleFixture.of(SELECTING.workflow().lifecycle(), SELECTING);

  private static final EngagementEvent REQUESTED = new EngagementRequested(ID, 1,
      at(MANAGEMENT, 0), "aura-dialogue-qvt", STRUCTURE, ORIGIN);
  private static final Selection C_1 = new Selection("C-1", "AURA-2024");
  private static final EngagementEvent SELECTED =
      new SelectionRecorded(ID, 2, at(OPERATOR, 31), C_1);
  private static final Qualify QUALIFY = new Qualify(at(OPERATOR, 32),
      recordOf(SELECTING, STRUCTURE));

  @Test
  void refusesToQualifyARequestBeforeItsSelectionIsRecorded() {
    // given a request, no selection recorded
    // when it is qualified
    var when = selecting.given(REQUESTED).when(QUALIFY).thenUnmet("SELECTION_MISSING");
    // then the operator must record the selection first
    Unmet unmet = when.unmet().single();
    assertThat(unmet.guard()).isEqualTo("selectionRecorded");
    assertThat(unmet.party()).isEmpty();
    assertThat(unmet.reason())
        .isEqualTo(new EngagementReason.SelectionMissing("aura-dialogue-qvt"));
    assertThat(unmet.reason().message(Language.FR)).isEqualTo("Le programme aura-dialogue-qvt"
        + " ne qualifie qu'une candidature retenue par son appel à candidatures : enregistrez"
        + " d'abord la sélection.");
  }

  @Test
  void recordsTheSelectedApplicationWithItsCallThenQualifies() {
    // given a request
    // when the application the call selected is recorded
    selecting.given(REQUESTED)
        .when(new RecordSelection(at(OPERATOR, 31), application(CohortApplication.Stage.SELECTED)))
        // then the event keeps the application's reference and its call's
        .thenEvents(SELECTED).thenStage(EngagementStage.REQUESTED);
    // and the request is qualified after it
    selecting.given(REQUESTED, SELECTED).when(QUALIFY)
        .thenEvents(new Qualified(ID, 3, at(OPERATOR, 32), QUALIFY.eligibilityRecord()))
        .thenStage(EngagementStage.QUALIFIED);
  }

  @Test
  void theEngagementsFileKeepsTheSelectionOnReplay() {
    // given
    Seq<EngagementEvent> history = List.of(REQUESTED, SELECTED);
    // when
    Engagement engagement = Engagement.replay(SELECTING, history, 2).get();
    // then
    assertThat(engagement.file().selection()).isEqualTo(Option.of(C_1));
  }

  @Test
  void refusesAnApplicationTheCallDidNotSelect() {
    for (CohortApplication.Stage stage : List.of(CohortApplication.Stage.APPLIED,
        CohortApplication.Stage.NOT_SELECTED, CohortApplication.Stage.WITHDRAWN)) {
      // given a request, when an application in that stage is given as its selection
      var when = selecting.given(REQUESTED)
          .when(new RecordSelection(at(OPERATOR, 31), application(stage)))
          .thenUnmet("APPLICATION_NOT_SELECTED");
      // then the reason names the application, its call and its stage
      assertThat(when.unmet().single().reason())
          .isEqualTo(new EngagementReason.ApplicationNotSelected("C-1", "AURA-2024", stage));
    }
  }

  @Test
  void refusesASecondSelection() {
    // given a request whose selection is recorded
    // when another one is
    var when = selecting.given(REQUESTED, SELECTED)
        .when(new RecordSelection(at(OPERATOR, 33), application(CohortApplication.Stage.SELECTED)))
        .thenUnmet("SELECTION_ALREADY_RECORDED");
    // then
    assertThat(when.unmet().single().reason())
        .isEqualTo(new EngagementReason.SelectionAlreadyRecorded("C-1", "AURA-2024"));
  }

  @Test
  void aSelectionIsRecordedAfterAPreDiagnosisTooButNotOnceQualified() {
    // given a request with a pre-diagnosis (optional in this workflow)
    EngagementEvent preDiagnosed = new EngagementEvent.PreDiagnosisRecorded(ID, 2,
        at(FACILITATOR, 1), PRE_DIAGNOSIS);
    // when / then
    selecting.given(REQUESTED, preDiagnosed)
        .when(new RecordSelection(at(OPERATOR, 31), application(CohortApplication.Stage.SELECTED)))
        .thenEvents(new SelectionRecorded(ID, 3, at(OPERATOR, 31), C_1))
        .thenStage(EngagementStage.PRE_DIAGNOSED);
    selecting.given(REQUESTED, preDiagnosed).when(QUALIFY).thenUnmet("SELECTION_MISSING");
    selecting.given(REQUESTED, SELECTED, new Qualified(ID, 3, at(OPERATOR, 32),
            QUALIFY.eligibilityRecord()))
        .when(new RecordSelection(at(OPERATOR, 33), application(CohortApplication.Stage.SELECTED)))
        .thenRejected(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
  }

  @Test
  void aWorkflowThatDoesNotRequireASelectionDoesNotTakeOne() {
    // given a request under a workflow without a call
    Engagement requested = engagementIn(EngagementStage.REQUESTED);
    // when a selection is recorded
    var outcome = requested.handle(new RecordSelection(at(OPERATOR, 1),
        application(CohortApplication.Stage.SELECTED)));
    // then it is not applicable, and qualifying needs none
    assertThat(outcome.getLeft().kind()).isEqualTo(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
    assertThat(requested.handle(new RecordPreDiagnosis(at(FACILITATOR, 1), PRE_DIAGNOSIS)).get()
        .state().handle(new Qualify(at(OPERATOR, 2), ELIGIBLE)).isRight()).isTrue();
  }

  @Test
  void aCommandOfALaterStageListsTheSelectionAsTheFirstThingPending() {
    // given a request, no selection recorded
    Engagement requested = Engagement.replay(SELECTING, List.of(REQUESTED), 1).get();
    // when a framing is proposed already
    Rejection refused = requested.handle(new ProposeFraming(at(FACILITATOR, 1), FRAMING))
        .getLeft();
    // then the way there starts by the selection, which the operator records
    var notApplicable = (Rejection.NotApplicable) refused;
    assertThat(notApplicable.path().head().pending().map(u -> u.reason().code()))
        .containsExactly("SELECTION_MISSING");
    assertThat(notApplicable.path().head().pending().map(Unmet::guard))
        .containsExactly("selectionRecorded");
  }

  @Test
  void theShortFormBuildsTheFullCommand() {
    // given
    CohortApplication selected = application(CohortApplication.Stage.SELECTED);
    // when
    RecordSelection command = Commands.recordSelection(at(OPERATOR, 31), selected);
    // then
    assertThat(command).isEqualTo(new RecordSelection(at(OPERATOR, 31), selected));
  }
}
