package org.areso.testkit.lifecycle;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.engagement.Workflow;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.CallForApplications;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Framing;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.engagement.SignOfTension;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.Charter;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Origin;
import org.areso.core.ethics.Participation;
import org.areso.core.ethics.Principle;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Text;
import org.areso.core.kernel.Actor;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.lifecycle.Lifecycle;
import org.areso.core.kernel.Stamp;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;

/** Programmes, actors and histories for engagement tests. */
final class EngagementFixtures {

  private EngagementFixtures() { }

  /** A programme built in the tests, with the workflow it declares. */
  record TestProgramme(
      String id, Set<FormatId> formats, Workflow workflow,
      Option<DateWindow> window, Charter charter) implements Programme {

    @Override
    public Text name() {
      return Text.of(id, id);
    }

    @Override
    public Policy policy() {
      return policyOf(this);
    }
  }

  static final LegalReference CHARTER_TEXT = LegalReference.builder().code("Charte de test")
      .article("principes").verified(false).build().get();

  /** Every principle, anonymity towards supervising authorities. */
  static final Charter CHARTER = charter("test");

  static Charter charter(String programme) {
    Charter.Builder b = Charter.builder(programme, CHARTER_TEXT)
        .anonymityTowardsSupervisingAuthorities(true);
    for (Principle p : Principle.values()) {
      b.article(p, Text.of(p.label().fr(), p.label().en()));
    }
    return b.build().get();
  }

  static final FormatId ACCOMPANIMENT = FormatId.of("accompaniment").get();
  static final FormatId SEMINAR = FormatId.of("seminar").get();

  /** Tripartite and without a pre-diagnosis, like {@code aura-dialogue-qvt}'s. */
  static final Workflow TRIPARTITE_WORKFLOW = Workflow.builder("tripartite")
      .preDiagnosisRequired(false)
      .consentOf(LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES,
          PartyRole.GOVERNANCE))
      .build().get();

  /** Like {@code aura-dialogue-qvt}'s: tripartite, no pre-diagnosis, a call's selection first. */
  static final Workflow SELECTING_WORKFLOW = Workflow.builder("selecting")
      .preDiagnosisRequired(false)
      .selectionRequired(true)
      .consentOf(LinkedHashSet.of(PartyRole.GOVERNANCE, PartyRole.MANAGEMENT,
          PartyRole.STAFF_REPRESENTATIVES))
      .build().get();

  /** Like {@code areso}: pre-diagnosis, management and staff representatives. */
  static final Programme ARESO = new TestProgramme(
      "areso", LinkedHashSet.of(ACCOMPANIMENT), Workflow.standard(), Option.none(), CHARTER);
  /** Like {@code aura-dialogue-qvt}: tripartite, no pre-diagnosis. */
  static final Programme TRIPARTITE = new TestProgramme(
      "aura-dialogue-qvt", LinkedHashSet.of(ACCOMPANIMENT, SEMINAR), TRIPARTITE_WORKFLOW,
      Option.none(), CHARTER);
  /** Like {@code aura-dialogue-qvt}: its requests are qualified once a call selected them. */
  static final Programme SELECTING = new TestProgramme(
      "aura-dialogue-qvt", LinkedHashSet.of(ACCOMPANIMENT, SEMINAR), SELECTING_WORKFLOW,
      Option.none(), CHARTER);
  /** With a window, like {@code areso-social-2023}. */
  static final Programme WINDOWED = new TestProgramme(
      "areso-social-2023", LinkedHashSet.of(ACCOMPANIMENT, SEMINAR), Workflow.standard(),
      Option.of(DateWindow.of(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 4, 30)).get()),
      CHARTER);

  /** The structure that asks: a CHRS, a social establishment (CASF L.312-1, 8°). */
  static final Structure STRUCTURE =
      Structure.builder().name("Foyer Les Tilleuls").casfItems("8").build().get();
  /** Known to fall under no CASF L.312-1 item. */
  static final Structure NOT_SOCIAL =
      Structure.builder().name("Atelier Nord").casfItems(List.empty()).build().get();
  /** Its CASF L.312-1 items are unknown. */
  static final Structure ITEMS_UNKNOWN = Structure.builder().name("Maison Sud").build().get();
  static final LocalDate REQUEST_DAY = LocalDate.of(2024, 1, 8);

  static final LegalReference CASF = LegalReference.builder().code("CASF").article("L.312-1")
      .verified(true).build().get();

  /** A programme's policy: social establishments only. */
  static Policy policyOf(Programme programme) {
    return Policy.of(programme.id(), Text.of("établissements sociaux", "social establishments"),
        List.of(Rule.condition("isSocialEstablishment", Text.of("L.312-1", "L.312-1"),
            Fact.CASF_ITEMS, items -> !items.isEmpty()).citing(CASF))).get();
  }

  /** The decision of a programme's policy on a structure's request. */
  static Decision decisionOn(Programme programme, Structure structure) {
    return policyOf(programme).evaluate(Facts.of(structure).requestDate(REQUEST_DAY));
  }

  /** The record of that decision. */
  static EligibilityRecord recordOf(Programme programme, Structure structure) {
    return EligibilityRecord.of(decisionOn(programme, structure), REQUEST_DAY);
  }

  static final EligibilityRecord ELIGIBLE = recordOf(ARESO, STRUCTURE);
  static final EligibilityRecord NOT_ELIGIBLE = recordOf(ARESO, NOT_SOCIAL);
  static final EligibilityRecord UNDETERMINED = recordOf(ARESO, ITEMS_UNKNOWN);
  static final EligibilityRecord ELIGIBLE_TRIPARTITE = recordOf(TRIPARTITE, STRUCTURE);

  static final EngagementId ID = EngagementId.of("ENG-1").get();
  static final EngagementId OTHER_ID = EngagementId.of("ENG-2").get();
  static final LocalDateTime T0 = LocalDateTime.of(2024, 1, 8, 9, 0);

  /** A call for applications open on the first days of the fixtures (day 0 is T0). */
  static final CallForApplications CALL = new CallForApplications("AURA-2024",
      DateWindow.of(LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 31)).get());
  /** The next year's call. */
  static final CallForApplications NEXT_CALL = new CallForApplications("AURA-2025",
      DateWindow.of(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 31)).get());

  static final Actor MANAGEMENT = party(PartyRole.MANAGEMENT);
  static final Actor STAFF = party(PartyRole.STAFF_REPRESENTATIVES);
  static final Actor GOVERNANCE = party(PartyRole.GOVERNANCE);
  static final Actor SUPERVISORS = party(PartyRole.SUPERVISORS);
  static final Actor FACILITATOR = new Actor.Facilitator(FacilitatorId.of("F-1").get());
  static final Actor OPERATOR = new Actor.Operator("aract-idf");

  static final PreDiagnosis PRE_DIAGNOSIS = new PreDiagnosis(PartyRole.MANAGEMENT,
      InterventionContext.PREVENTIVE, HashSet.of(SignOfTension.RUMOURS), ACCOMPANIMENT);
  static final Framing FRAMING = new Framing("restore trust", "joint workshops",
      "confidentiality", "10 days over 6 months", LinkedHashMap.of(
          PartyRole.MANAGEMENT, Participation.VOLUNTARY,
          PartyRole.STAFF_REPRESENTATIVES, Participation.VOLUNTARY));

  /** The parties asked themselves. */
  static final Origin ORIGIN = Origin.parties(PartyRole.MANAGEMENT);

  static final Facilitator F1 = Facilitator.of(FacilitatorId.of("F-1").get(),
      FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER);
  static final Facilitator F2 = Facilitator.of(FacilitatorId.of("F-2").get(),
      FacilitatorKind.INDEPENDENT_CONSULTANT);
  static final Facilitators PAIR = Facilitators.pair(F1, F2).get();

  static final Set<PartyRole> BOTH =
      LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);

  /** An action plan of {@code n} items owned, decided and validated by the parties. */
  static Seq<ActionPlanItem> plan(int n) {
    return List.range(1, n + 1).map(i -> new ActionPlanItem("A-" + i, MANAGEMENT, MANAGEMENT,
        BOTH));
  }

  /** A whole-day session planned on a day. */
  static Session planned(LocalDate day) {
    return Session.planned(day, SessionLength.WHOLE_DAY);
  }

  /**
   * Application {@code C-1} to {@link #CALL}, made on day 0 by the three parties, in a stage:
   * applied, or decided on day 30 (withdrawn by its governance).
   */
  static CohortApplication application(CohortApplication.Stage stage) {
    CohortApplication applied = CohortApplication.start(CALL, new CohortApplication.Command.Apply(
        "C-1", at(MANAGEMENT, 0), CohortApplication.TRIPARTITE)).get().state();
    CohortApplication.Command decision = switch (stage) {
      case APPLIED -> null;
      case SELECTED -> new CohortApplication.Command.Select(at(OPERATOR, 30));
      case NOT_SELECTED -> new CohortApplication.Command.Reject(at(OPERATOR, 30));
      case WITHDRAWN -> new CohortApplication.Command.Withdraw(at(GOVERNANCE, 30));
    };
    return decision == null ? applied : applied.handle(decision).get().state();
  }

  static Actor party(PartyRole role) {
    return new Actor.Party(role, PartyId.of(role.name().toLowerCase()).get());
  }

  static Stamp at(Actor actor, int day) {
    return Stamp.of(actor, T0.plusDays(day));
  }

  static Lifecycle<EngagementStage, EngagementId, Programme, Engagement, EngagementCommand,
      EngagementEvent> lifecycle() {
    return Workflow.standard().lifecycle();
  }

  /** The history of an engagement of {@link #ARESO} up to a stage, each event a day apart. */
  static Seq<EngagementEvent> historyTo(EngagementStage stage) {
    return historyTo(ID, stage);
  }

  /** The history of an engagement of {@link #ARESO} with this identifier up to a stage. */
  static Seq<EngagementEvent> historyTo(EngagementId id, EngagementStage stage) {
    final EngagementId ID = id;
    Seq<EngagementEvent> h = List.of(new EngagementEvent.EngagementRequested(
        ID, 1, at(MANAGEMENT, 0), "areso", STRUCTURE, ORIGIN));
    if (stage == EngagementStage.REQUESTED) {
      return h;
    }
    if (stage == EngagementStage.DECLINED) {
      return h.append(new EngagementEvent.Declined(ID, 2, at(OPERATOR, 1), NOT_ELIGIBLE));
    }
    if (stage == EngagementStage.WITHDRAWN) {
      return h.append(new EngagementEvent.Withdrawn(ID, 2, at(STAFF, 1)));
    }
    h = h.append(new EngagementEvent.PreDiagnosisRecorded(ID, 2, at(FACILITATOR, 1),
        PRE_DIAGNOSIS));
    if (stage == EngagementStage.PRE_DIAGNOSED) {
      return h;
    }
    h = h.append(new EngagementEvent.Qualified(ID, 3, at(OPERATOR, 2), ELIGIBLE));
    if (stage == EngagementStage.QUALIFIED) {
      return h;
    }
    h = h.append(new EngagementEvent.FramingProposed(ID, 4, at(FACILITATOR, 3), FRAMING))
        .append(new EngagementEvent.ConsentGiven(ID, 5, at(MANAGEMENT, 4), PartyRole.MANAGEMENT))
        .append(new EngagementEvent.ConsentGiven(ID, 6, at(STAFF, 5),
            PartyRole.STAFF_REPRESENTATIVES));
    if (stage == EngagementStage.AWAITING_CONSENT) {
      return h;
    }
    h = h.append(new EngagementEvent.FramingConfirmed(ID, 7, at(FACILITATOR, 6)))
        .append(new EngagementEvent.FacilitatorsAssigned(ID, 8, at(OPERATOR, 6), PAIR));
    if (stage == EngagementStage.FRAMED) {
      return h;
    }
    h = h.append(new EngagementEvent.InterventionStarted(ID, 9, at(FACILITATOR, 7),
        T0.toLocalDate().plusMonths(6)))
        .append(new EngagementEvent.SessionHeld(ID, 10, at(FACILITATOR, 8),
            T0.toLocalDate().plusDays(8), SessionLength.WHOLE_DAY, BOTH, MeetingKind.SESSION))
        .append(new EngagementEvent.ActionPlanAdopted(ID, 11, at(MANAGEMENT, 9), plan(3)));
    if (stage == EngagementStage.IN_PROGRESS) {
      return h;
    }
    if (stage == EngagementStage.SUSPENDED) {
      return h.append(new EngagementEvent.Suspended(ID, 12, at(MANAGEMENT, 10)));
    }
    h = h.append(new EngagementEvent.InterventionEnded(ID, 12, at(FACILITATOR, 10)))
        .append(new EngagementEvent.FollowUpReviewed(ID, 13, at(FACILITATOR, 190), "lasting"));
    if (stage == EngagementStage.FOLLOW_UP) {
      return h;
    }
    return h.append(new EngagementEvent.Closed(ID, 14, at(FACILITATOR, 191),
        new Assessment("dialogue restored")));
  }

  /** The same history as {@link #historyTo(EngagementStage)}, requested under a programme. */
  static Seq<EngagementEvent> historyUnder(Programme programme, EngagementStage stage) {
    return historyTo(stage).update(0, new EngagementEvent.EngagementRequested(
        ID, 1, at(MANAGEMENT, 0), programme.id(), STRUCTURE, ORIGIN));
  }

  /**
   * Replays a stored history as a host does, expecting it to end at the version the host recorded:
   * its number of events.
   */
  static Either<HistoryError, Engagement> replayStored(Programme programme,
      Seq<? extends EngagementEvent> history) {
    return Engagement.replay(programme, history, history.size());
  }

  /** The engagement of {@link #ARESO} in a stage. */
  static Engagement engagementIn(EngagementStage stage) {
    return replayStored(ARESO, historyTo(stage)).get();
  }
}
