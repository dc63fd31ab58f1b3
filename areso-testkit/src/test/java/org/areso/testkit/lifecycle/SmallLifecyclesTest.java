package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import org.areso.core.engagement.CallForApplications;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.SupportCase;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Sensitive;
import org.areso.core.lifecycle.Lifecycle;
import org.areso.core.lifecycle.Rejection;
import org.junit.jupiter.api.Test;

/** Cohort applications and support cases on the lifecycle kernel. */
class SmallLifecyclesTest {

  // ----- cohort application -----

  private final LifecycleFixture<CohortApplication.Stage, String, CallForApplications, CohortApplication,
      CohortApplication.Command, CohortApplication.Event> application =
      LifecycleFixture.of(CohortApplication.lifecycle(), CALL);
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
  void anApplicationIsReceivedOnlyWhileItsCallIsOpen() {
    // the call runs from 2023-12-01 to 2024-01-31; day 0 is 2024-01-08
    application.given()
        .when(new CohortApplication.Command.Apply("C-1", at(MANAGEMENT, 23),
            CohortApplication.TRIPARTITE))
        .thenEvents(new CohortApplication.Event.Applied("C-1", 1, at(MANAGEMENT, 23),
            "AURA-2024"));
    application.given()
        .when(new CohortApplication.Command.Apply("C-1", at(MANAGEMENT, 24),
            CohortApplication.TRIPARTITE))
        .thenUnmet("CALL_NOT_OPEN");
    application.given()
        .when(new CohortApplication.Command.Apply("C-1", at(MANAGEMENT, -39),
            CohortApplication.TRIPARTITE))
        .thenUnmet("CALL_NOT_OPEN");
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

  @Test
  void theAssociationsThreePartiesApplyAndWithdrawAndTheOperatorSelects() {
    // an application is the association's: neither the operator nor a facilitator makes it
    application.given()
        .when(new CohortApplication.Command.Apply("C-1", at(OPERATOR, 0),
            CohortApplication.TRIPARTITE))
        .thenUnmet("ACTOR_NOT_A_PARTY");
    application.given()
        .when(new CohortApplication.Command.Apply("C-1", at(FACILITATOR, 0),
            CohortApplication.TRIPARTITE))
        .thenUnmet("ACTOR_NOT_A_PARTY");
    // nor a party outside the three whose commitment it needs
    Actor employee = new Actor.Party(PartyRole.NON_MANAGERIAL_STAFF,
        PartyId.of("employee-7").get());
    application.given()
        .when(new CohortApplication.Command.Apply("C-1", at(employee, 0),
            CohortApplication.TRIPARTITE))
        .thenUnmet("NOT_A_CONSENTING_PARTY");
    application.given(applied).when(new CohortApplication.Command.Withdraw(at(employee, 3)))
        .thenUnmet("NOT_A_CONSENTING_PARTY");
    // the operator selects, not the applicant
    var bySelf = application.given(applied)
        .when(new CohortApplication.Command.Select(at(MANAGEMENT, 30)))
        .thenUnmet("ONLY_THE_OPERATOR");
    assertThat(bySelf.unmet().single().guard()).isEqualTo("byTheOperator");
    application.given(applied).when(new CohortApplication.Command.Reject(at(FACILITATOR, 30)))
        .thenUnmet("ONLY_THE_OPERATOR");
  }

  // ----- individual support case -----

  private static final PartyId EMPLOYEE = PartyId.of("employee-42").get();
  private static final Sensitive<SupportCase.Topic> HOUSING =
      Sensitive.of(SupportCase.Topic.HOUSING);
  private static final Actor THE_EMPLOYEE =
      new Actor.Party(PartyRole.NON_MANAGERIAL_STAFF, EMPLOYEE);
  private static final Actor A_COLLEAGUE =
      new Actor.Party(PartyRole.NON_MANAGERIAL_STAFF, PartyId.of("employee-7").get());
  private final LifecycleFixture<SupportCase.Stage, String, PartyId, SupportCase,
      SupportCase.Command, SupportCase.Event> support =
      LifecycleFixture.of(SupportCase.lifecycle(), EMPLOYEE);
  private final SupportCase.Event referred =
      new SupportCase.Event.Referred("I-1", 1, at(FACILITATOR, 0), EMPLOYEE,
          HOUSING);
  private final SupportCase.Event consented =
      new SupportCase.Event.Consented("I-1", 2, at(THE_EMPLOYEE, 1));
  private final SupportCase.Event started =
      new SupportCase.Event.SupportStarted("I-1", 3, at(FACILITATOR, 2));

  @Test
  void aSupportCaseRunsWithTheEmployeesConsentOnly() {
    support.given().when(new SupportCase.Command.Refer("I-1", at(FACILITATOR, 0), HOUSING))
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
  void aSmallLifecycleDoesNotGoBackInTimeEither() {
    support.given(referred, consented, started)
        .when(new SupportCase.Command.CloseCase(at(FACILITATOR, 1)))
        .thenUnmet("STAMP_BEFORE_LAST_EVENT");
    application.given(applied).when(new CohortApplication.Command.Select(at(OPERATOR, -1)))
        .thenUnmet("STAMP_BEFORE_LAST_EVENT");
  }

  @Test
  void onlyTheSocialWorkerStartsAndClosesTheSupport() {
    // the employer, or the employee, does not start nor close the support in the worker's place
    var byTheEmployer = support.given(referred, consented)
        .when(new SupportCase.Command.StartSupport(at(MANAGEMENT, 2)))
        .thenUnmet("ONLY_THE_SOCIAL_WORKER");
    assertThat(byTheEmployer.unmet().single().guard()).isEqualTo("byTheSocialWorker");
    support.given(referred, consented)
        .when(new SupportCase.Command.StartSupport(at(OPERATOR, 2)))
        .thenUnmet("ONLY_THE_SOCIAL_WORKER");
    support.given(referred, consented, started)
        .when(new SupportCase.Command.CloseCase(at(MANAGEMENT, 60)))
        .thenUnmet("ONLY_THE_SOCIAL_WORKER");
    support.given(referred, consented, started)
        .when(new SupportCase.Command.CloseCase(at(THE_EMPLOYEE, 60)))
        .thenUnmet("ONLY_THE_SOCIAL_WORKER");  // the employee ends it with EndByEmployee
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
    List<Lifecycle<?, ?, ?, ?, ?, ?>> lifecycles =
        List.of(CohortApplication.lifecycle(), SupportCase.lifecycle());
    for (Lifecycle<?, ?, ?, ?, ?, ?> lifecycle : lifecycles) {
      assertThat(lifecycle.toMermaid()).startsWith("stateDiagram-v2\n");
      assertThat(lifecycle.coveringPaths().flatMap(p -> p).distinct())
          .hasSameSizeAs(lifecycle.transitions());
    }
  }
}
