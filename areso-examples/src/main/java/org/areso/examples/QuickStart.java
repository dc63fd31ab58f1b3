package org.areso.examples;

import static org.areso.core.engagement.Commands.adoptActionPlan;
import static org.areso.core.engagement.Commands.assignFacilitators;
import static org.areso.core.engagement.Commands.close;
import static org.areso.core.engagement.Commands.confirmFraming;
import static org.areso.core.engagement.Commands.endIntervention;
import static org.areso.core.engagement.Commands.giveConsent;
import static org.areso.core.engagement.Commands.proposeFraming;
import static org.areso.core.engagement.Commands.qualify;
import static org.areso.core.engagement.Commands.recordFollowUpReview;
import static org.areso.core.engagement.Commands.recordPreDiagnosis;
import static org.areso.core.engagement.Commands.recordSession;
import static org.areso.core.engagement.Commands.request;
import static org.areso.core.engagement.Commands.startIntervention;
import static org.areso.core.kernel.FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER;
import static org.areso.core.kernel.FacilitatorKind.INDEPENDENT_CONSULTANT;
import static org.areso.core.kernel.InterventionContext.PREVENTIVE;
import static org.areso.core.kernel.PartyRole.MANAGEMENT;
import static org.areso.core.kernel.Qualification.SOCIAL_RELATIONS_TRAINING;
import static org.areso.core.kernel.PartyRole.STAFF_REPRESENTATIVES;
import static org.areso.core.planning.SessionLength.WHOLE_DAY;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDateTime;
import org.areso.core.eligibility.Decision;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.Structure;
import org.areso.core.programme.Programme;
import org.areso.rules.programme.Programmes;

/**
 * The README's quick start: an integrator's flow from a structure read from text cells to a
 * closed engagement rebuilt from its stored events. The README's snippet is the body of {@link
 * #run()} between its markers, which {@code QuickStartTest} compares with the README and runs.
 */
public final class QuickStart {

  /** What the quick start ends with: the decision, the closed engagement and its replay. */
  record Outcome(Decision decision, Engagement closed, Seq<EngagementEvent> stored,
      Engagement replayed) { }

  private QuickStart() { }

  /** A refusal where the quick start expects none: the quick start itself would be wrong. */
  private static IllegalStateException refused(Object reasons) {
    return new IllegalStateException("the quick start was refused: " + reasons);
  }

  /**
   * Runs the quick start.
   *
   * @return what it ends with, never null
   * @throws IllegalStateException if a step is refused (the quick start would be wrong)
   */
  static Outcome run() {
    // quick-start:begin
    Structure chrs = Structure.builder().name("CHRS Les Tilleuls").casfItems("8")
        .fundingSources("P177").build().get();     // a Validation: every Reason if a cell is bad
    Programme programme = Programmes.aresoSocial2023();
    LocalDateTime t = LocalDateTime.of(2023, 9, 4, 9, 0);
    Decision decision = programme.decide(chrs, t.toLocalDate());  // explained, with its citations
    Actor director = Actor.party(MANAGEMENT, "director");
    Actor cse = Actor.party(STAFF_REPRESENTATIVES, "cse");
    Actor aract = Actor.operator("aract-grand-est");
    Facilitator claire = Facilitator.of("claire", ANACT_ARACT_PROJECT_OFFICER,
        SOCIAL_RELATIONS_TRAINING);                         // as the programme requires of both
    Facilitator karim = Facilitator.of("karim", INDEPENDENT_CONSULTANT, SOCIAL_RELATIONS_TRAINING);
    var both = programme.consentingParties();
    var started = Engagement.start(programme, request("E-1", director.at(t), chrs))
        .getOrElseThrow(why -> refused(why));                     // or the typed Rejection
    var closed = started.state().handleAll(List.of(
        recordPreDiagnosis(claire.at(t), MANAGEMENT, PREVENTIVE, "seminar"),
        qualify(aract.at(t), decision, t.toLocalDate()),
        assignFacilitators(aract.at(t), claire, karim),
        proposeFraming(claire.at(t), "trust", "workshops", "rules", "6 months", both),
        giveConsent(director.at(t)), giveConsent(cse.at(t)), confirmFraming(claire.at(t)),
        startIntervention(claire.at(t), t.toLocalDate().plusMonths(6)),
        recordSession(claire.at(t), t.toLocalDate(), WHOLE_DAY, both),
        adoptActionPlan(director.at(t), both, "A-1"), endIntervention(claire.at(t)),
        recordFollowUpReview(claire.at(t.plusMonths(6)), "dialogue lasting"),
        close(claire.at(t.plusMonths(6)), "dialogue restored")))
        .getOrElseThrow(why -> refused(why));
    Seq<EngagementEvent> stored = started.events().appendAll(closed.events());  // to store
    Engagement replayed = Engagement.replay(programme, stored, closed.state().version())
        .getOrElseThrow(why -> refused(why));
    // quick-start:end
    return new Outcome(decision, closed.state(), stored, replayed);
  }
}
