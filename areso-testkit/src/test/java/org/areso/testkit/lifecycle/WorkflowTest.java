package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.EndIntervention;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementReason;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Staffing;
import org.areso.core.engagement.Workflow;
import org.areso.core.engagement.Assessment;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.Language;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Unmet;
import org.areso.core.programme.Programme;
import org.junit.jupiter.api.Test;

/** What a programme's workflow changes in its engagements, each choice against the standard. */
class WorkflowTest {

  private static final Facilitator SOCIAL_WORKER =
      Facilitator.of(FacilitatorId.of("S-1").get(), FacilitatorKind.SOCIAL_WORKER);

  private static Programme under(Workflow workflow) {
    return new TestProgramme("areso", LinkedHashSet.of(ACCOMPANIMENT), workflow, Option.none(),
        CHARTER);
  }

  private static Engagement in(Programme programme, EngagementStage stage) {
    Seq<EngagementEvent> history = historyUnder(programme, stage);
    return Engagement.replay(programme, history, history.size()).get();
  }

  private static Seq<Unmet> unmet(Rejection rejection) {
    return ((Rejection.PreconditionsUnmet) rejection).unmet();
  }

  @Test
  void aWorkflowWithoutPreDiagnosisQualifiesStraightFromTheRequest() {
    // given
    Programme programme = under(Workflow.builder("direct").preDiagnosisRequired(false)
        .build().get());
    Engagement requested = in(programme, EngagementStage.REQUESTED);
    // when
    var qualified = requested.handle(new Qualify(at(OPERATOR, 2), ELIGIBLE));
    // then
    assertThat(qualified.get().state().stage()).isEqualTo(EngagementStage.QUALIFIED);
  }

  @Test
  void theStandardWorkflowRefusesToQualifyBeforeThePreDiagnosis() {
    // given
    Engagement requested = in(under(Workflow.standard()), EngagementStage.REQUESTED);
    // when
    var refused = requested.handle(new Qualify(at(OPERATOR, 2), ELIGIBLE));
    // then
    var notHere = (org.areso.core.lifecycle.Rejection.NotApplicable) refused.getLeft();
    assertThat(notHere.path().<Object>map(step -> step.command()))
        .containsExactly(EngagementCommand.RecordPreDiagnosis.class);
    assertThat(notHere.path().head().pending().map(Unmet::reason))
        .containsExactly(new EngagementReason.PreDiagnosisRequired("areso"));
  }

  @Test
  void aTrainingThatEndsWithoutAnActionPlanEndsWithOnlyASessionHeld() {
    // given: in progress with a session held, and the plan's event removed
    Programme training = under(Workflow.builder("training").actionPlanToEnd(false)
        .build().get());
    Seq<EngagementEvent> history = historyUnder(training, EngagementStage.IN_PROGRESS);
    history = history.dropRight(1);
    Engagement inProgress = Engagement.replay(training, history, history.size()).get();
    // when
    var ended = inProgress.handle(new EndIntervention(at(FACILITATOR, 10)));
    // then
    assertThat(ended.get().state().stage()).isEqualTo(EngagementStage.FOLLOW_UP);
  }

  @Test
  void theStandardWorkflowWaitsForAnActionPlanFromEachConsentingParty() {
    // given
    Programme programme = under(Workflow.standard());
    Seq<EngagementEvent> history =
        historyUnder(programme, EngagementStage.IN_PROGRESS).dropRight(1);
    Engagement inProgress = Engagement.replay(programme, history, history.size()).get();
    // when
    var refused = inProgress.handle(new EndIntervention(at(FACILITATOR, 10)));
    // then
    assertThat(unmet(refused.getLeft()).map(Unmet::reason)).containsOnly(
        new EngagementReason.ActionPlanMissing());
    assertThat(unmet(refused.getLeft()).flatMap(Unmet::party)).containsExactlyElementsOf(BOTH);
  }

  @Test
  void aWorkflowWithoutFollowUpReviewClosesRightAfterTheIntervention() {
    // given: the follow-up stage, its review removed
    Programme programme = under(Workflow.builder("no-review").followUpReviewToClose(false)
        .build().get());
    Seq<EngagementEvent> history =
        historyUnder(programme, EngagementStage.FOLLOW_UP).dropRight(1);
    Engagement followUp = Engagement.replay(programme, history, history.size()).get();
    // when
    var closed = followUp.handle(new Close(at(FACILITATOR, 20), new Assessment("done")));
    // then
    assertThat(closed.get().state().stage()).isEqualTo(EngagementStage.CLOSED);
  }

  @Test
  void oneQualifiedProfessionalIsAssignedAloneWhereTheWorkflowSaysSo() {
    // given
    Programme service = under(Workflow.builder("service")
        .staffing(Staffing.one(LinkedHashSet.of(FacilitatorKind.SOCIAL_WORKER))).build().get());
    Engagement qualified = in(service, EngagementStage.QUALIFIED);
    // when
    var assigned = qualified.handle(
        new AssignFacilitators(at(OPERATOR, 3), Facilitators.one(SOCIAL_WORKER)));
    // then
    assertThat(assigned.get().state().conduct().assignment().get().facilitators().members())
        .containsExactly(SOCIAL_WORKER);
  }

  @Test
  void aPairIsRefusedWhereTheWorkflowAsksForOneProfessional() {
    // given
    Programme service = under(Workflow.builder("service")
        .staffing(Staffing.one(LinkedHashSet.of(FacilitatorKind.values()))).build().get());
    Engagement qualified = in(service, EngagementStage.QUALIFIED);
    // when
    var refused = qualified.handle(new AssignFacilitators(at(OPERATOR, 3), PAIR));
    // then
    EngagementReason.StaffingNotOffered reason = new EngagementReason.StaffingNotOffered(
        "areso", 2, false);
    assertThat(unmet(refused.getLeft()).map(Unmet::reason)).containsExactly(reason);
    assertThat(reason.code()).isEqualTo("STAFFING_NOT_OFFERED");
    assertThat(reason.message(Language.FR)).isEqualTo(
        "Le programme areso est mené par un seul professionnel, pas par 2 intervenants.");
    assertThat(reason.message(Language.EN)).isEqualTo(
        "Programme areso is run by one professional, not by 2 facilitators.");
  }

  @Test
  void oneProfessionalIsRefusedWhereTheWorkflowAsksForAPair() {
    // given
    Engagement qualified = in(under(Workflow.standard()), EngagementStage.QUALIFIED);
    // when
    var refused = qualified.handle(
        new AssignFacilitators(at(OPERATOR, 3), Facilitators.one(F1)));
    // then
    EngagementReason.StaffingNotOffered reason =
        new EngagementReason.StaffingNotOffered("areso", 1, true);
    assertThat(unmet(refused.getLeft()).map(Unmet::reason)).containsExactly(reason);
    assertThat(reason.message(Language.FR)).isEqualTo(
        "Le programme areso est mené par un binôme d'intervenants, pas par 1 intervenant.");
    assertThat(reason.message(Language.EN)).isEqualTo(
        "Programme areso is run by a pair of facilitators, not by 1 facilitator.");
  }

  @Test
  void theConsentOfEveryPartyTheWorkflowNamesIsAwaited() {
    // given: a workflow that also asks the supervisors, all but them having consented
    Programme programme = under(Workflow.builder("with-supervisors")
        .consentOf(LinkedHashSet.of(org.areso.core.kernel.PartyRole.MANAGEMENT,
            org.areso.core.kernel.PartyRole.STAFF_REPRESENTATIVES,
            org.areso.core.kernel.PartyRole.SUPERVISORS)).build().get());
    // when
    Engagement awaiting = in(programme, EngagementStage.AWAITING_CONSENT);
    // then
    assertThat(awaiting.missingConsents())
        .containsExactly(org.areso.core.kernel.PartyRole.SUPERVISORS);
  }

  @Test
  void anEngagementKnowsTheNamedStepItIsIn() {
    // given
    Programme stepped = under(Workflow.builder("stepped")
        .step("first", org.areso.core.kernel.Text.of("premier", "first"),
            LinkedHashSet.of(EngagementStage.REQUESTED, EngagementStage.PRE_DIAGNOSED),
            LinkedHashSet.of(ACCOMPANIMENT))
        .build().get());
    // when
    Engagement requested = in(stepped, EngagementStage.REQUESTED);
    Engagement qualified = in(stepped, EngagementStage.QUALIFIED);
    // then
    assertThat(requested.step().map(s -> s.id())).contains("first");
    assertThat(qualified.step().isEmpty()).isTrue();
  }
}
