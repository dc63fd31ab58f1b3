package org.areso.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import org.areso.core.lifecycle.Transition;
import org.junit.jupiter.api.Test;

/**
 * A workflow may require the application its call for applications selected before a request is
 * qualified: the option assembles a selection command before qualification, guards qualifying,
 * and is drawn; without it, the lifecycle is the one it was.
 */
class WorkflowSelectionTest {

  private static final Workflow SELECTING =
      Workflow.builder("selecting").preDiagnosisRequired(false).selectionRequired(true)
          .build().get();

  private static Seq<String> named(Workflow w, String transition) {
    return w.lifecycle().transitions().filter(t -> t.name().equals(transition))
        .map(t -> t.from().map(Enum::name).getOrElse("START") + " " + t.guards().mkString(","));
  }

  @Test
  void noWorkflowRequiresASelectionUnlessItSaysSo() {
    // when
    Workflow standard = Workflow.standard();
    // then
    assertThat(standard.selectionRequired()).isFalse();
    assertThat(standard.lifecycle().transitions().map(Transition::command))
        .doesNotContain(EngagementCommand.RecordSelection.class);
    assertThat(named(standard, "qualify")).containsExactly(
        "PRE_DIAGNOSED programmePolicy,eligible");
  }

  @Test
  void aSelectionIsRecordedBeforeQualifyingWhichItGuards() {
    // when
    Workflow w = SELECTING;
    // then
    assertThat(w.selectionRequired()).isTrue();
    assertThat(named(w, "recordSelection")).containsExactly(
        "REQUESTED applicationSelected,noSelectionYet",
        "PRE_DIAGNOSED applicationSelected,noSelectionYet");
    assertThat(named(w, "qualify")).containsExactly(
        "REQUESTED selectionRecorded,programmePolicy,eligible",
        "PRE_DIAGNOSED selectionRecorded,programmePolicy,eligible");
    assertThat(w.lifecycle().transitions().filter(t -> t.name().equals("recordSelection"))
        .map(Transition::event)).containsOnly(EngagementEvent.SelectionRecorded.class);
  }

  @Test
  void bothAPreDiagnosisAndASelectionMayBeRequired() {
    // when
    Workflow both = Workflow.builder("both").selectionRequired(true).build().get();
    // then
    assertThat(named(both, "qualify")).containsExactly(
        "PRE_DIAGNOSED selectionRecorded,programmePolicy,eligible");
  }

  @Test
  void theSelectionIsDrawnAsAStayingTransitionGuardedLikeTheOthers() {
    // when
    String diagram = SELECTING.toMermaid();
    // then
    assertThat(diagram).contains(
        "    REQUESTED --> REQUESTED : recordSelection [applicationSelected, noSelectionYet]\n",
        "    REQUESTED --> QUALIFIED : qualify [selectionRecorded, programmePolicy, eligible]\n");
    assertThat(Workflow.standard().toMermaid()).doesNotContain("recordSelection");
  }

  @Test
  void theOptionIsPartOfWhatAWorkflowDeclares() {
    // when
    Workflow a = Workflow.builder("w").selectionRequired(true).build().get();
    Workflow b = Workflow.builder("w").selectionRequired(true).build().get();
    Workflow c = Workflow.builder("w").build().get();
    // then
    assertThat(a).isEqualTo(b).isNotEqualTo(c);
    assertThat(a.lifecycle().accepts(EngagementStage.REQUESTED)
        .contains(EngagementCommand.RecordSelection.class)).isTrue();
    assertThat(c.lifecycle().accepts(EngagementStage.REQUESTED)
        .contains(EngagementCommand.RecordSelection.class)).isFalse();
  }
}
