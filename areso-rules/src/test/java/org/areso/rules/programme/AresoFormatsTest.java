package org.areso.rules.programme;

import static org.areso.core.engagement.Commands.assignFacilitators;
import static org.areso.core.engagement.Commands.confirmFraming;
import static org.areso.core.engagement.Commands.endIntervention;
import static org.areso.core.engagement.Commands.giveConsent;
import static org.areso.core.engagement.Commands.proposeFraming;
import static org.areso.core.engagement.Commands.qualify;
import static org.areso.core.engagement.Commands.recordPreDiagnosis;
import static org.areso.core.engagement.Commands.recordSession;
import static org.areso.core.engagement.Commands.request;
import static org.areso.core.engagement.Commands.startIntervention;
import static org.areso.core.kernel.FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER;
import static org.areso.core.kernel.FacilitatorKind.LABOUR_ADMINISTRATION_AGENT;
import static org.areso.core.kernel.InterventionContext.PREVENTIVE;
import static org.areso.core.kernel.PartyRole.MANAGEMENT;
import static org.areso.core.kernel.PartyRole.STAFF_REPRESENTATIVES;
import static org.areso.core.planning.SessionLength.WHOLE_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.Structure;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.planning.Days;
import org.areso.core.planning.Plan;
import org.areso.core.planning.PlanRequest;
import org.areso.core.planning.PlanViolation;
import org.areso.core.planning.Planner;
import org.areso.core.planning.Session;
import org.areso.core.planning.WorkingCalendar;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;
import org.junit.jupiter.api.Test;

/**
 * Seed 000's two formats as it says them: the joint training ("2 à 3 jours") ends without an
 * action plan and its days bind; the accompaniment's "autour de 10 jours répartis sur 3 à 12 mois"
 * is a typical figure, which {@code areso-social-2023} ("varie selon le besoin") shares.
 */
class AresoFormatsTest {

  private static final Programme ARESO = Programmes.areso();
  private static final LocalDateTime T = LocalDateTime.of(2024, 3, 4, 9, 0);
  private static final Structure FIRM = Structure.builder().name("Atelier").country("FR")
      .departement("69").legalForm("COMPANY").headcount(120).staffRepresentation(true)
      .build().get();
  private static final Facilitator ANNE = Facilitator.of("anne", ANACT_ARACT_PROJECT_OFFICER);
  private static final DateWindow TWO_YEARS =
      DateWindow.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)).get();

  /** An {@code areso} engagement in the format, its intervention started and one session held. */
  private static Engagement heldOneSessionOf(String format) {
    Actor director = Actor.party(MANAGEMENT, "director");
    Actor cse = Actor.party(STAFF_REPRESENTATIVES, "cse");
    Actor aract = Actor.operator("aract");
    Facilitator anne = ANNE;
    Facilitator paul = Facilitator.of("paul", LABOUR_ADMINISTRATION_AGENT);
    var both = ARESO.consentingParties();
    return Engagement.start(ARESO, request("E-1", director.at(T), FIRM)).get().state()
        .handleAll(List.of(
            recordPreDiagnosis(anne.at(T), MANAGEMENT, PREVENTIVE, format),
            qualify(aract.at(T), ARESO.decide(FIRM, T.toLocalDate()), T.toLocalDate()),
            assignFacilitators(aract.at(T), anne, paul),
            proposeFraming(anne.at(T), "dialogue", "training", "rules", "two days", both),
            giveConsent(director.at(T)), giveConsent(cse.at(T)), confirmFraming(anne.at(T)),
            startIntervention(anne.at(T), T.toLocalDate().plusMonths(2)),
            recordSession(anne.at(T.plusDays(7)), T.toLocalDate().plusDays(7), WHOLE_DAY, both)))
        .get().state();
  }

  @Test
  void theJointTrainingEndsWithoutAnActionPlan() {
    // given
    Engagement training = heldOneSessionOf("joint-training");
    // when
    Either<Rejection, Accepted<Engagement, EngagementEvent>> ended =
        training.handle(endIntervention(ANNE.at(T.plusDays(8))));
    // then
    assertThat(ended.isRight()).as(ended.toString()).isTrue();
    assertThat(ended.get().state().stage()).isEqualTo(EngagementStage.FOLLOW_UP);
    assertThat(ended.get().state().conduct().actionPlan()).isEmpty();
  }

  @Test
  void theAccompanimentStillNeedsItsActionPlanToEnd() {
    // given
    Engagement accompaniment = heldOneSessionOf("accompaniment");
    // when
    Either<Rejection, Accepted<Engagement, EngagementEvent>> ended =
        accompaniment.handle(endIntervention(ANNE.at(T.plusDays(8))));
    // then
    assertThat(((Rejection.PreconditionsUnmet) ended.getLeft()).unmet()
        .map(u -> u.reason().code())).containsOnly("ACTION_PLAN_MISSING");
  }

  @Test
  void onlyAresosWorkflowExemptsAFormatAndOnlyTheJointTraining() {
    // when / then
    assertThat(ARESO.workflow().noActionPlanFor())
        .containsExactly(new FormatId("joint-training"));
    assertThat(ARESO.workflow().actionPlanToEnd(Option.some(new FormatId("joint-training"))))
        .isFalse();
    assertThat(ARESO.workflow().actionPlanToEnd(Option.some(new FormatId("accompaniment"))))
        .isTrue();
    assertThat(ARESO.workflow().actionPlanToEnd(Option.none())).isTrue();
    assertThat(Programmes.all().filter(p -> !p.workflow().noActionPlanFor().isEmpty()))
        .containsExactly(ARESO);
    for (Programme p : Programmes.all()) {
      assertThat(p.formats().containsAll(p.workflow().noActionPlanFor())).as(p.id()).isTrue();
    }
  }

  @Test
  void anAccompanimentOfMoreThanFifteenDaysOverEighteenMonthsIsAccepted() {
    // given twenty days, one a month then weekly, over eighteen months
    var format = Formats.accompaniment();
    PlanRequest request = PlanRequest.of(format, WorkingCalendar.weekdays(),
        LocalDate.of(2024, 1, 8), TWO_YEARS);
    List<LocalDate> dates = List.range(0, 18).map(m -> LocalDate.of(2024, 1, 8).plusMonths(m))
        .map(d -> d.getDayOfWeek().getValue() > 5 ? d.plusDays(2) : d)
        .appendAll(List.of(LocalDate.of(2025, 6, 16), LocalDate.of(2025, 6, 23)));
    Plan plan = Plan.of(format, Days.of(20), dates.map(d -> Session.planned(d, WHOLE_DAY)));
    // when
    var checked = Planner.validate(request, plan);
    // then
    assertThat(checked.isValid()).as(checked.toString()).isTrue();
    assertThat(Planner.plan(request).get().planned()).isEqualTo(Days.of(10));
  }

  @Test
  void aJointTrainingOfFourDaysIsRefusedButItsDaysMaySpreadOverTwoMonths() {
    // given
    var format = Formats.jointTraining();
    PlanRequest request = PlanRequest.of(format, WorkingCalendar.weekdays(),
        LocalDate.of(2024, 1, 8), TWO_YEARS);
    Plan fourDays = Plan.of(format, Days.of(4), List.of(8, 9, 10, 11)
        .map(d -> Session.planned(LocalDate.of(2024, 1, d), WHOLE_DAY)));
    Plan overTwoMonths = Plan.of(format, Days.of(2), List.of(LocalDate.of(2024, 1, 8),
        LocalDate.of(2024, 3, 8)).map(d -> Session.planned(d, WHOLE_DAY)));
    // when / then
    assertThat(Planner.validate(request, fourDays).getError()).containsExactly(
        new PlanViolation.DaysOutOfFormat(Days.of(4), Days.of(2), Days.of(3)));
    assertThat(Planner.validate(request, overTwoMonths).isValid()).isTrue();
  }

  @Test
  void theSocialSectorsAccompanimentHasNoBoundsOfItsOwn() {
    // when
    var offered = Programmes.aresoSocial2023().durations()
        .find(f -> f.id().equals("accompaniment")).get();
    // then
    assertThat(offered.bounds()).isEqualTo(org.areso.core.planning.Format.Bounds.INDICATIVE);
    assertThat(LinkedHashSet.ofAll(Formats.all().map(f -> f.bounds())))
        .containsExactly(org.areso.core.planning.Format.Bounds.INDICATIVE,
            org.areso.core.planning.Format.Bounds.DAYS_BINDING);
  }
}
