package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementReason;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Staffing;
import org.areso.core.engagement.Workflow;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Qualification;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Unmet;
import org.areso.core.programme.Programme;
import org.junit.jupiter.api.Test;

/** A workflow whose staffing requires qualifications assigns only facilitators who carry them. */
class QualifiedStaffingTest {

  private static final Facilitator WITHOUT_TITLE =
      Facilitator.of(FacilitatorId.of("S-1").get(), FacilitatorKind.SOCIAL_WORKER);
  private static final Facilitator WITH_TITLE =
      WITHOUT_TITLE.withQualification(Qualification.SOCIAL_WORKER_TITLE);

  private static Programme under(Staffing staffing) {
    return new TestProgramme("areso", LinkedHashSet.of(ACCOMPANIMENT),
        Workflow.builder("service").staffing(staffing).build().get(), Option.none(), CHARTER);
  }

  private static Engagement qualified(Programme programme) {
    Seq<EngagementEvent> history = historyUnder(programme, EngagementStage.QUALIFIED);
    return Engagement.replay(programme, history, history.size()).get();
  }

  private static Seq<Unmet> unmet(Rejection rejection) {
    return ((Rejection.PreconditionsUnmet) rejection).unmet();
  }

  private static final Staffing TITLED_SOCIAL_WORKER =
      Staffing.one(LinkedHashSet.of(FacilitatorKind.SOCIAL_WORKER))
          .requiring(Qualification.SOCIAL_WORKER_TITLE);

  @Test
  void aSocialWorkerWithoutTheTitleIsRefusedNamingHimAndTheTitle() {
    // given
    Engagement engagement = qualified(under(TITLED_SOCIAL_WORKER));
    // when
    var refused = engagement.handle(
        new AssignFacilitators(at(OPERATOR, 3), Facilitators.one(WITHOUT_TITLE)));
    // then
    assertThat(refused.getLeft()).isInstanceOf(Rejection.PreconditionsUnmet.class);
    assertThat(unmet(refused.getLeft())).extracting(Unmet::guard, Unmet::reason)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("qualifications",
            new EngagementReason.QualificationMissing(WITHOUT_TITLE.id(),
                Qualification.SOCIAL_WORKER_TITLE, "areso")));
  }

  @Test
  void aSocialWorkerCarryingTheTitleIsAssigned() {
    // given
    Engagement engagement = qualified(under(TITLED_SOCIAL_WORKER));
    // when
    var assigned = engagement.handle(
        new AssignFacilitators(at(OPERATOR, 3), Facilitators.one(WITH_TITLE)));
    // then
    assertThat(assigned.get().state().conduct().assignment().get().facilitators().members())
        .containsExactly(WITH_TITLE);
  }

  @Test
  void everyMemberOfAPairLackingTheTrainingIsNamed() {
    // given: a pair of any kind, each trained in social relations
    Engagement engagement = qualified(under(
        Staffing.anyPair().requiring(Qualification.SOCIAL_RELATIONS_TRAINING)));
    Facilitators untrained = Facilitators.pair(F1, F2).get();
    // when
    var refused = engagement.handle(new AssignFacilitators(at(OPERATOR, 3), untrained));
    // then
    assertThat(unmet(refused.getLeft()).map(Unmet::reason)).containsExactly(
        new EngagementReason.QualificationMissing(F1.id(),
            Qualification.SOCIAL_RELATIONS_TRAINING, "areso"),
        new EngagementReason.QualificationMissing(F2.id(),
            Qualification.SOCIAL_RELATIONS_TRAINING, "areso"));
  }

  @Test
  void aPairBothTrainedIsAssigned() {
    // given
    Engagement engagement = qualified(under(
        Staffing.anyPair().requiring(Qualification.SOCIAL_RELATIONS_TRAINING)));
    Facilitators trained = Facilitators.pair(
        F1.withQualification(Qualification.SOCIAL_RELATIONS_TRAINING),
        F2.withQualification(Qualification.SOCIAL_RELATIONS_TRAINING)).get();
    // when
    var assigned = engagement.handle(new AssignFacilitators(at(OPERATOR, 3), trained));
    // then
    assertThat(assigned.isRight()).as("%s", assigned).isTrue();
  }

  @Test
  void aWorkflowThatRequiresNoQualificationHasNoQualificationsGuard() {
    // given
    Workflow standard = Workflow.standard();
    Workflow titled = Workflow.builder("service").staffing(TITLED_SOCIAL_WORKER).build().get();
    // when
    String plain = standard.toMermaid();
    String required = titled.toMermaid();
    // then
    assertThat(plain).contains("assignFacilitators [staffing, facilitatorKinds, charter]")
        .doesNotContain("qualifications");
    assertThat(required)
        .contains("assignFacilitators [staffing, facilitatorKinds, qualifications, charter]");
  }

  @Test
  void theMissingQualificationIsSaidInFrenchAndEnglish() {
    // given
    var reason = new EngagementReason.QualificationMissing(WITHOUT_TITLE.id(),
        Qualification.SOCIAL_WORKER_TITLE, "workplace-social-service");
    // when / then
    assertThat(reason.code()).isEqualTo("QUALIFICATION_MISSING");
    assertThat(reason.message(Language.FR)).isEqualTo("Le programme workplace-social-service"
        + " exige de chaque intervenant : titre d'assistant de service social (diplôme d'État)"
        + " ; S-1 n'en dispose pas.");
    assertThat(reason.message(Language.EN)).isEqualTo("Programme workplace-social-service"
        + " requires of every facilitator it assigns: title of social worker (State diploma);"
        + " S-1 does not have it.");
  }
}
