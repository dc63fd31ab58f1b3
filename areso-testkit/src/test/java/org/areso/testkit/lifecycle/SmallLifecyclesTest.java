package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.time.LocalDate;
import org.areso.core.engagement.ActionPlanItem;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.Session;
import org.areso.core.engagement.SupportCase;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.lifecycle.Actor;
import org.areso.core.lifecycle.Rejection;
import org.junit.jupiter.api.Test;

/** Sessions, action-plan items, cohort applications and support cases on the lifecycle kernel. */
class SmallLifecyclesTest {

  private static final LocalDate DAY = T0.toLocalDate();

  // ----- session -----

  private final LifecycleFixture<Session.Stage, String, org.areso.core.kernel.EngagementId,
      Session, Session.Command, Session.Event> session =
      LifecycleFixture.of(Session.lifecycle(), ID);
  private final Session.Event planned =
      new Session.Event.Planned("S-1", 1, at(FACILITATOR, 0), ID, DAY.plusDays(7));

  @Test
  void aSessionIsPlannedThenHeld() {
    session.given().when(new Session.Command.Plan("S-1", at(FACILITATOR, 0), DAY.plusDays(7)))
        .thenEvents(planned).thenStage(Session.Stage.PLANNED);
    session.given(planned).when(new Session.Command.Hold(at(FACILITATOR, 7), 2))
        .thenEvents(new Session.Event.Held("S-1", 2, at(FACILITATOR, 7), 2))
        .thenStage(Session.Stage.HELD);
    session.given(planned).when(new Session.Command.Hold(at(FACILITATOR, 7), 0))
        .thenUnmet("OUT_OF_RANGE");
  }

  @Test
  void aPostponedSessionIsRescheduledToADayToComeOrCancelled() {
    Session.Event postponed = new Session.Event.Postponed("S-1", 2, at(MANAGEMENT, 3));
    session.given(planned).when(new Session.Command.Postpone(at(MANAGEMENT, 3)))
        .thenEvents(postponed).thenStage(Session.Stage.POSTPONED);
    session.given(planned, postponed)
        .when(new Session.Command.Reschedule(at(FACILITATOR, 4), DAY.plusDays(20)))
        .thenEvents(new Session.Event.Rescheduled("S-1", 3, at(FACILITATOR, 4), DAY.plusDays(20)))
        .thenStage(Session.Stage.PLANNED);
    session.given(planned, postponed)
        .when(new Session.Command.Reschedule(at(FACILITATOR, 4), DAY.plusDays(4)))
        .thenUnmet("OUT_OF_RANGE");
    session.given(planned, postponed).when(new Session.Command.Hold(at(FACILITATOR, 4), 1))
        .thenRejected(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
    session.given(planned, postponed).when(new Session.Command.Cancel(at(FACILITATOR, 5)))
        .thenEvents(new Session.Event.Cancelled("S-1", 3, at(FACILITATOR, 5)))
        .thenStage(Session.Stage.CANCELLED);
  }

  // ----- action-plan item -----

  private static final Set<PartyRole> BOTH =
      LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);
  private final LifecycleFixture<ActionPlanItem.Stage, String, Set<PartyRole>, ActionPlanItem,
      ActionPlanItem.Command, ActionPlanItem.Event> item =
      LifecycleFixture.of(ActionPlanItem.lifecycle(), BOTH);
  private final ActionPlanItem.Event proposed = new ActionPlanItem.Event.Proposed(
      "A-1", 1, at(STAFF, 0), PartyRole.STAFF_REPRESENTATIVES, "monthly joint meeting", BOTH);

  @Test
  void anActionPlanItemIsProposedByAPartyNeverByAFacilitator() {
    item.given().when(new ActionPlanItem.Command.Propose("A-1", at(STAFF, 0),
            PartyRole.STAFF_REPRESENTATIVES, "monthly joint meeting"))
        .thenEvents(proposed).thenStage(ActionPlanItem.Stage.PROPOSED);
    item.given().when(new ActionPlanItem.Command.Propose("A-1", at(FACILITATOR, 0),
            PartyRole.STAFF_REPRESENTATIVES, "monthly joint meeting"))
        .thenUnmet("ACTOR_NOT_A_PARTY");
  }

  @Test
  void anActionPlanItemIsValidatedByAllPartiesThenRunsToDone() {
    ActionPlanItem.Event byManagement =
        new ActionPlanItem.Event.Validated("A-1", 2, at(MANAGEMENT, 1), PartyRole.MANAGEMENT);
    ActionPlanItem.Event byStaff = new ActionPlanItem.Event.Validated(
        "A-1", 3, at(STAFF, 1), PartyRole.STAFF_REPRESENTATIVES);
    item.given(proposed).when(new ActionPlanItem.Command.Validate(at(MANAGEMENT, 1)))
        .thenEvents(byManagement).thenStage(ActionPlanItem.Stage.PROPOSED);
    var when = item.given(proposed, byManagement)
        .when(new ActionPlanItem.Command.Confirm(at(FACILITATOR, 2)))
        .thenUnmet("ACTION_PLAN_NOT_VALIDATED");
    assertThat(when.unmet().head().party()).contains(PartyRole.STAFF_REPRESENTATIVES);
    item.given(proposed, byManagement)
        .when(new ActionPlanItem.Command.Validate(at(MANAGEMENT, 2)))
        .thenUnmet("ALREADY_VALIDATED");
    item.given(proposed).when(new ActionPlanItem.Command.Validate(at(SUPERVISORS, 2)))
        .thenUnmet("NOT_A_CONSENTING_PARTY");
    ActionPlanItem.Event confirmed =
        new ActionPlanItem.Event.Confirmed("A-1", 4, at(FACILITATOR, 2));
    item.given(proposed, byManagement, byStaff)
        .when(new ActionPlanItem.Command.Confirm(at(FACILITATOR, 2)))
        .thenEvents(confirmed).thenStage(ActionPlanItem.Stage.VALIDATED);
    ActionPlanItem.Event started = new ActionPlanItem.Event.Started("A-1", 5, at(STAFF, 3));
    item.given(proposed, byManagement, byStaff, confirmed)
        .when(new ActionPlanItem.Command.Start(at(STAFF, 3)))
        .thenEvents(started).thenStage(ActionPlanItem.Stage.IN_PROGRESS);
    item.given(proposed, byManagement, byStaff, confirmed, started)
        .when(new ActionPlanItem.Command.Complete(at(STAFF, 30)))
        .thenEvents(new ActionPlanItem.Event.Completed("A-1", 6, at(STAFF, 30)))
        .thenStage(ActionPlanItem.Stage.DONE);
  }

  @Test
  void onlyAPartyDropsAnActionPlanItem() {
    item.given(proposed).when(new ActionPlanItem.Command.Drop(at(MANAGEMENT, 1)))
        .thenEvents(new ActionPlanItem.Event.Dropped("A-1", 2, at(MANAGEMENT, 1)))
        .thenStage(ActionPlanItem.Stage.DROPPED);
    item.given(proposed).when(new ActionPlanItem.Command.Drop(at(FACILITATOR, 1)))
        .thenUnmet("ACTOR_NOT_A_PARTY");
  }

  // ----- cohort application -----

  private final LifecycleFixture<CohortApplication.Stage, String, String, CohortApplication,
      CohortApplication.Command, CohortApplication.Event> application =
      LifecycleFixture.of(CohortApplication.lifecycle(), "AURA-2024");
  private final CohortApplication.Event applied =
      new CohortApplication.Event.Applied("C-1", 1, at(MANAGEMENT, 0), "AURA-2024");

  @Test
  void anApplicationNeedsTheCommitmentOfGovernanceManagementAndStaffRepresentatives() {
    application.given()
        .when(new CohortApplication.Command.Apply("C-1", at(MANAGEMENT, 0),
            CohortApplication.TRIPARTITE))
        .thenEvents(applied).thenStage(CohortApplication.Stage.APPLIED);
    var when = application.given()
        .when(new CohortApplication.Command.Apply("C-1", at(MANAGEMENT, 0),
            HashSet.of(PartyRole.MANAGEMENT)))
        .thenUnmet("CONSENT_MISSING", "CONSENT_MISSING");
    assertThat(when.unmet().flatMap(u -> u.party()))
        .containsExactly(PartyRole.GOVERNANCE, PartyRole.STAFF_REPRESENTATIVES);
  }

  @Test
  void anApplicationIsSelectedNotSelectedOrWithdrawn() {
    application.given(applied).when(new CohortApplication.Command.Select(at(OPERATOR, 30)))
        .thenEvents(new CohortApplication.Event.Selected("C-1", 2, at(OPERATOR, 30)))
        .thenStage(CohortApplication.Stage.SELECTED);
    application.given(applied).when(new CohortApplication.Command.Reject(at(OPERATOR, 30)))
        .thenEvents(new CohortApplication.Event.NotSelected("C-1", 2, at(OPERATOR, 30)))
        .thenStage(CohortApplication.Stage.NOT_SELECTED);
    application.given(applied).when(new CohortApplication.Command.Withdraw(at(GOVERNANCE, 3)))
        .thenEvents(new CohortApplication.Event.Withdrawn("C-1", 2, at(GOVERNANCE, 3)))
        .thenStage(CohortApplication.Stage.WITHDRAWN);
    application.given(applied).when(new CohortApplication.Command.Withdraw(at(OPERATOR, 3)))
        .thenUnmet("ACTOR_NOT_A_PARTY");
  }

  // ----- individual support case -----

  private static final PartyId EMPLOYEE = PartyId.of("employee-42").get();
  private static final Actor THE_EMPLOYEE =
      new Actor.Party(PartyRole.NON_MANAGERIAL_STAFF, EMPLOYEE);
  private static final Actor A_COLLEAGUE =
      new Actor.Party(PartyRole.NON_MANAGERIAL_STAFF, PartyId.of("employee-7").get());
  private final LifecycleFixture<SupportCase.Stage, String, PartyId, SupportCase,
      SupportCase.Command, SupportCase.Event> support =
      LifecycleFixture.of(SupportCase.lifecycle(), EMPLOYEE);
  private final SupportCase.Event referred =
      new SupportCase.Event.Referred("I-1", 1, at(FACILITATOR, 0), EMPLOYEE);
  private final SupportCase.Event consented =
      new SupportCase.Event.Consented("I-1", 2, at(THE_EMPLOYEE, 1));
  private final SupportCase.Event started =
      new SupportCase.Event.SupportStarted("I-1", 3, at(FACILITATOR, 2));

  @Test
  void aSupportCaseRunsWithTheEmployeesConsentOnly() {
    support.given().when(new SupportCase.Command.Refer("I-1", at(FACILITATOR, 0)))
        .thenEvents(referred).thenStage(SupportCase.Stage.REFERRED);
    support.given(referred).when(new SupportCase.Command.Consent(at(MANAGEMENT, 1)))
        .thenUnmet("ONLY_THE_EMPLOYEE");
    support.given(referred).when(new SupportCase.Command.Consent(at(A_COLLEAGUE, 1)))
        .thenUnmet("ONLY_THE_EMPLOYEE");
    support.given(referred).when(new SupportCase.Command.Consent(at(THE_EMPLOYEE, 1)))
        .thenEvents(consented).thenStage(SupportCase.Stage.CONSENTED);
    support.given(referred).when(new SupportCase.Command.StartSupport(at(FACILITATOR, 1)))
        .thenRejected(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
    support.given(referred, consented)
        .when(new SupportCase.Command.StartSupport(at(FACILITATOR, 2)))
        .thenEvents(started).thenStage(SupportCase.Stage.IN_SUPPORT);
    support.given(referred, consented, started)
        .when(new SupportCase.Command.CloseCase(at(FACILITATOR, 60)))
        .thenEvents(new SupportCase.Event.CaseClosed("I-1", 4, at(FACILITATOR, 60)))
        .thenStage(SupportCase.Stage.CLOSED);
  }

  @Test
  void theEmployeeMayEndTheCaseAtAnyTimeAndNobodyElseInTheirName() {
    for (var history : List.of(List.of(referred), List.of(referred, consented),
        List.of(referred, consented, started))) {
      long version = history.last().version();
      support.given(history).when(new SupportCase.Command.EndByEmployee(at(THE_EMPLOYEE, 9)))
          .thenEvents(new SupportCase.Event.EndedByEmployee("I-1", version + 1,
              at(THE_EMPLOYEE, 9)))
          .thenStage(SupportCase.Stage.CLOSED);
      support.given(history).when(new SupportCase.Command.EndByEmployee(at(FACILITATOR, 9)))
          .thenUnmet("ONLY_THE_EMPLOYEE");
    }
  }

  @Test
  void everySmallLifecycleDrawsItselfAndCoversEveryTransition() {
    for (var lifecycle : List.of(Session.lifecycle(), ActionPlanItem.lifecycle(),
        CohortApplication.lifecycle(), SupportCase.lifecycle())) {
      assertThat(lifecycle.toMermaid()).startsWith("stateDiagram-v2\n");
      assertThat(lifecycle.coveringPaths().flatMap(p -> p).distinct())
          .hasSameSizeAs(lifecycle.transitions());
    }
  }
}
