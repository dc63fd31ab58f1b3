package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.ARESO;
import static org.areso.testkit.lifecycle.EngagementFixtures.BOTH;
import static org.areso.testkit.lifecycle.EngagementFixtures.F1;
import static org.areso.testkit.lifecycle.EngagementFixtures.F2;
import static org.areso.testkit.lifecycle.EngagementFixtures.FRAMING;
import static org.areso.testkit.lifecycle.EngagementFixtures.ID;
import static org.areso.testkit.lifecycle.EngagementFixtures.MANAGEMENT;
import static org.areso.testkit.lifecycle.EngagementFixtures.OPERATOR;
import static org.areso.testkit.lifecycle.EngagementFixtures.ORIGIN;
import static org.areso.testkit.lifecycle.EngagementFixtures.PAIR;
import static org.areso.testkit.lifecycle.EngagementFixtures.REQUEST_DAY;
import static org.areso.testkit.lifecycle.EngagementFixtures.STAFF;
import static org.areso.testkit.lifecycle.EngagementFixtures.STRUCTURE;
import static org.areso.testkit.lifecycle.EngagementFixtures.T0;
import static org.areso.testkit.lifecycle.EngagementFixtures.decisionOn;
import static org.areso.testkit.lifecycle.EngagementFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.areso.core.engagement.Commands;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.AdoptActionPlan;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.Decline;
import org.areso.core.engagement.EngagementCommand.ProposeFraming;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementCommand.RecordPreDiagnosis;
import org.areso.core.engagement.EngagementCommand.RecordSession;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.engagement.Assessment;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Stamp;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.FormatId;
import org.junit.jupiter.api.Test;

/**
 * The host's short forms: the command factories build the records they name, the actors stamp
 * commands, and {@code handleAll} handles commands all or none.
 */
class CommandsTest {

  @Test
  void anActorAtATimeIsTheStampOfThatActorAtThatTime() {
    // given
    Actor director = Actor.party(PartyRole.MANAGEMENT, "director");
    // when
    Stamp stamp = director.at(T0);
    // then
    assertThat(director).isEqualTo(
        new Actor.Party(PartyRole.MANAGEMENT, PartyId.of("director").get()));
    assertThat(stamp).isEqualTo(Stamp.of(director, T0));
    assertThat(Actor.operator("aract")).isEqualTo(new Actor.Operator("aract"));
    assertThat(F1.at(T0)).isEqualTo(Stamp.of(new Actor.Facilitator(F1.id()), T0));
    assertThat(Facilitator.of("F-1", FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER)).isEqualTo(F1);
  }

  @Test
  void anIdentifierTheHostPromisedValidButIsNotIsAProgrammerError() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Actor.party(PartyRole.MANAGEMENT, " "))
        .withMessage(PartyId.of(" ").getError().head().message(
            org.areso.core.kernel.Language.EN));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Facilitator.of("", FacilitatorKind.INDEPENDENT_CONSULTANT));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Commands.request(" ", MANAGEMENT.at(T0), STRUCTURE));
    assertThatIllegalArgumentException().isThrownBy(() -> Commands.recordPreDiagnosis(
        F1.at(T0), PartyRole.MANAGEMENT, InterventionContext.PREVENTIVE, ""));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Commands.assignFacilitators(OPERATOR.at(T0), F1, F1));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Commands.assignFacilitators(OPERATOR.at(T0), F1, F2, F1));
    assertThatNullPointerException()
        .isThrownBy(() -> Actor.party(PartyRole.MANAGEMENT, null));
  }

  @Test
  void aRequestByAPartyComesFromThatPartyAndOneByAnotherActorMustSayItsOrigin() {
    // when
    RequestEngagement request = Commands.request("ENG-1", MANAGEMENT.at(T0), STRUCTURE);
    // then
    assertThat(request).isEqualTo(
        new RequestEngagement(ID, MANAGEMENT.at(T0), STRUCTURE, ORIGIN));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Commands.request("ENG-1", OPERATOR.at(T0), STRUCTURE))
        .withMessageContaining("origin");
  }

  @Test
  void eachFactoryBuildsTheRecordItNames() {
    Stamp f = F1.at(T0);
    var decision = decisionOn(ARESO, STRUCTURE);
    assertThat(Commands.recordPreDiagnosis(f, PartyRole.MANAGEMENT,
        InterventionContext.CURATIVE, "seminar")).isEqualTo(new RecordPreDiagnosis(f,
            new PreDiagnosis(PartyRole.MANAGEMENT, InterventionContext.CURATIVE, HashSet.empty(),
                FormatId.of("seminar").get())));
    assertThat(Commands.qualify(f, decision, REQUEST_DAY))
        .isEqualTo(new Qualify(f, EligibilityRecord.of(decision, REQUEST_DAY)));
    assertThat(Commands.decline(f, decision, REQUEST_DAY))
        .isEqualTo(new Decline(f, EligibilityRecord.of(decision, REQUEST_DAY)));
    assertThat(Commands.assignFacilitators(f, F1, F2))
        .isEqualTo(new AssignFacilitators(f, PAIR));
    assertThat(Commands.assignFacilitators(f, F1).facilitators().isPair()).isFalse();
    assertThat(Commands.proposeFraming(f, FRAMING.objectives(), FRAMING.methodology(),
        FRAMING.rules(), FRAMING.planning(), BOTH)).isEqualTo(new ProposeFraming(f, FRAMING));
    assertThat(Commands.recordSession(f, REQUEST_DAY, SessionLength.HALF_DAY, BOTH))
        .isEqualTo(new RecordSession(f, Session.planned(REQUEST_DAY, SessionLength.HALF_DAY)
            .withStatus(Session.Status.HELD), BOTH, MeetingKind.SESSION));
    assertThat(Commands.adoptActionPlan(MANAGEMENT.at(T0), BOTH, "A-1", "A-2"))
        .isEqualTo(new AdoptActionPlan(MANAGEMENT.at(T0), plan(2)));
    assertThat(Commands.close(f, "done")).isEqualTo(new Close(f, new Assessment("done")));
    assertThat(Commands.giveConsent(f).stamp()).isEqualTo(f);
    assertThat(Commands.confirmFraming(f).stamp()).isEqualTo(f);
    assertThat(Commands.startIntervention(f, REQUEST_DAY).planEnd())
        .isEqualTo(REQUEST_DAY);
    assertThat(Commands.endIntervention(f).stamp()).isEqualTo(f);
    assertThat(Commands.recordFollowUpReview(f, "lasting").summary())
        .isEqualTo("lasting");
    assertThat(Commands.withdraw(f).stamp()).isEqualTo(f);
  }

  @Test
  void aProgrammeDecidesOnAStructureAndARequestDateAsItsPolicyDoes() {
    assertThat(ARESO.decide(STRUCTURE, REQUEST_DAY)).isEqualTo(decisionOn(ARESO, STRUCTURE));
  }

  @Test
  void handleAllKeepsEveryEventOfEveryCommandInOrder() {
    // given
    Engagement requested = Engagement.start(ARESO,
        Commands.request("ENG-1", MANAGEMENT.at(T0), STRUCTURE)).get().state();
    Seq<EngagementCommand> commands = List.of(
        Commands.recordPreDiagnosis(F1.at(T0), PartyRole.MANAGEMENT,
            InterventionContext.PREVENTIVE, "accompaniment"),
        Commands.qualify(OPERATOR.at(T0), decisionOn(ARESO, STRUCTURE), REQUEST_DAY));
    // when
    var all = requested.handleAll(commands);
    // then: the same as one call per command
    var one = requested.handle(commands.get(0)).get();
    var two = one.state().handle(commands.get(1)).get();
    assertThat(all.get().state()).isEqualTo(two.state());
    assertThat(all.get().events()).isEqualTo(one.events().appendAll(two.events()));
    assertThat(all.get().events().map(EngagementEvent::version)).containsExactly(2L, 3L);
    assertThat(requested.handleAll(List.empty()).get().state()).isSameAs(requested);
    assertThat(requested.handleAll(List.empty()).get().events()).isEmpty();
  }

  @Test
  void handleAllRefusesAllWithTheFirstRejection() {
    // given
    Engagement requested = Engagement.start(ARESO,
        Commands.request("ENG-1", MANAGEMENT.at(T0), STRUCTURE)).get().state();
    // when: the consent comes before any framing
    var refused = requested.handleAll(List.of(
        Commands.recordPreDiagnosis(F1.at(T0), PartyRole.MANAGEMENT,
            InterventionContext.PREVENTIVE, "accompaniment"),
        Commands.giveConsent(STAFF.at(T0)),
        Commands.withdraw(MANAGEMENT.at(T0))));
    // then
    assertThat(refused.getLeft().kind()).isEqualTo(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
    assertThat(refused.getLeft()).isEqualTo(requested
        .handle(Commands.recordPreDiagnosis(F1.at(T0), PartyRole.MANAGEMENT,
            InterventionContext.PREVENTIVE, "accompaniment")).get().state()
        .handle(Commands.giveConsent(STAFF.at(T0))).getLeft());
    assertThat(requested.stage()).isEqualTo(EngagementStage.REQUESTED);
    assertThatNullPointerException().isThrownBy(() -> requested.handleAll(null));
  }
}
