package org.areso.examples;

import static org.areso.core.ethics.Participation.VOLUNTARY;
import static org.areso.core.kernel.PartyRole.MANAGEMENT;
import static org.areso.core.kernel.PartyRole.STAFF_REPRESENTATIVES;
import static org.areso.core.planning.SessionLength.WHOLE_DAY;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.LocalDateTime;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Facts;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.AdoptActionPlan;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.ConfirmFraming;
import org.areso.core.engagement.EngagementCommand.EndIntervention;
import org.areso.core.engagement.EngagementCommand.GiveConsent;
import org.areso.core.engagement.EngagementCommand.ProposeFraming;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementCommand.RecordFollowUpReview;
import org.areso.core.engagement.EngagementCommand.RecordPreDiagnosis;
import org.areso.core.engagement.EngagementCommand.RecordSession;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementCommand.StartIntervention;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.Framing;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Origin;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Stamp;
import org.areso.core.planning.Session;
import org.areso.core.programme.FormatId;
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
    Decision decision = programme.policy().evaluate(Facts.of(chrs).requestDate(t.toLocalDate()));
    Actor director = new Actor.Party(MANAGEMENT, PartyId.of("director").get());
    Actor cse = new Actor.Party(STAFF_REPRESENTATIVES, PartyId.of("cse").get());
    Actor aract = new Actor.Operator("aract-grand-est");
    Facilitator claire = Facilitator.of(FacilitatorId.of("claire").get(),
        FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER);
    Facilitator karim = Facilitator.of(FacilitatorId.of("karim").get(),
        FacilitatorKind.INDEPENDENT_CONSULTANT);
    Actor facilitator = new Actor.Facilitator(claire.id());
    Set<PartyRole> both = programme.consentingParties();
    var started = Engagement.start(programme, new RequestEngagement(EngagementId.of("E-1").get(),
        Stamp.of(director, t), chrs, Origin.parties(MANAGEMENT)));
    Engagement engagement = started.getOrElseThrow(why -> refused(why)).state();
    Seq<EngagementEvent> stored = started.get().events();          // the host stores these
    for (EngagementCommand command : List.of(
        new RecordPreDiagnosis(Stamp.of(facilitator, t), new PreDiagnosis(MANAGEMENT,
            InterventionContext.PREVENTIVE, HashSet.empty(), FormatId.of("seminar").get())),
        new Qualify(Stamp.of(aract, t), EligibilityRecord.of(decision, t.toLocalDate())),
        new AssignFacilitators(Stamp.of(aract, t), Facilitators.pair(claire, karim).get()),
        new ProposeFraming(Stamp.of(facilitator, t), new Framing("trust", "workshops", "rules",
            "6 months", LinkedHashMap.of(MANAGEMENT, VOLUNTARY, STAFF_REPRESENTATIVES, VOLUNTARY))),
        new GiveConsent(Stamp.of(director, t)), new GiveConsent(Stamp.of(cse, t)),
        new ConfirmFraming(Stamp.of(facilitator, t)),
        new StartIntervention(Stamp.of(facilitator, t), t.toLocalDate().plusMonths(6)),
        new RecordSession(Stamp.of(facilitator, t), Session.planned(t.toLocalDate(), WHOLE_DAY)
            .withStatus(Session.Status.HELD), both, MeetingKind.SESSION),
        new AdoptActionPlan(Stamp.of(director, t),
            List.of(new ActionPlanItem("A-1", director, director, both))),
        new EndIntervention(Stamp.of(facilitator, t)),
        new RecordFollowUpReview(Stamp.of(facilitator, t.plusMonths(6)), "dialogue lasting"),
        new Close(Stamp.of(facilitator, t.plusMonths(6)), new Assessment("dialogue restored")))) {
      var accepted = engagement.handle(command).getOrElseThrow(why -> refused(why));
      engagement = accepted.state();                              // the state to work with
      stored = stored.appendAll(accepted.events());               // and the events to store
    }
    Engagement replayed = Engagement.replay(programme, stored, engagement.version())
        .getOrElseThrow(why -> refused(why));
    // quick-start:end
    return new Outcome(decision, engagement, stored, replayed);
  }
}
