package org.areso.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.util.Locale;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.EndIntervention;
import org.areso.core.engagement.EngagementReason;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Reason;
import org.junit.jupiter.api.Test;

/**
 * A rejection's unmet preconditions as people read them: a reason unmet for several parties once,
 * with each party (none where the reason's message names it), and the pending items of a step
 * of the way apart from each other.
 */
class RejectionMessageTest {

  private static final Unmet NO_PLAN_MANAGEMENT = new Unmet("actionPlanAdopted",
      new EngagementReason.ActionPlanMissing(), Option.some(PartyRole.MANAGEMENT));
  private static final Unmet NO_PLAN_SUPERVISORS = new Unmet("actionPlanAdopted",
      new EngagementReason.ActionPlanMissing(), Option.some(PartyRole.SUPERVISORS));
  private static final Unmet NO_CONSENT = new Unmet("everyConsentGiven",
      new EngagementReason.ConsentMissing(PartyRole.STAFF_REPRESENTATIVES),
      Option.some(PartyRole.STAFF_REPRESENTATIVES));

  @Test
  void aReasonUnmetForSeveralPartiesIsWrittenOnceWithEachParty() {
    // given
    Rejection unmet = new Rejection.PreconditionsUnmet(Option.some(EngagementStage.IN_PROGRESS),
        EndIntervention.class, List.of(NO_PLAN_MANAGEMENT, NO_PLAN_SUPERVISORS, NO_CONSENT));

    // when
    String english = unmet.message(Language.EN);
    String german = unmet.message(Locale.GERMAN);

    // then
    assertThat(english).endsWith(": No action plan was adopted. (management, supervisors)"
        + " The consent of party 'staff representatives' is missing.");  // names its party
    assertThat(german).contains("Es wurde kein Massnahmenplan verabschiedet. (Geschäftsleitung,"
        + " Kader) Die Zustimmung");
  }

  @Test
  void aPartyIsLeftOutOnlyWhereTheReasonQuotesItNotWhereItsLabelAppearsInAWord() {
    // given a host's reason whose sentence holds "management" and "supervisors" as parts of words
    Reason training = new Reason() {
      @Override
      public String code() {
        return "TRAINING_MISSING";
      }

      @Override
      public String message(Language language) {
        return "Training in change management for supervisorship is missing.";
      }
    };
    Rejection unmet = new Rejection.PreconditionsUnmet(Option.some(EngagementStage.IN_PROGRESS),
        EndIntervention.class, List.of(new Unmet("trained", training,
            Option.some(PartyRole.MANAGEMENT)), new Unmet("trained", training,
            Option.some(PartyRole.SUPERVISORS))));

    // then both parties are named after it
    assertThat(unmet.message(Language.EN)).endsWith(
        "Training in change management for supervisorship is missing. (management, supervisors)");
  }

  @Test
  void thePendingItemsOfAStepAreKeptApart() {
    // given
    Rejection notHere = new Rejection.NotApplicable(Option.some(EngagementStage.IN_PROGRESS),
        Close.class, List.of(EndIntervention.class), List.of(new PathStep(
            EngagementStage.IN_PROGRESS, EndIntervention.class,
            List.of(NO_PLAN_MANAGEMENT, NO_PLAN_SUPERVISORS, NO_CONSENT))));

    // when
    String english = notHere.message(Language.EN);

    // then
    assertThat(english).startsWith("Command 'close with the assessment' is not applicable in"
        + " stage 'in progress' (accepted: end the intervention).");
    assertThat(english).endsWith("To get there: end the intervention (No action plan was adopted"
        + " — management, supervisors; The consent of party 'staff representatives' is"
        + " missing).");
  }
}
