package org.areso.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.areso.core.engagement.CallForApplications.Status;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Stamp;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Unmet;
import org.junit.jupiter.api.Test;

/**
 * An application is made to a call for applications while the call is open: before its launch or
 * after its deadline it is refused, naming the call's status and dates; replay keeps the call and
 * refuses a history of another one.
 */
class CohortApplicationTest {

  private static final LocalDate LAUNCH = LocalDate.of(2025, 3, 3);
  private static final LocalDate DEADLINE = LocalDate.of(2025, 4, 30);
  private static final CallForApplications CALL =
      new CallForApplications("AAC-2025", DateWindow.of(LAUNCH, DEADLINE).get());
  private static final CallForApplications NEXT_CALL = new CallForApplications("AAC-2026",
      DateWindow.of(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 30)).get());
  private static final Actor DIRECTOR =
      new Actor.Party(PartyRole.MANAGEMENT, PartyId.of("director").get());

  private static CohortApplication.Command.Apply applyOn(LocalDate day) {
    return new CohortApplication.Command.Apply("C-1", Stamp.of(DIRECTOR, day.atTime(10, 0)),
        CohortApplication.TRIPARTITE);
  }

  @Test
  void anApplicationOnADayTheCallIsOpenIsReceivedAndKeepsTheCallsReference() {
    // when
    var accepted = CohortApplication.start(CALL, applyOn(DEADLINE)).get();
    // then
    assertThat(accepted.events()).containsExactly(new CohortApplication.Event.Applied("C-1", 1,
        Stamp.of(DIRECTOR, DEADLINE.atTime(10, 0)), "AAC-2025"));
    assertThat(accepted.state().call()).isEqualTo(CALL);
    assertThat(accepted.state().stage()).isEqualTo(CohortApplication.Stage.APPLIED);
  }

  @Test
  void refusesAnApplicationBeforeTheCallIsLaunchedNamingItsStatusAndDates() {
    // when
    Rejection refused = CohortApplication.start(CALL, applyOn(LAUNCH.minusDays(1))).getLeft();
    // then
    assertThat(refused).isInstanceOf(Rejection.PreconditionsUnmet.class);
    Unmet unmet = ((Rejection.PreconditionsUnmet) refused).unmet().single();
    assertThat(unmet.guard()).isEqualTo("callOpen");
    assertThat(unmet.party()).isEmpty();
    assertThat(unmet.reason()).isEqualTo(new EngagementReason.CallNotOpen("AAC-2025",
        Status.UPCOMING, LAUNCH, DEADLINE, LAUNCH.minusDays(1)));
    assertThat(unmet.reason().code()).isEqualTo("CALL_NOT_OPEN");
  }

  @Test
  void refusesAnApplicationAfterTheDeadlineInFrenchAndEnglish() {
    // when
    Rejection refused = CohortApplication.start(CALL, applyOn(DEADLINE.plusDays(1))).getLeft();
    // then
    var reason = ((Rejection.PreconditionsUnmet) refused).unmet().single().reason();
    assertThat(reason.message(Language.EN)).isEqualTo("Call for applications AAC-2025 is"
        + " closed: it receives applications from 2025-03-03 to 2025-04-30, not on 2025-05-01.");
    assertThat(reason.message(Language.FR)).isEqualTo("L'appel à candidatures AAC-2025 est"
        + " clos : il reçoit les candidatures du 2025-03-03 au 2025-04-30, pas le 2025-05-01.");
  }

  @Test
  void aClosedCallAndAMissingCommitmentAreAllReportedAtOnce() {
    // given
    var alone = new CohortApplication.Command.Apply("C-1",
        Stamp.of(DIRECTOR, DEADLINE.plusDays(3).atTime(9, 0)),
        io.vavr.collection.LinkedHashSet.of(PartyRole.MANAGEMENT));
    // when
    Rejection refused = CohortApplication.start(CALL, alone).getLeft();
    // then
    assertThat(((Rejection.PreconditionsUnmet) refused).unmet().map(u -> u.reason().code()))
        .containsExactly("CALL_NOT_OPEN", "CONSENT_MISSING", "CONSENT_MISSING");
  }

  @Test
  void replayRefusesAHistoryOfAnotherCallAndKeepsItsOwn() {
    // given
    var history = CohortApplication.start(CALL, applyOn(LAUNCH)).get().events();
    // when
    var elsewhere = CohortApplication.replay(NEXT_CALL, history);
    var here = CohortApplication.replay(CALL, history, 1);
    // then
    assertThat(elsewhere.getLeft())
        .isEqualTo(new HistoryError.ContextMismatch("AAC-2026", "AAC-2025"));
    assertThat(here.get().call()).isEqualTo(CALL);
  }

  @Test
  void replayDoesNotCheckTheCallsDatesAgain() {
    // given an application received before the host moved the call's deadline earlier
    var history = List.of(new CohortApplication.Event.Applied("C-1", 1,
        Stamp.of(DIRECTOR, DEADLINE.atTime(10, 0)), "AAC-2025"));
    CallForApplications shortened =
        new CallForApplications("AAC-2025", DateWindow.of(LAUNCH, LAUNCH.plusDays(7)).get());
    // when
    var replayed = CohortApplication.replay(shortened, history);
    // then
    assertThat(replayed.get().stage()).isEqualTo(CohortApplication.Stage.APPLIED);
  }
}
