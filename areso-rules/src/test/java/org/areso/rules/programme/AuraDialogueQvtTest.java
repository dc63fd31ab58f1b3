package org.areso.rules.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.areso.core.eligibility.Facts;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.CallForApplications;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.*;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Framing;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Origin;
import org.areso.core.ethics.Participation;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Stamp;
import org.areso.core.kernel.Structure;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.Programme;
import org.junit.jupiter.api.Test;

/**
 * The key indicators of {@code aura-dialogue-qvt} are computed from the call, the applications
 * and the engagements the host recorded: the call's launch, the applications received and
 * selected, the associations accompanied, the closings with their assessment, and the experiment's
 * closing; the seed's four associations are a reported figure, not a capacity.
 */
class AuraDialogueQvtTest {

  private static final Programme AURA = Programmes.auraDialogueQvt();
  private static final LocalDate LAUNCH = LocalDate.of(2022, 9, 1);
  private static final CallForApplications CALL = new CallForApplications("AURA-2022",
      DateWindow.of(LAUNCH, LocalDate.of(2022, 10, 31)).get());
  private static final CallForApplications OTHER_CALL = new CallForApplications("AURA-2023",
      DateWindow.of(LocalDate.of(2023, 9, 1), LocalDate.of(2023, 10, 31)).get());
  private static final Actor OPERATOR = ProgrammesTest.OPERATOR;
  private static final Actor FACILITATOR = ProgrammesTest.FACILITATOR;
  private static final Structure ASSOCIATION = Structure.builder().name("Association")
      .country("FR").departement("69").legalForm("ASSOCIATION").casfItems("8").build().get();
  private static final LocalDate REQUESTED_ON = LocalDate.of(2022, 11, 14);

  private static Stamp on(Actor actor, LocalDate day) {
    return Stamp.of(actor, LocalDateTime.of(day, java.time.LocalTime.NOON));
  }

  /** An application to a call, made in its first week, then decided on as asked. */
  private static CohortApplication application(CallForApplications call, String reference,
      CohortApplication.Stage stage) {
    CohortApplication applied = CohortApplication.start(call, new CohortApplication.Command.Apply(
            reference, on(ProgrammesTest.party(PartyRole.MANAGEMENT), call.launched().plusDays(3)),
            CohortApplication.TRIPARTITE)).get().state();
    LocalDate decided = call.open().end().plusDays(7);
    return switch (stage) {
      case APPLIED -> applied;
      case SELECTED -> applied.handle(new CohortApplication.Command.Select(on(OPERATOR, decided)))
          .get().state();
      case NOT_SELECTED -> applied.handle(new CohortApplication.Command.Reject(
          on(OPERATOR, decided))).get().state();
      case WITHDRAWN -> applied.handle(new CohortApplication.Command.Withdraw(
          on(ProgrammesTest.party(PartyRole.GOVERNANCE), decided))).get().state();
    };
  }

  /** How far an engagement of a selected application goes. */
  enum Until { QUALIFIED, STARTED, WITHDRAWN_AFTER_START, CLOSED }

  /** The engagement that answers a selected application, walked until a point. */
  private static Engagement engagement(String id, CohortApplication selected, Until until) {
    LocalDate day = REQUESTED_ON;
    Seq<EngagementCommand> steps = List.of(
        new RecordSelection(on(OPERATOR, day), selected),
        new Qualify(on(OPERATOR, day.plusDays(1)), EligibilityRecord.of(
            AURA.policy().evaluate(Facts.of(ASSOCIATION).requestDate(day)), day)));
    if (until != Until.QUALIFIED) {
      steps = steps.append(new AssignFacilitators(on(OPERATOR, day.plusDays(1)),
              ProgrammesTest.staffFor(AURA)))
          .append(new ProposeFraming(on(FACILITATOR, day.plusDays(2)), new Framing("o", "m",
              "r", "p", LinkedHashMap.ofEntries(AURA.consentingParties()
                  .map(r -> io.vavr.Tuple.of(r, Participation.VOLUNTARY))))))
          .appendAll(AURA.consentingParties()
              .map(r -> new GiveConsent(on(ProgrammesTest.party(r), day.plusDays(3)))))
          .append(new ConfirmFraming(on(FACILITATOR, day.plusDays(4))))
          .append(new StartIntervention(on(FACILITATOR, day.plusDays(5)),
              day.plusMonths(12)));
    }
    if (until == Until.WITHDRAWN_AFTER_START) {
      steps = steps.append(new Withdraw(on(ProgrammesTest.party(PartyRole.MANAGEMENT),
          day.plusDays(40))));
    }
    if (until == Until.CLOSED) {
      Actor director = ProgrammesTest.party(PartyRole.MANAGEMENT);
      steps = steps.append(new RecordSession(on(FACILITATOR, day.plusDays(20)),
              Session.planned(day.plusDays(20), SessionLength.WHOLE_DAY),
              AURA.consentingParties(), MeetingKind.SESSION))
          .append(new AdoptActionPlan(on(director, day.plusDays(200)), List.of(
              new ActionPlanItem("A-1", director, director, AURA.consentingParties()))))
          .append(new EndIntervention(on(FACILITATOR, day.plusDays(360))))
          .append(new RecordFollowUpReview(on(FACILITATOR, day.plusDays(450)), "lasting"))
          .append(new Close(on(FACILITATOR, day.plusDays(451)), new Assessment("bilan")));
    }
    Engagement engagement = Engagement.start(AURA, new RequestEngagement(
        EngagementId.of(id).get(), on(ProgrammesTest.party(PartyRole.MANAGEMENT), day),
        ASSOCIATION, Origin.parties(PartyRole.MANAGEMENT))).get().state();
    for (EngagementCommand step : steps) {
      engagement = engagement.handle(step).getOrElseThrow(
          r -> new AssertionError(step.getClass().getSimpleName() + ": " + r)).state();
    }
    return engagement;
  }

  private final CohortApplication c1 = application(CALL, "C-1", CohortApplication.Stage.SELECTED);
  private final CohortApplication c2 = application(CALL, "C-2", CohortApplication.Stage.SELECTED);
  private final CohortApplication c3 = application(CALL, "C-3", CohortApplication.Stage.SELECTED);
  private final CohortApplication c4 = application(CALL, "C-4", CohortApplication.Stage.SELECTED);
  private final CohortApplication c5 = application(CALL, "C-5", CohortApplication.Stage.SELECTED);
  private final Seq<CohortApplication> applications = List.of(c1, c2, c3, c4, c5,
      application(CALL, "C-6", CohortApplication.Stage.NOT_SELECTED),
      application(CALL, "C-7", CohortApplication.Stage.WITHDRAWN),
      application(CALL, "C-8", CohortApplication.Stage.APPLIED),
      application(OTHER_CALL, "C-1", CohortApplication.Stage.SELECTED));

  @Test
  void theIndicatorsOfAnExperimentUnderWayAreCountedFromTheRecords() {
    // given five selected applications: two accompaniments closed with their assessment, one
    // running, one withdrawn after the start, one not started yet; and records of another call
    Seq<Engagement> engagements = List.of(
        engagement("E-1", c1, Until.CLOSED), engagement("E-2", c2, Until.CLOSED),
        engagement("E-3", c3, Until.STARTED), engagement("E-4", c4, Until.WITHDRAWN_AFTER_START),
        engagement("E-5", c5, Until.QUALIFIED),
        engagement("E-9", application(OTHER_CALL, "C-1", CohortApplication.Stage.SELECTED),
            Until.CLOSED));
    // when
    CohortIndicators indicators = AuraDialogueQvt.indicators(CALL, applications, engagements);
    // then
    assertThat(indicators).isEqualTo(new CohortIndicators("AURA-2022", LAUNCH, 8, 5, 4, 2,
        false));
  }

  @Test
  void theExperimentClosesWhenEveryEngagementOfTheCallHasEnded() {
    // given every accompaniment closed, or withdrawn
    Seq<Engagement> engagements = List.of(
        engagement("E-1", c1, Until.CLOSED), engagement("E-2", c2, Until.CLOSED),
        engagement("E-3", c3, Until.CLOSED), engagement("E-4", c4, Until.WITHDRAWN_AFTER_START));
    // when
    CohortIndicators indicators = AuraDialogueQvt.indicators(CALL, applications, engagements);
    // then
    assertThat(indicators.experimentClosed()).isTrue();
    assertThat(indicators.accompanied()).isEqualTo(4);
    assertThat(indicators.closedWithAssessment()).isEqualTo(3);
  }

  @Test
  void aCallWithNoAccompanimentYetIsLaunchedButNotClosed() {
    // given the call and no application nor engagement yet
    // when
    CohortIndicators indicators = AuraDialogueQvt.indicators(CALL, List.empty(), List.empty());
    // then
    assertThat(indicators).isEqualTo(new CohortIndicators("AURA-2022", LAUNCH, 0, 0, 0, 0,
        false));
  }

  @Test
  void theFourAssociationsOfTheSeedAreAReportedFigureNotACapacity() {
    // given four engagements of the call already started
    Seq<Engagement> four = List.of(engagement("E-1", c1, Until.STARTED),
        engagement("E-2", c2, Until.STARTED), engagement("E-3", c3, Until.STARTED),
        engagement("E-4", c4, Until.STARTED));
    // when a fifth association is selected and accompanied
    Engagement fifth = engagement("E-5", c5, Until.STARTED);
    CohortIndicators indicators =
        AuraDialogueQvt.indicators(CALL, applications, four.append(fifth));
    // then nothing refused it, and the indicators count five against the four reported
    assertThat(fifth.stage()).isEqualTo(EngagementStage.IN_PROGRESS);
    assertThat(indicators.accompanied()).isEqualTo(5);
    assertThat(AuraDialogueQvt.ASSOCIATIONS_REPORTED).isEqualTo(4);
  }
}
