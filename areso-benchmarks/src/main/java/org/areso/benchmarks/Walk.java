package org.areso.benchmarks;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.areso.core.eligibility.Facts;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.AdoptActionPlan;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.ConfirmFraming;
import org.areso.core.engagement.EngagementCommand.Disclose;
import org.areso.core.engagement.EngagementCommand.EndIntervention;
import org.areso.core.engagement.EngagementCommand.GiveConsent;
import org.areso.core.engagement.EngagementCommand.ProposeFraming;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementCommand.RecordContribution;
import org.areso.core.engagement.EngagementCommand.RecordFollowUpReview;
import org.areso.core.engagement.EngagementCommand.RecordPreDiagnosis;
import org.areso.core.engagement.EngagementCommand.RecordSession;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementCommand.StartIntervention;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.Framing;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.engagement.SignOfTension;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.InformationItem;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Origin;
import org.areso.core.ethics.Participation;
import org.areso.core.ethics.Recipient;
import org.areso.core.ethics.Sensitivity;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Qualification;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Stamp;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;
import org.areso.rules.eligibility.AresoSocial2023Policy;
import org.areso.rules.programme.Programmes;

/**
 * One engagement of {@code areso-social-2023} walked from its request to its closure with Areso:
 * the catalogue's programme, the stored request a host
 * restores each case from, and the fifteen commands that follow. Immutable and thread-safe.
 */
public final class Walk {

  static final FormatId ACCOMPANIMENT = FormatId.of("accompaniment").get();
  /** The programme every case runs under: the catalogue's, with its five principles. */
  public static final Programme PROGRAMME = Programmes.aresoSocial2023();

  static final LocalDateTime T0 = LocalDateTime.of(2024, 1, 8, 9, 0);
  static final LocalDate ON = T0.toLocalDate().plusDays(8);
  static final EngagementId ID = EngagementId.of("ENG-1").get();
  static final Structure STRUCTURE = Structure.builder().name("CHRS Les Tilleuls")
      .casfItems("8").fundingSources("P177|ARS").build().get();
  static final EligibilityRecord ELIGIBLE = EligibilityRecord.of(AresoSocial2023Policy.policy()
      .evaluate(Facts.of(STRUCTURE).requestDate(T0.toLocalDate())), T0.toLocalDate());

  static final Actor MANAGEMENT = party(PartyRole.MANAGEMENT);
  static final Actor STAFF = party(PartyRole.STAFF_REPRESENTATIVES);
  static final Actor FACILITATOR = new Actor.Facilitator(FacilitatorId.of("F-1").get());
  static final Actor OPERATOR = new Actor.Operator("aract-idf");
  // areso-social-2023's facilitators are trained in social relations (seed 001)
  static final Facilitator F1 = Facilitator.of(FacilitatorId.of("F-1").get(),
      FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER)
      .withQualification(Qualification.SOCIAL_RELATIONS_TRAINING);
  static final Facilitator F2 = Facilitator.of(FacilitatorId.of("F-2").get(),
      FacilitatorKind.INDEPENDENT_CONSULTANT)
      .withQualification(Qualification.SOCIAL_RELATIONS_TRAINING);
  static final Facilitators PAIR = Facilitators.pair(F1, F2).get();
  static final Set<PartyRole> BOTH =
      LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);
  static final PreDiagnosis PRE_DIAGNOSIS = new PreDiagnosis(PartyRole.MANAGEMENT,
      InterventionContext.PREVENTIVE, HashSet.of(SignOfTension.RUMOURS), ACCOMPANIMENT);
  static final Framing FRAMING = new Framing("restore trust", "joint workshops",
      "confidentiality", "10 days over 6 months", LinkedHashMap.of(
          PartyRole.MANAGEMENT, Participation.VOLUNTARY,
          PartyRole.STAFF_REPRESENTATIVES, Participation.VOLUNTARY));
  static final Seq<ActionPlanItem> PLAN = List.of(
      new ActionPlanItem("A-1", MANAGEMENT, MANAGEMENT, BOTH),
      new ActionPlanItem("A-2", MANAGEMENT, MANAGEMENT, BOTH));

  /** The stored request: what a host reads back to restore a case. */
  public static final Seq<EngagementEvent> STORED_REQUEST = Engagement.start(PROGRAMME,
      new RequestEngagement(ID, at(MANAGEMENT, 0), STRUCTURE,
          Origin.parties(PartyRole.MANAGEMENT))).get().events();

  /** The fifteen commands from the request to the closure. */
  public static final java.util.List<EngagementCommand> COMMANDS = java.util.List.of(
      new RecordPreDiagnosis(at(FACILITATOR, 1), PRE_DIAGNOSIS),
      new Qualify(at(OPERATOR, 2), ELIGIBLE),
      new AssignFacilitators(at(OPERATOR, 2), PAIR),
      new ProposeFraming(at(FACILITATOR, 3), FRAMING),
      new GiveConsent(at(MANAGEMENT, 4)),
      new GiveConsent(at(STAFF, 5)),
      new ConfirmFraming(at(FACILITATOR, 6)),
      new StartIntervention(at(FACILITATOR, 7), ON.plusMonths(6)),
      new RecordSession(at(FACILITATOR, 8), Session.planned(ON, SessionLength.WHOLE_DAY), BOTH,
          MeetingKind.SESSION),
      new RecordContribution(at(FACILITATOR, 8),
          new Contribution(F1.id(), ON, Aspect.PROCESS, Sensitive.of("agenda"))),
      new AdoptActionPlan(at(MANAGEMENT, 9), PLAN),
      new Disclose(at(FACILITATOR, 9), new Disclosure(ON, new InformationItem("minutes",
          Sensitivity.PARTIES, Sensitive.of("what was agreed")), Recipient.PARTY)),
      new EndIntervention(at(FACILITATOR, 10)),
      new RecordFollowUpReview(at(FACILITATOR, 190), "lasting"),
      new Close(at(FACILITATOR, 191), new Assessment("dialogue restored")));

  private Walk() { }

  static Actor party(PartyRole role) {
    return new Actor.Party(role, PartyId.of(role.name().toLowerCase()).get());
  }

  static Stamp at(Actor actor, int day) {
    return Stamp.of(actor, T0.plusDays(day));
  }

  /**
   * Restores the case from its stored request and walks it to its closure, as a host does.
   *
   * @return the closed engagement, never null
   * @throws IllegalStateException if a command is refused (the walk is wrong)
   */
  public static Engagement walk() {
    Engagement e = Engagement.replay(PROGRAMME, STORED_REQUEST, 1)
        .getOrElseThrow(error -> new IllegalStateException(error.toString()));
    for (EngagementCommand command : COMMANDS) {
      var outcome = e.handle(command);
      if (outcome.isLeft()) {
        throw new IllegalStateException(command + ": " + outcome.getLeft());
      }
      e = outcome.get().state();
    }
    return e;
  }

  /**
   * The stored history of an engagement of {@code events} events: the walk to the action plan,
   * sessions and contributions alternating, then the end, the follow-up review and the closure;
   * every event emitted by Areso from a command.
   *
   * @param events how many events, at least 20
   * @return the history, oldest first, never null
   */
  public static Seq<EngagementEvent> history(int events) {
    java.util.List<EngagementEvent> stored = new java.util.ArrayList<>(STORED_REQUEST.toJavaList());
    Engagement e = Engagement.replay(PROGRAMME, STORED_REQUEST, 1).get();
    int prefix = 11;  // up to and including the action plan
    int suffix = 3;   // end, follow-up review, close
    for (int i = 0; i < prefix; i++) {
      e = handle(e, COMMANDS.get(i), stored);
    }
    int day = 11;
    for (int n = 0; stored.size() < events - suffix; n++) {
      day = 11 + n / 10;
      e = handle(e, n % 2 == 0
          ? new RecordSession(at(FACILITATOR, day),
              Session.planned(ON.plusDays(n / 10), SessionLength.HALF_DAY), BOTH,
              MeetingKind.SESSION)
          : new RecordContribution(at(FACILITATOR, day),
              new Contribution(F2.id(), ON, Aspect.DYNAMICS, Sensitive.of("note " + n))),
          stored);
    }
    // no disclosure in the long history; the end after its last session, each step in its time
    e = handle(e, new EndIntervention(at(FACILITATOR, day)), stored);
    e = handle(e, new RecordFollowUpReview(at(FACILITATOR, day + 180), "lasting"), stored);
    handle(e, new Close(at(FACILITATOR, day + 181), new Assessment("dialogue restored")),
        stored);
    return List.ofAll(stored);
  }

  private static Engagement handle(Engagement e, EngagementCommand command,
      java.util.List<EngagementEvent> stored) {
    var outcome = e.handle(command);
    if (outcome.isLeft()) {
      throw new IllegalStateException(command + ": " + outcome.getLeft());
    }
    stored.addAll(outcome.get().events().toJavaList());
    return outcome.get().state();
  }
}
