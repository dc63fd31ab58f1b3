package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.SupportCase;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Sensitive;
import org.areso.core.lifecycle.HistoryError;
import org.junit.jupiter.api.Test;

/**
 * The small lifecycles check the context a history was recorded in, as the engagement checks its
 * programme: a history that names another call or another employee is refused, and so is one that
 * does not end at the version the host recorded.
 */
class SmallLifecycleContextTest {

  private static final CohortApplication.Event APPLIED =
      new CohortApplication.Event.Applied("C-1", 1, at(MANAGEMENT, 0), "AURA-2024");
  private static final PartyId EMPLOYEE = PartyId.of("employee-42").get();
  private static final PartyId COLLEAGUE = PartyId.of("employee-7").get();
  private static final SupportCase.Event REFERRED =
      new SupportCase.Event.Referred("I-1", 1, at(FACILITATOR, 0), EMPLOYEE,
          Sensitive.of(SupportCase.Topic.HEALTH));

  @Test
  void anApplicationToAnotherCallIsRefusedOnReplay() {
    // given
    var history = List.of(APPLIED);
    // when
    Either<HistoryError, CohortApplication> replayed =
        CohortApplication.replay(NEXT_CALL, history);
    // then
    assertThat(replayed.getLeft())
        .isEqualTo(new HistoryError.ContextMismatch("AURA-2025", "AURA-2024"));
  }

  @Test
  void anApplicationReplayedUnderItsOwnCallKeepsIt() {
    // given
    var history = List.of(APPLIED);
    // when
    Either<HistoryError, CohortApplication> replayed =
        CohortApplication.replay(CALL, history);
    // then
    assertThat(replayed.get().call()).isEqualTo(CALL);
  }

  @Test
  void aLongerHistoryOfAnotherCallIsRefusedEvenAtTheRecordedVersion() {
    // given
    var history = List.of(APPLIED,
        new CohortApplication.Event.Selected("C-1", 2, at(OPERATOR, 30)));
    // when
    Either<HistoryError, CohortApplication> replayed =
        CohortApplication.replay(NEXT_CALL, history, 2);
    // then
    assertThat(replayed.getLeft().code()).isEqualTo("CONTEXT_MISMATCH");
  }

  @Test
  void aCaseOfAnotherEmployeeIsRefusedOnReplay() {
    // given
    var history = List.of(REFERRED);
    // when
    Either<HistoryError, SupportCase> replayed = SupportCase.replay(COLLEAGUE, history);
    // then
    assertThat(replayed.getLeft())
        .isEqualTo(new HistoryError.ContextMismatch("employee-7", "employee-42"));
  }

  @Test
  void aCaseCutShortIsRefusedAgainstTheVersionTheHostRecorded() {
    // given the host recorded version 2, but the consent was lost
    var history = List.of(REFERRED);
    // when
    Either<HistoryError, SupportCase> replayed = SupportCase.replay(EMPLOYEE, history, 2);
    // then
    assertThat(replayed.getLeft()).isEqualTo(new HistoryError.UnexpectedVersion(2, 1));
  }

  @Test
  void aCaseEndingAtTheRecordedVersionIsRebuilt() {
    // given
    Actor theEmployee = new Actor.Party(PartyRole.NON_MANAGERIAL_STAFF, EMPLOYEE);
    var history = List.of(REFERRED, new SupportCase.Event.Consented("I-1", 2, at(theEmployee, 1)));
    // when
    Either<HistoryError, SupportCase> replayed = SupportCase.replay(EMPLOYEE, history, 2);
    // then
    assertThat(replayed.get().stage()).isEqualTo(SupportCase.Stage.CONSENTED);
  }

  @Test
  void anEmptyHistoryIsRefusedWhateverTheContext() {
    // given
    List<SupportCase.Event> history = List.empty();
    // when
    Either<HistoryError, SupportCase> replayed = SupportCase.replay(COLLEAGUE, history);
    // then
    assertThat(replayed.getLeft()).isEqualTo(new HistoryError.Empty());
  }
}
