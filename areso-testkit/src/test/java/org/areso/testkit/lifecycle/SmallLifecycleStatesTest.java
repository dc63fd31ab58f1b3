package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.engagement.ActionPlanItem;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.Session;
import org.areso.core.engagement.SupportCase;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.Actor;
import org.junit.jupiter.api.Test;

/**
 * What the small lifecycles' states hold once replayed: their accessors, their equality, their
 * one-line description, and the commands they handle on the state itself.
 */
class SmallLifecycleStatesTest {

  private static final LocalDate DAY = T0.toLocalDate();

  // ----- session -----

  private static final Session.Event PLANNED =
      new Session.Event.Planned("S-1", 1, at(FACILITATOR, 0), ID, DAY.plusDays(7));

  @Test
  void aHeldSessionKnowsItsEngagementItsDayAndTheHalfDaysConsumed() {
    // given
    Session planned = Session.replay(ID, List.of(PLANNED)).get();
    // when
    Accepted<Session, Session.Event> accepted =
        planned.handle(new Session.Command.Hold(at(FACILITATOR, 7), 3)).get();
    Seq<Session.Event> held = accepted.events();
    Session after = accepted.state();
    // then
    assertThat(after).isEqualTo(Session.replay(ID, List.of(PLANNED).appendAll(held)).get());
    assertThat(held).containsExactly(new Session.Event.Held("S-1", 2, at(FACILITATOR, 7), 3));
    assertThat(held.head().schemaVersion()).isEqualTo(1);
    assertThat(after.subject()).isEqualTo("S-1");
    assertThat(after.engagement()).isEqualTo(ID);
    assertThat(after.on()).isEqualTo(Option.of(DAY.plusDays(7)));
    assertThat(after.halfDays()).isEqualTo(3);
    assertThat(after.stage()).isEqualTo(Session.Stage.HELD);
    assertThat(after.version()).isEqualTo(2);
    assertThat(after).hasToString("Session[S-1, HELD, v2]");
  }

  @Test
  void twoSessionsAreEqualOnlyWithTheSameHistory() {
    // given
    Session planned = Session.replay(ID, List.of(PLANNED)).get();
    // when
    Session again = Session.replay(ID, List.of(PLANNED)).get();
    Session ofAnotherEngagement = Session.replay(OTHER_ID, List.of(PLANNED)).get();
    Session postponed = Session.replay(ID, List.of(PLANNED,
        new Session.Event.Postponed("S-1", 2, at(MANAGEMENT, 3)))).get();
    // then
    assertThat(again).isEqualTo(planned).hasSameHashCodeAs(planned);
    assertThat(ofAnotherEngagement).isNotEqualTo(planned);
    assertThat(postponed).isNotEqualTo(planned);
    assertThat(postponed.on()).isEmpty();
    assertThat(planned).isNotEqualTo("S-1");
  }

  // ----- action-plan item -----

  private static final Set<PartyRole> BOTH_PARTIES =
      LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);
  private static final ActionPlanItem.Event PROPOSED = new ActionPlanItem.Event.Proposed(
      "A-1", 1, at(STAFF, 0), PartyRole.STAFF_REPRESENTATIVES, "monthly joint meeting",
      BOTH_PARTIES);

  @Test
  void anActionPlanItemKnowsItsOwnerAndWhoValidatedIt() {
    // given
    ActionPlanItem proposed = ActionPlanItem.replay(BOTH_PARTIES, List.of(PROPOSED)).get();
    // when
    Accepted<ActionPlanItem, ActionPlanItem.Event> accepted =
        proposed.handle(new ActionPlanItem.Command.Validate(at(MANAGEMENT, 1))).get();
    Seq<ActionPlanItem.Event> validated = accepted.events();
    ActionPlanItem after = accepted.state();
    // then
    assertThat(after).isEqualTo(
        ActionPlanItem.replay(BOTH_PARTIES, List.of(PROPOSED).appendAll(validated)).get());
    assertThat(validated.head().schemaVersion()).isEqualTo(1);
    assertThat(proposed.validatedBy()).isEmpty();
    assertThat(after.owner()).isEqualTo(PartyRole.STAFF_REPRESENTATIVES);
    assertThat(after.validatedBy()).containsExactly(PartyRole.MANAGEMENT);
    assertThat(after.subject()).isEqualTo("A-1");
    assertThat(after).hasToString("ActionPlanItem[A-1, STAFF_REPRESENTATIVES, PROPOSED, v2]");
    assertThat(after).isNotEqualTo(proposed);
    assertThat(ActionPlanItem.replay(BOTH_PARTIES, List.of(PROPOSED)).get())
        .isEqualTo(proposed).hasSameHashCodeAs(proposed);
  }

  // ----- cohort application -----

  private static final CohortApplication.Event APPLIED =
      new CohortApplication.Event.Applied("C-1", 1, at(MANAGEMENT, 0), "AURA-2024");

  @Test
  void aCohortApplicationKnowsTheCallItAnswers() {
    // given
    CohortApplication applied = CohortApplication.replay("AURA-2024", List.of(APPLIED)).get();
    // when
    Accepted<CohortApplication, CohortApplication.Event> accepted =
        applied.handle(new CohortApplication.Command.Select(at(OPERATOR, 30))).get();
    Seq<CohortApplication.Event> selected = accepted.events();
    CohortApplication after = accepted.state();
    // then
    assertThat(after).isEqualTo(
        CohortApplication.replay("AURA-2024", List.of(APPLIED).appendAll(selected)).get());
    assertThat(selected.head().schemaVersion()).isEqualTo(1);
    assertThat(after.call()).isEqualTo("AURA-2024");
    assertThat(after.stage()).isEqualTo(CohortApplication.Stage.SELECTED);
    assertThat(after).hasToString("CohortApplication[C-1, SELECTED, v2]");
    assertThat(after).isNotEqualTo(applied);
    assertThat(CohortApplication.replay("AURA-2025", List.of(APPLIED)).get())
        .isNotEqualTo(applied);
    assertThat(CohortApplication.replay("AURA-2024", List.of(APPLIED)).get())
        .isEqualTo(applied).hasSameHashCodeAs(applied);
  }

  // ----- support case -----

  private static final PartyId EMPLOYEE = PartyId.of("employee-42").get();
  private static final PartyId COLLEAGUE = PartyId.of("employee-7").get();
  private static final SupportCase.Event REFERRED =
      new SupportCase.Event.Referred("I-1", 1, at(FACILITATOR, 0), EMPLOYEE);

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
    assertThat(SupportCase.replay(COLLEAGUE, List.of(REFERRED)).get()).isNotEqualTo(referred);
    assertThat(SupportCase.replay(EMPLOYEE, List.of(REFERRED)).get())
        .isEqualTo(referred).hasSameHashCodeAs(referred);
  }
}
