package org.areso.json;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementEvent.ActionPlanAdopted;
import org.areso.core.engagement.EngagementEvent.Closed;
import org.areso.core.engagement.EngagementEvent.ConsentGiven;
import org.areso.core.engagement.EngagementEvent.ContributionRecorded;
import org.areso.core.engagement.EngagementEvent.Declined;
import org.areso.core.engagement.EngagementEvent.Disclosed;
import org.areso.core.engagement.EngagementEvent.EngagementRequested;
import org.areso.core.engagement.EngagementEvent.FacilitatorsAssigned;
import org.areso.core.engagement.EngagementEvent.FollowUpReviewed;
import org.areso.core.engagement.EngagementEvent.FramingConfirmed;
import org.areso.core.engagement.EngagementEvent.FramingProposed;
import org.areso.core.engagement.EngagementEvent.InterventionEnded;
import org.areso.core.engagement.EngagementEvent.InterventionStarted;
import org.areso.core.engagement.EngagementEvent.IntersessionWorkRecorded;
import org.areso.core.engagement.EngagementEvent.PreDiagnosisRecorded;
import org.areso.core.engagement.EngagementEvent.Qualified;
import org.areso.core.engagement.EngagementEvent.Resumed;
import org.areso.core.engagement.EngagementEvent.SelectionRecorded;
import org.areso.core.engagement.EngagementEvent.SessionHeld;
import org.areso.core.engagement.EngagementEvent.Suspended;
import org.areso.core.engagement.EngagementEvent.Withdrawn;
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
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.DateWindow;
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
import org.areso.core.kernel.Stamp;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Tie;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.FormatId;

/**
 * One event of each type, every optional value present, so that its JSON holds every field its
 * type can hold: the samples the golden files were written from.
 */
final class EventFixtures {

  private EventFixtures() { }

  static final EngagementId ID = EngagementId.of("ENG-2024-001").get();
  static final LocalDateTime T0 = LocalDateTime.of(2024, 1, 8, 9, 0, 30, 123_000_000);
  static final LocalDate DAY = T0.toLocalDate();

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

  static final Structure SWISS = Structure.builder().name("Fondation Genève").country("CH")
      .canton("GE").uid("CHE-109.322.551").fundingSources("CANTON").build().get();

  static final Actor MANAGEMENT =
      new Actor.Party(PartyRole.MANAGEMENT, PartyId.of("dir-1").get());
  static final Actor FACILITATOR = new Actor.Facilitator(FacilitatorId.of("F-1").get());
  static final Actor OPERATOR = new Actor.Operator("back-office");

  private static Stamp at(Actor actor, int day) {
    return Stamp.of(actor, T0.plusDays(day));
  }

  static Facilitator facilitator(String id) {
    return new Facilitator(FacilitatorId.of(id).get(), FacilitatorKind.INDEPENDENT_CONSULTANT,
        List.of(new Tie(Tie.Kind.values()[0], Option.some(PartyId.of("dir-1").get()),
            Option.some(DateWindow.of(DAY.minusYears(2), DAY.minusYears(1)).get()))),
        LinkedHashSet.of(Qualification.values()[0]));
  }

  /** One event of every type, each with every optional value present, in declaration order. */
  static Seq<EngagementEvent> samples() {
    EngagementId id = ID;
    return List.of(
        new EngagementRequested(id, 1, at(OPERATOR, 0), "areso-social-2023", RICH_STRUCTURE,
            Origin.referral(ThirdParty.values()[0], PartyRole.MANAGEMENT,
                PartyRole.STAFF_REPRESENTATIVES)),
        new PreDiagnosisRecorded(id, 2, at(FACILITATOR, 1),
            new PreDiagnosis(PartyRole.MANAGEMENT, InterventionContext.CURATIVE,
                LinkedHashSet.of(SignOfTension.CLANS, SignOfTension.OPEN_CONFLICT),
                FormatId.of("seminar-2").get())),
        new Qualified(id, 3, at(OPERATOR, 2), new EligibilityRecord("areso-social-2023",
            Verdict.ELIGIBLE, List.of("CASF_ITEM"), List.of("headcount"), DAY)),
        new Declined(id, 3, at(OPERATOR, 2), new EligibilityRecord("areso-social-2023",
            Verdict.NOT_ELIGIBLE, List.of("HEADCOUNT_TOO_HIGH"), List.empty(), DAY)),
        new SelectionRecorded(id, 4, at(OPERATOR, 3), new Selection("APP-7", "CALL-2024")),
        new FramingProposed(id, 5, at(FACILITATOR, 4), new Framing("objectives", "methodology",
            "rules", "planning", LinkedHashMap.of(PartyRole.MANAGEMENT,
                Participation.values()[0]))),
        new ConsentGiven(id, 6, at(MANAGEMENT, 5), PartyRole.MANAGEMENT),
        new FramingConfirmed(id, 7, at(FACILITATOR, 6)),
        new InterventionStarted(id, 8, at(FACILITATOR, 7), DAY.plusMonths(6)),
        new SessionHeld(id, 9, at(FACILITATOR, 8), DAY.plusDays(8), SessionLength.values()[0],
            LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES),
            MeetingKind.values()[0]),
        new ContributionRecorded(id, 10, at(FACILITATOR, 9), new Contribution(
            FacilitatorId.of("F-1").get(), DAY.plusDays(9), Aspect.values()[0],
            Sensitive.of("a note"))),
        new IntersessionWorkRecorded(id, 11, at(FACILITATOR, 10), new IntersessionWork(
            PartyRole.MANAGEMENT, DAY.plusDays(10), Sensitive.of("what was done"))),
        new FacilitatorsAssigned(id, 12, at(OPERATOR, 11),
            Facilitators.pair(facilitator("F-1"), facilitator("F-2")).get()),
        new Disclosed(id, 13, at(FACILITATOR, 12), new Disclosure(DAY.plusDays(12),
            new InformationItem("label", Sensitivity.values()[0], Sensitive.of("content")),
            Recipient.values()[0])),
        new ActionPlanAdopted(id, 14, at(MANAGEMENT, 13), List.of(new ActionPlanItem("A-1",
            MANAGEMENT, FACILITATOR, LinkedHashSet.of(PartyRole.MANAGEMENT)))),
        new Suspended(id, 15, at(OPERATOR, 14)),
        new Resumed(id, 16, at(OPERATOR, 15)),
        new InterventionEnded(id, 17, at(FACILITATOR, 16)),
        new FollowUpReviewed(id, 18, at(FACILITATOR, 17), "summary"),
        new Closed(id, 19, at(OPERATOR, 18), new Assessment("assessment",
            LinkedHashSet.of("outcome"))),
        new Withdrawn(id, 20, at(MANAGEMENT, 19)));
  }
}
