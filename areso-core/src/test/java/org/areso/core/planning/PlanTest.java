package org.areso.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.areso.core.kernel.Language;
import org.junit.jupiter.api.Test;

class PlanTest {

  private static final LocalDate MONDAY = LocalDate.of(2024, 1, 8);
  private static final LocalDate TUESDAY = MONDAY.plusDays(1);

  private static Plan twoDays() {
    return Plan.of(FormatFixtures.jointTraining(), Days.of(2), List.of(
        Session.planned(TUESDAY, SessionLength.WHOLE_DAY),
        Session.planned(MONDAY, SessionLength.WHOLE_DAY)));
  }

  @Test
  void onlyPlannedAndHeldSessionsAreActive() {
    // given
    Session planned = Session.planned(MONDAY, SessionLength.WHOLE_DAY);
    // when / then
    assertThat(planned.isActive()).isTrue();
    assertThat(planned.withStatus(Session.Status.HELD).isActive()).isTrue();
    assertThat(planned.withStatus(Session.Status.POSTPONED).isActive()).isFalse();
    assertThat(planned.withStatus(Session.Status.CANCELLED).isActive()).isFalse();
  }

  @Test
  void aCancelledSessionStaysAsHistoryAndItsDaysGoBackToWhatIsLeft() {
    // given
    Plan plan = twoDays().hold(MONDAY).get();
    // when
    Plan cancelled = plan.cancel(TUESDAY).get();
    // then
    assertThat(cancelled.sessions()).containsExactly(
        new Session(MONDAY, SessionLength.WHOLE_DAY, Session.Status.HELD),
        new Session(TUESDAY, SessionLength.WHOLE_DAY, Session.Status.CANCELLED));
    assertThat(cancelled.activeSessions().map(Session::date)).containsExactly(MONDAY);
    assertThat(cancelled.planned()).isEqualTo(Days.of(1));
    assertThat(cancelled.consumed()).isEqualTo(Days.of(1));
    assertThat(cancelled.remaining()).isEqualTo(Days.of(1));
    assertThat(cancelled.spanDays()).isEqualTo(1);
  }

  @Test
  void aSessionCanBeCancelledOnlyWhilePlanned() {
    // given
    Plan plan = twoDays().hold(MONDAY).get();
    // when
    var result = plan.cancel(MONDAY);
    // then
    assertThat(result.getLeft()).isEqualTo(new PlanViolation.SessionNotFound(MONDAY));
    assertThat(result.getLeft().message(Language.FR)).isEqualTo("Aucune séance prévue le 2024-01-08.");
    assertThat(result.getLeft().message(Language.EN)).isEqualTo("No planned session on 2024-01-08.");
  }

  @Test
  void plansWithTheSameSessionsInAnyOrderAreEqual() {
    // given
    Plan reversed = Plan.of(FormatFixtures.jointTraining(), Days.of(2), List.of(
        Session.planned(MONDAY, SessionLength.WHOLE_DAY),
        Session.planned(TUESDAY, SessionLength.WHOLE_DAY)));
    // when / then
    assertThat(twoDays()).isEqualTo(reversed);
    assertThat(twoDays().hashCode()).isEqualTo(reversed.hashCode());
    assertThat(twoDays()).isNotEqualTo(twoDays().hold(MONDAY).get());
    assertThat(twoDays())
        .isNotEqualTo(Plan.of(FormatFixtures.seminar(), Days.of(2), twoDays().sessions()));
  }

  @Test
  void aPlanReadsAsItsFormatBudgetAndSessions() {
    // given
    Plan plan = twoDays();
    // when
    String text = plan.toString();
    // then
    assertThat(text).startsWith("Plan[joint-training, 2 d, ")
        .contains("2024-01-08").contains("2024-01-09").contains("PLANNED").endsWith("]");
    assertThat(text.indexOf("2024-01-08")).isLessThan(text.indexOf("2024-01-09"));
  }

  @Test
  void aPlanRefusesAMissingSessionNamingIt() {
    // given
    List<Session> withHole = List.of(Session.planned(MONDAY, SessionLength.WHOLE_DAY), null);
    // when / then
    assertThatThrownBy(() -> Plan.of(FormatFixtures.jointTraining(), Days.of(2), withHole))
        .isInstanceOf(NullPointerException.class).hasMessage("session");
  }
}
