package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.SupportCase;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.kernel.Actor;
import org.areso.core.lifecycle.Rejection;
import org.junit.jupiter.api.Test;

/**
 * What the small lifecycles' states hold once replayed: their accessors, their equality, their
 * one-line description, and the commands they handle on the state itself.
 */
class SmallLifecycleStatesTest {

  // ----- cohort application -----

  private static final CohortApplication.Event APPLIED =
      new CohortApplication.Event.Applied("C-1", 1, at(MANAGEMENT, 0), "AURA-2024");

  @Test
  void aCohortApplicationKnowsTheCallItAnswers() {
    // given
    CohortApplication applied = CohortApplication.replay(CALL, List.of(APPLIED)).get();
    // when
    Accepted<CohortApplication, CohortApplication.Event> accepted =
        applied.handle(new CohortApplication.Command.Select(at(OPERATOR, 30))).get();
    Seq<CohortApplication.Event> selected = accepted.events();
    CohortApplication after = accepted.state();
    // then
    assertThat(after).isEqualTo(
        CohortApplication.replay(CALL, List.of(APPLIED).appendAll(selected)).get());
    assertThat(selected.head().schemaVersion()).isEqualTo(1);
    assertThat(after.call()).isEqualTo(CALL);
    assertThat(after.stage()).isEqualTo(CohortApplication.Stage.SELECTED);
    assertThat(after).hasToString("CohortApplication[C-1, SELECTED, v2]");
    assertThat(after).isNotEqualTo(applied);
    assertThat(CohortApplication.replay(CALL, List.of(APPLIED)).get())
        .isEqualTo(applied).hasSameHashCodeAs(applied);
  }

  // ----- support case -----

  private static final PartyId EMPLOYEE = PartyId.of("employee-42").get();
  private static final SupportCase.Event REFERRED =
      new SupportCase.Event.Referred("I-1", 1, at(FACILITATOR, 0), EMPLOYEE,
          Sensitive.of(SupportCase.Topic.FINANCES));

  @Test
  void aSupportCaseKnowsItsEmployee() {
    // given
    SupportCase referred = SupportCase.replay(EMPLOYEE, List.of(REFERRED)).get();
    Actor theEmployee = new Actor.Party(PartyRole.NON_MANAGERIAL_STAFF, EMPLOYEE);
    // when
    Accepted<SupportCase, SupportCase.Event> accepted =
        referred.handle(new SupportCase.Command.Consent(at(theEmployee, 1))).get();
    Seq<SupportCase.Event> consented = accepted.events();
    SupportCase after = accepted.state();
    // then
    assertThat(after).isEqualTo(
        SupportCase.replay(EMPLOYEE, List.of(REFERRED).appendAll(consented)).get());
    assertThat(consented.head().schemaVersion()).isEqualTo(1);
    assertThat(after.employee()).isEqualTo(EMPLOYEE);
    assertThat(after.stage()).isEqualTo(SupportCase.Stage.CONSENTED);
    assertThat(after).hasToString("SupportCase[I-1, CONSENTED, v2]");
    assertThat(after).isNotEqualTo(referred);
    assertThat(SupportCase.replay(EMPLOYEE, List.of(REFERRED)).get())
        .isEqualTo(referred).hasSameHashCodeAs(referred);
  }

  @Test
  void aSelectedApplicationCanChangeNoMore() {
    // given
    CohortApplication applied = CohortApplication.replay(CALL, List.of(APPLIED)).get();
    // when
    CohortApplication selected =
        applied.handle(new CohortApplication.Command.Select(at(OPERATOR, 30))).get().state();
    // then
    assertThat(applied.isTerminal()).isFalse();
    assertThat(selected.isTerminal()).isTrue();
  }

  @Test
  void aCommandDecidedOnAnOlderVersionOfTheCaseIsAConflict() {
    // given
    Actor theEmployee = new Actor.Party(PartyRole.NON_MANAGERIAL_STAFF, EMPLOYEE);
    SupportCase consented = SupportCase.replay(EMPLOYEE, List.of(REFERRED,
        new SupportCase.Event.Consented("I-1", 2, at(theEmployee, 1)))).get();
    // when
    var outcome = consented.handle(new SupportCase.Command.StartSupport(at(FACILITATOR, 2)), 1);
    // then
    assertThat(outcome.getLeft()).isEqualTo(new Rejection.VersionConflict(1, 2));
  }

  @Test
  void aSupportCaseNeverShowsItsEmployee() {
    // given
    SupportCase referred = SupportCase.replay(EMPLOYEE, List.of(REFERRED)).get();
    // when
    String shown = referred.toString();
    // then
    assertThat(shown).isEqualTo("SupportCase[I-1, REFERRED, v1]").doesNotContain("employee-42");
  }
}
