package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.ConfirmFraming;
import org.areso.core.engagement.EngagementCommand.EndIntervention;
import org.areso.core.engagement.EngagementCommand.ProposeFraming;
import org.areso.core.engagement.EngagementCommand.StartIntervention;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementReason;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Assessment;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyRole;
import org.areso.core.lifecycle.PathStep;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Unmet;
import org.junit.jupiter.api.Test;

/** A command refused in a stage names the way to where it would apply, and who must act. */
class RejectionPathTest {

  private static Engagement replayed(Seq<EngagementEvent> history) {
    return replayStored(ARESO, history).get();
  }

  @Test
  void aStartAskedWhileAConsentIsPendingNamesTheMissingConsentAndTheConfirmationToCome() {
    // given: the framing proposed, management's consent given, the staff representatives' not
    Engagement awaiting = replayed(historyTo(EngagementStage.AWAITING_CONSENT).dropRight(1));
    // when
    var refused = awaiting.handle(new StartIntervention(at(FACILITATOR, 6),
        T0.toLocalDate().plusMonths(6)));
    // then
    Rejection.NotApplicable rejection = (Rejection.NotApplicable) refused.getLeft();
    assertThat(rejection.path()).containsExactly(new PathStep(EngagementStage.AWAITING_CONSENT,
        ConfirmFraming.class, List.of(new Unmet("everyConsentGiven",
            new EngagementReason.ConsentMissing(PartyRole.STAFF_REPRESENTATIVES),
            Option.of(PartyRole.STAFF_REPRESENTATIVES)))));
    // the sentence names the party that must act, so it is not named a second time
    assertThat(rejection.message(Language.EN)).endsWith(" To get there: confirm the framing"
        + " (The consent of party 'staff representatives' is missing).");
    assertThat(rejection.message(Language.FR)).startsWith("La commande « démarrer"
        + " l'intervention » n'est pas possible à l'étape « accords attendus »").endsWith(
        " Pour y arriver : confirmer le cadrage (L'accord de la partie « représentants du"
            + " personnel » manque).");
    assertThat(rejection.message(java.util.Locale.GERMAN)).startsWith("Der Befehl"
        + " «Intervention beginnen» ist in der Phase «Zustimmungen ausstehend» nicht möglich")
        .endsWith(" Dorthin führt: Rahmen bestätigen (Die Zustimmung der Partei"
            + " «Personalvertretung» fehlt).");
    assertThat(rejection.message(java.util.Locale.ITALIAN)).startsWith("Il comando «avviare"
        + " l'intervento» non è possibile nella fase «");
  }

  @Test
  void theWayThroughSeveralStagesListsEachCommandInOrder() {
    // given
    Engagement qualified = engagementIn(EngagementStage.QUALIFIED);
    // when
    var refused = qualified.handle(new Close(at(FACILITATOR, 9), new Assessment("early")));
    // then: nothing pending in the qualified stage itself, then the commands that lead to closing
    Rejection.NotApplicable rejection = (Rejection.NotApplicable) refused.getLeft();
    assertThat(rejection.path().map(PathStep::command)).containsExactly(ProposeFraming.class,
        ConfirmFraming.class, StartIntervention.class, EndIntervention.class);
    assertThat(rejection.path().map(PathStep::stage)).containsExactly(EngagementStage.QUALIFIED,
        EngagementStage.AWAITING_CONSENT, EngagementStage.FRAMED, EngagementStage.IN_PROGRESS);
    assertThat(rejection.path().flatMap(PathStep::pending)).isEmpty();
  }

  @Test
  void aCommandNoStageAheadAcceptsHasNoWay() {
    // given
    Engagement closed = engagementIn(EngagementStage.CLOSED);
    // when
    var refused = closed.handle(new StartIntervention(at(FACILITATOR, 200),
        T0.toLocalDate().plusMonths(9)));
    // then
    Rejection.NotApplicable rejection = (Rejection.NotApplicable) refused.getLeft();
    assertThat(rejection.path()).isEmpty();
    assertThat(rejection.stage()).isEqualTo(Option.some(EngagementStage.CLOSED));
    assertThat(rejection.command()).isEqualTo(StartIntervention.class);
    assertThat(rejection.accepted()).isEmpty();
    assertThat(rejection.message(Language.EN)).isEqualTo("Command 'start the intervention' is"
        + " not applicable in stage 'closed', which accepts no command.");
    assertThat(rejection.message(Language.FR)).isEqualTo("La commande « démarrer"
        + " l'intervention » n'est pas possible à l'étape « clôturé », qui n'en accepte"
        + " aucune.");
  }
}
