package org.areso.json;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.areso.core.engagement.CallForApplications;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Stamp;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.areso.testkit.jqwik.AresoArbitraries;

/**
 * Commands of every type: those that carry an event's data are made from a generated event of the
 * matching type (so they share its texts, secrets and edge cases), the others from their own
 * generators.
 */
final class CommandArbitraries {

  private CommandArbitraries() { }

  /** A command of any type, its sensitive texts any text. */
  static Arbitrary<EngagementCommand> anyCommand() {
    return commands(EventArbitraries.anyText());
  }

  /** A command of any type, its sensitive texts made of the given secrets. */
  static Arbitrary<EngagementCommand> commands(Arbitrary<String> secrets) {
    Arbitrary<EngagementCommand> fromEvents = Combinators.combine(EventArbitraries.hostId(),
            Arbitraries.longs())
        .flatAs((id, v) -> EventArbitraries.event(EngagementId.of(id).get(), v, secrets))
        .filter(e -> !(e instanceof EngagementEvent.SelectionRecorded)
            && !(e instanceof EngagementEvent.SessionHeld))
        .map(CommandArbitraries::commandOf);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(19, fromEvents),
        net.jqwik.api.Tuple.of(1, recordSession()),
        net.jqwik.api.Tuple.of(1, recordSelection()));
  }

  static Arbitrary<EngagementCommand> recordSession() {
    return Combinators.combine(EventArbitraries.stamp(), AresoArbitraries.dates(),
            Arbitraries.of(SessionLength.class), Arbitraries.of(Session.Status.class),
            EventArbitraries.enumSet(PartyRole.class), Arbitraries.of(MeetingKind.class))
        .as((s, d, l, st, p, k) -> new EngagementCommand.RecordSession(s, new Session(d, l, st),
            p, k));
  }

  static Arbitrary<EngagementCommand> recordSelection() {
    return Combinators.combine(EventArbitraries.stamp(), application())
        .as(EngagementCommand.RecordSelection::new);
  }

  /** An application to any call, at any stage of its lifecycle. */
  static Arbitrary<CohortApplication> application() {
    return Combinators.combine(EventArbitraries.anyText(), EventArbitraries.anyText(),
            AresoArbitraries.dateWindows(), EventArbitraries.stamp(),
            Arbitraries.of(CohortApplication.Stage.class))
        .as((reference, call, open, stamp, stage) -> application(reference,
            new CallForApplications(call, open), stamp, stage));
  }

  static CohortApplication application(String reference, CallForApplications call, Stamp stamp,
      CohortApplication.Stage stage) {
    Stamp onLaunch = Stamp.of(stamp.actor(), call.launched().atTime(stamp.at().toLocalTime()));
    Stamp byAParty = Stamp.of(new Actor.Party(PartyRole.GOVERNANCE, PartyId.of("ca-1").get()),
        onLaunch.at());
    Stamp byTheOperator = Stamp.of(new Actor.Operator("uriopss"), onLaunch.at());
    CohortApplication applied = CohortApplication.start(call, new CohortApplication.Command.Apply(
        reference, byAParty, CohortApplication.TRIPARTITE)).get().state();
    return switch (stage) {
      case APPLIED -> applied;
      case SELECTED ->
          applied.handle(new CohortApplication.Command.Select(byTheOperator)).get().state();
      case NOT_SELECTED ->
          applied.handle(new CohortApplication.Command.Reject(byTheOperator)).get().state();
      case WITHDRAWN ->
          applied.handle(new CohortApplication.Command.Withdraw(byAParty)).get().state();
    };
  }

  /** The command whose data an event records, under the event's stamp. */
  static EngagementCommand commandOf(EngagementEvent event) {
    Stamp s = event.stamp();
    if (event instanceof EngagementEvent.EngagementRequested e) {
      return new EngagementCommand.RequestEngagement(e.engagement(), s, e.structure(),
          e.origin());
    } else if (event instanceof EngagementEvent.PreDiagnosisRecorded e) {
      return new EngagementCommand.RecordPreDiagnosis(s, e.preDiagnosis());
    } else if (event instanceof EngagementEvent.Qualified e) {
      return new EngagementCommand.Qualify(s, e.eligibilityRecord());
    } else if (event instanceof EngagementEvent.Declined e) {
      return new EngagementCommand.Decline(s, e.eligibilityRecord());
    } else if (event instanceof EngagementEvent.FramingProposed e) {
      return new EngagementCommand.ProposeFraming(s, e.framing());
    } else if (event instanceof EngagementEvent.ConsentGiven) {
      return new EngagementCommand.GiveConsent(s);
    } else if (event instanceof EngagementEvent.FramingConfirmed) {
      return new EngagementCommand.ConfirmFraming(s);
    } else if (event instanceof EngagementEvent.InterventionStarted e) {
      return new EngagementCommand.StartIntervention(s, e.planEnd());
    } else if (event instanceof EngagementEvent.ContributionRecorded e) {
      return new EngagementCommand.RecordContribution(s, e.contribution());
    } else if (event instanceof EngagementEvent.IntersessionWorkRecorded e) {
      return new EngagementCommand.RecordIntersessionWork(s, e.work());
    } else if (event instanceof EngagementEvent.ActionPlanAdopted e) {
      return new EngagementCommand.AdoptActionPlan(s, e.items());
    } else if (event instanceof EngagementEvent.FacilitatorsAssigned e) {
      return new EngagementCommand.AssignFacilitators(s, e.facilitators());
    } else if (event instanceof EngagementEvent.Disclosed e) {
      return new EngagementCommand.Disclose(s, e.disclosure());
    } else if (event instanceof EngagementEvent.Suspended) {
      return new EngagementCommand.Suspend(s);
    } else if (event instanceof EngagementEvent.Resumed) {
      return new EngagementCommand.Resume(s);
    } else if (event instanceof EngagementEvent.InterventionEnded) {
      return new EngagementCommand.EndIntervention(s);
    } else if (event instanceof EngagementEvent.FollowUpReviewed e) {
      return new EngagementCommand.RecordFollowUpReview(s, e.summary());
    } else if (event instanceof EngagementEvent.Closed e) {
      return new EngagementCommand.Close(s, e.assessment());
    } else if (event instanceof EngagementEvent.Withdrawn) {
      return new EngagementCommand.Withdraw(s);
    }
    throw new IllegalArgumentException("no command records " + event);
  }

  /** A secret: see {@link EventArbitraries#secret()}. */
  static Arbitrary<EngagementCommand> commandsWithSecrets() {
    return commands(EventArbitraries.secret());
  }
}
