package org.areso.examples.hr;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.Framing;
import org.areso.core.engagement.IntersessionWork;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.engagement.Selection;
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
import org.areso.core.ethics.ThirdParty;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Tie;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Stamp;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.FormatId;

/** Events of every type, with values that are hard to store, and fresh databases. */
final class HrFixtures {

  private HrFixtures() { }

  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** A fresh in-memory database, kept while the test JVM runs. */
  static String freshDatabase() {
    return "jdbc:h2:mem:hr-test-" + DATABASES.incrementAndGet()
        + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
  }

  static final EngagementId ID = EngagementId.of("ENG-\"1\"\\é").get();
  static final LocalDateTime T0 = LocalDateTime.of(2024, 1, 8, 9, 0, 30, 123_456_789);
  static final LocalDate DAY = T0.toLocalDate();

  /** Text with quotes, backslashes, a line break, a tab, a control character, é and an emoji. */
  static final String HOSTILE = "he said \"no\" \\ then\nleft\t\u0001 — é 😀 {\"x\":[1]}";

  static final Structure RICH_STRUCTURE = Structure.builder()
      .name("CHRS \"Les Tilleuls\" — é")
      .siret("732 829 320 00074")
      .finess("750712184")
      .country("FR").departement("75")
      .legalForm("ASSOCIATION")
      .headcount(42)
      .finessCategory("214")
      .casfItems("8|5a")
      .fundingSources("P177|ARS")
      .staffRepresentation(true)
      .build().get();
  static final Structure EMPTY_ITEMS =
      Structure.builder().name("Atelier").casfItems(List.empty()).build().get();
  static final Structure SWISS = Structure.builder().name("Fondation Genève").country("CH")
      .canton("GE").uid("CHE-109.322.551").fundingSources("CANTON").build().get();

  static final Actor MANAGEMENT =
      new Actor.Party(PartyRole.MANAGEMENT, PartyId.of("dir-1").get());
  static final Actor FACILITATOR = new Actor.Facilitator(FacilitatorId.of("F-1").get());
  static final Actor OPERATOR = new Actor.Operator(HOSTILE);

  static Stamp at(Actor actor, int day) {
    return Stamp.of(actor, T0.plusDays(day));
  }

  static final Facilitator F1 = Facilitator.of(FacilitatorId.of("F-1").get(),
          FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER)
      .withTie(Tie.withStructure(Tie.Kind.PAID_WORK,
          Option.some(DateWindow.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 30)).get())))
      .withTie(Tie.withParty(Tie.Kind.FAMILY, PartyId.of("dir-1").get(), Option.none()));
  static final Facilitator F2 = Facilitator.of(FacilitatorId.of("F-2").get(),
      FacilitatorKind.INDEPENDENT_CONSULTANT);

  /** One event of each of the 19 types, the rich values spread among them. */
  static Seq<EngagementEvent> everyType() {
    EngagementId id = ID;
    return List.of(
        new EngagementEvent.EngagementRequested(id, 1, at(MANAGEMENT, 0), "areso-social-2023",
            RICH_STRUCTURE, Origin.referral(ThirdParty.FUNDER, PartyRole.MANAGEMENT,
                PartyRole.STAFF_REPRESENTATIVES)),
        new EngagementEvent.EngagementRequested(id, 1, at(MANAGEMENT, 0), HOSTILE,
            EMPTY_ITEMS, Origin.parties(PartyRole.GOVERNANCE)),
        new EngagementEvent.EngagementRequested(id, 1, at(OPERATOR, 0), "ch", SWISS,
            new Origin(LinkedHashSet.empty(), Option.none())),
        new EngagementEvent.PreDiagnosisRecorded(id, 2, at(FACILITATOR, 1),
            new PreDiagnosis(PartyRole.SUPERVISORS, InterventionContext.CURATIVE,
                LinkedHashSet.of(SignOfTension.CLANS, SignOfTension.OPEN_CONFLICT),
                FormatId.of("seminar-2").get())),
        new EngagementEvent.Qualified(id, 3, at(OPERATOR, 2), new EligibilityRecord(
            "areso-social-2023", Verdict.ELIGIBLE, List.of("CASF_ITEM", HOSTILE), List.empty(),
            DAY)),
        new EngagementEvent.Declined(id, 3, at(OPERATOR, 2), new EligibilityRecord(
            "p", Verdict.UNDETERMINED, List.empty(), List.of("CASF_ITEMS", "HEADCOUNT"), DAY)),
        new EngagementEvent.FramingProposed(id, 4, at(FACILITATOR, 3), new Framing(HOSTILE,
            "joint workshops", "", "10 days", LinkedHashMap.of(
                PartyRole.MANAGEMENT, Participation.VOLUNTARY,
                PartyRole.STAFF_REPRESENTATIVES, Participation.OBLIGED))),
        new EngagementEvent.ConsentGiven(id, 5, at(MANAGEMENT, 4), PartyRole.MANAGEMENT),
        new EngagementEvent.FramingConfirmed(id, 6, at(FACILITATOR, 5)),
        new EngagementEvent.InterventionStarted(id, 7, at(FACILITATOR, 6), DAY.plusMonths(6)),
        new EngagementEvent.SessionHeld(id, 8, at(FACILITATOR, 7), DAY.plusDays(7),
            SessionLength.WHOLE_DAY,
            LinkedHashSet.of(PartyRole.STAFF_REPRESENTATIVES, PartyRole.MANAGEMENT),
            MeetingKind.INTERVIEW),
        new EngagementEvent.ContributionRecorded(id, 9, at(FACILITATOR, 8), new Contribution(
            F1.id(), DAY.plusDays(8), Aspect.OPINION_ON_CONTENT, Sensitive.of(HOSTILE))),
        new EngagementEvent.FacilitatorsAssigned(id, 10, at(OPERATOR, 8),
            Facilitators.pair(F1, F2).get()),
        new EngagementEvent.Disclosed(id, 11, at(FACILITATOR, 9), new Disclosure(DAY,
            new InformationItem("minutes", Sensitivity.CONFIDENTIAL, Sensitive.of(HOSTILE)),
            Recipient.SUPERVISING_AUTHORITY)),
        new EngagementEvent.ActionPlanAdopted(id, 12, at(MANAGEMENT, 10), List.of(
            new ActionPlanItem("A-1", MANAGEMENT, OPERATOR,
                LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES)),
            new ActionPlanItem(HOSTILE, FACILITATOR, MANAGEMENT, LinkedHashSet.empty()))),
        new EngagementEvent.ActionPlanAdopted(id, 12, at(MANAGEMENT, 10), List.empty()),
        new EngagementEvent.Suspended(id, 13, at(MANAGEMENT, 11)),
        new EngagementEvent.Resumed(id, 14, at(MANAGEMENT, 12)),
        new EngagementEvent.InterventionEnded(id, 15, at(FACILITATOR, 13)),
        new EngagementEvent.FollowUpReviewed(id, 16, at(FACILITATOR, 190), HOSTILE),
        new EngagementEvent.Closed(id, 17, at(FACILITATOR, 191), new Assessment("restored")),
        new EngagementEvent.Withdrawn(id, Long.MAX_VALUE, at(MANAGEMENT, -3650)),
        new EngagementEvent.SelectionRecorded(id, 2, at(OPERATOR, 1),
            new Selection(HOSTILE, "AURA-2024")),
        new EngagementEvent.IntersessionWorkRecorded(id, 9, at(FACILITATOR, 8),
            new IntersessionWork(PartyRole.GOVERNANCE, DAY.plusDays(7), Sensitive.of(HOSTILE))));
  }
}
