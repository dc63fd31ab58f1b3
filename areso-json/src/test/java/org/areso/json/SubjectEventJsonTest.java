package org.areso.json;

import static org.areso.json.EventFixtures.FACILITATOR;
import static org.areso.json.EventFixtures.MANAGEMENT;
import static org.areso.json.EventFixtures.OPERATOR;
import static org.areso.json.EventFixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import org.areso.core.engagement.CallForApplications;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.SupportCase;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Stamp;
import org.junit.jupiter.api.Test;

/**
 * A host that keeps a small lifecycle's events as areso-json's documents rebuilds the case or the
 * application from them, as it was.
 */
class SubjectEventJsonTest {

  private static final AresoJson REVEALING = AresoJson.builder().revealingSensitive(true).build();

  @Test
  void aSupportCasesStoredHistoryReplaysIntoTheSameCaseWithTheSameTopic() {
    // given a case referred, consented, in support and closed, its events stored as JSON
    Actor employee =
        new Actor.Party(PartyRole.NON_MANAGERIAL_STAFF, SubjectEventFixtures.EMPLOYEE);
    var accepted = SupportCase.start(SubjectEventFixtures.EMPLOYEE,
        new SupportCase.Command.Refer("CASE-1", Stamp.of(FACILITATOR, T0),
            Sensitive.of(SupportCase.Topic.FINANCES))).get();
    var consented = accepted.state()
        .handle(new SupportCase.Command.Consent(Stamp.of(employee, T0.plusDays(1)))).get();
    var started = consented.state()
        .handle(new SupportCase.Command.StartSupport(Stamp.of(FACILITATOR, T0.plusDays(2))))
        .get();
    var closed = started.state()
        .handle(new SupportCase.Command.CloseCase(Stamp.of(FACILITATOR, T0.plusDays(30))))
        .get();
    Seq<String> rows = accepted.events().appendAll(consented.events())
        .appendAll(started.events()).appendAll(closed.events()).map(REVEALING::write);

    // when
    var events = rows.map(row -> REVEALING.readSupportCaseEvent(row).get());
    var replayed = SupportCase.replay(SubjectEventFixtures.EMPLOYEE, events, 4);

    // then the case is equal (reference, employee, stage, version) and keeps its topic
    assertThat(replayed.get()).isEqualTo(closed.state());
    assertThat(replayed.get().stage()).isEqualTo(SupportCase.Stage.CLOSED);
    assertThat(replayed.get().topic()).isEqualTo(Sensitive.of(SupportCase.Topic.FINANCES));
  }

  @Test
  void anApplicationsStoredHistoryReplaysIntoTheSameApplication() {
    // given an application to an open call, selected, its events stored as JSON
    CallForApplications call = new CallForApplications(SubjectEventFixtures.CALL,
        DateWindow.of(T0.toLocalDate(), T0.toLocalDate().plusMonths(1)).get());
    var applied = CohortApplication.start(call, new CohortApplication.Command.Apply("APP-1",
        Stamp.of(MANAGEMENT, T0), CohortApplication.TRIPARTITE)).get();
    var selected = applied.state()
        .handle(new CohortApplication.Command.Select(Stamp.of(OPERATOR, T0.plusDays(40))))
        .get();
    Seq<String> rows = applied.events().appendAll(selected.events())
        .map(AresoJson.create()::write);

    // when
    var events = rows.map(row -> REVEALING.readCohortApplicationEvent(row).get());
    var replayed = CohortApplication.replay(call, events, 2);

    // then
    assertThat(replayed.get()).isEqualTo(selected.state());
    assertThat(replayed.get().stage()).isEqualTo(CohortApplication.Stage.SELECTED);
  }

  @Test
  void theTypesAreTheLifecyclesNameADotAndTheEventsName() {
    // given
    var referred = SubjectEventFixtures.supportCaseSamples().head();
    var withdrawn = SubjectEventFixtures.applicationSamples().last();

    // when
    String caseType = AresoJson.typeOf(referred);
    String applicationType = AresoJson.typeOf(withdrawn);

    // then
    assertThat(caseType).isEqualTo("SupportCase.Referred");
    assertThat(applicationType).isEqualTo("CohortApplication.Withdrawn");
  }

  @Test
  void aNullEventOrTextIsAProgrammerError() {
    // when, then
    assertThatThrownBy(() -> REVEALING.write((SupportCase.Event) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> REVEALING.write((CohortApplication.Event) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> AresoJson.typeOf((SupportCase.Event) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> REVEALING.readSupportCaseEvent(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> REVEALING.readCohortApplicationEvent(null))
        .isInstanceOf(NullPointerException.class);
  }
}
