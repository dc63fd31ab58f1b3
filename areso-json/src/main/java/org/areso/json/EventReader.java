package org.areso.json;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.control.Option;
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
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.Country;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Departement;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.Finess;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Qualification;
import org.areso.core.kernel.Region;
import org.areso.core.kernel.Siren;
import org.areso.core.kernel.Siret;
import org.areso.core.kernel.Stamp;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;
import org.areso.core.kernel.SwissUid;
import org.areso.core.kernel.Tie;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.FormatId;

/** Reads an event from a document in the current schema version; the inverse of EventWriter. */
final class EventReader {

  private EventReader() { }

  static EngagementEvent read(String type, Field r) {
    EngagementId id = r.valid("engagement", EngagementId::of);
    long v = r.longValue("version");
    Stamp s = stamp(r.object("stamp"));
    return switch (type) {
      case "EngagementRequested" -> new EngagementRequested(id, v, s, r.text("programme"),
          structure(r.object("structure")), origin(r.object("origin")));
      case "PreDiagnosisRecorded" ->
          new PreDiagnosisRecorded(id, v, s, preDiagnosis(r.object("preDiagnosis")));
      case "Qualified" -> new Qualified(id, v, s, eligibility(r.object("eligibilityRecord")));
      case "Declined" -> new Declined(id, v, s, eligibility(r.object("eligibilityRecord")));
      case "SelectionRecorded" -> {
        Field sel = r.object("selection");
        yield new SelectionRecorded(id, v, s,
            new Selection(sel.text("application"), sel.text("call")));
      }
      case "FramingProposed" -> new FramingProposed(id, v, s, framing(r.object("framing")));
      case "ConsentGiven" -> new ConsentGiven(id, v, s, r.constant("party", PartyRole.class));
      case "FramingConfirmed" -> new FramingConfirmed(id, v, s);
      case "InterventionStarted" -> new InterventionStarted(id, v, s, r.date("planEnd"));
      case "SessionHeld" -> new SessionHeld(id, v, s, r.date("on"),
          r.constant("length", SessionLength.class), r.constants("present", PartyRole.class),
          r.constant("kind", MeetingKind.class));
      case "ContributionRecorded" ->
          new ContributionRecorded(id, v, s, contribution(r.object("contribution")));
      case "IntersessionWorkRecorded" ->
          new IntersessionWorkRecorded(id, v, s, work(r.object("work")));
      case "FacilitatorsAssigned" -> new FacilitatorsAssigned(id, v, s, facilitators(r));
      case "Disclosed" -> new Disclosed(id, v, s, disclosure(r.object("disclosure")));
      case "ActionPlanAdopted" -> new ActionPlanAdopted(id, v, s, items(r));
      case "Suspended" -> new Suspended(id, v, s);
      case "Resumed" -> new Resumed(id, v, s);
      case "InterventionEnded" -> new InterventionEnded(id, v, s);
      case "FollowUpReviewed" -> new FollowUpReviewed(id, v, s, r.text("summary"));
      case "Closed" -> new Closed(id, v, s, assessment(r.object("assessment")));
      case "Withdrawn" -> new Withdrawn(id, v, s);
      default -> throw new Unreadable(new JsonError.UnknownType(type));
    };
  }

  static PreDiagnosis preDiagnosis(Field p) {
    return new PreDiagnosis(p.constant("origin", PartyRole.class),
        p.constant("context", InterventionContext.class),
        p.constants("signs", SignOfTension.class), p.valid("proposedFormat", FormatId::of));
  }

  static Framing framing(Field f) {
    LinkedHashMap<PartyRole, Participation> participation = f.textsByKey("participation")
        .map((role, p) -> io.vavr.Tuple.of(
            f.constant(role, PartyRole.class, "participation"),
            f.constant(p, Participation.class, "participation")));
    return new Framing(f.text("objectives"), f.text("methodology"), f.text("rules"),
        f.text("planning"), participation);
  }

  static Contribution contribution(Field c) {
    return new Contribution(c.valid("by", FacilitatorId::of), c.date("on"),
        c.constant("aspect", Aspect.class), c.sensitive("note"));
  }

  static IntersessionWork work(Field w) {
    return new IntersessionWork(w.constant("party", PartyRole.class), w.date("on"),
        w.sensitive("what"));
  }

  /** The facilitators under the key {@code facilitators} of an object. */
  static Facilitators facilitators(Field r) {
    return r.valid("facilitators",
        Facilitators.of(r.objects("facilitators").map(EventReader::facilitator)));
  }

  static Disclosure disclosure(Field d) {
    Field item = d.object("item");
    return new Disclosure(d.date("on"), new InformationItem(item.text("label"),
        item.constant("sensitivity", Sensitivity.class), item.sensitive("content")),
        d.constant("recipient", Recipient.class));
  }

  /** The action plan's items under the key {@code items} of an object. */
  static io.vavr.collection.Seq<ActionPlanItem> items(Field r) {
    return r.objects("items").map(i -> new ActionPlanItem(i.text("reference"),
        actor(i.object("owner")), actor(i.object("decidedBy")),
        i.constants("validatedBy", PartyRole.class)));
  }

  static Assessment assessment(Field a) {
    return new Assessment(a.text("summary"), LinkedHashSet.ofAll(a.texts("outcomes")));
  }

  static Stamp stamp(Field r) {
    return Stamp.of(actor(r.object("actor")), r.dateTime("at"));
  }

  static Actor actor(Field r) {
    return switch (r.text("kind")) {
      case "party" -> new Actor.Party(r.constant("role", PartyRole.class),
          r.valid("id", PartyId::of));
      case "facilitator" -> new Actor.Facilitator(r.valid("id", FacilitatorId::of));
      case "operator" -> new Actor.Operator(r.text("reference"));
      default -> throw new Unreadable(new JsonError.FieldInvalid(
          r.pathOf("kind"), io.vavr.collection.List.empty()));
    };
  }

  /**
   * A structure: each field left out, or null, is unknown, as a host's mapper that drops nulls
   * writes it; a canton is read as the builder reads it, by its code or its name.
   */
  static Structure structure(Field r) {
    StructureBuilder b = Structure.builder();
    if (!r.isLeftOut("name")) {
      b.name(r.text("name"));
    }
    if (!r.isLeftOut("siren")) {
      b.siren(r.valid("siren", Siren::parse));
    }
    if (!r.isLeftOut("siret")) {
      b.siret(r.valid("siret", Siret::parse));
    }
    if (!r.isLeftOut("finess")) {
      b.finess(r.valid("finess", Finess::parse));
    }
    if (!r.isLeftOut("uid")) {
      b.uid(r.valid("uid", SwissUid::parse));
    }
    if (!r.isLeftOut("legalForm")) {
      b.legalForm(r.constant("legalForm", LegalForm.class));
    }
    if (!r.isLeftOut("country")) {
      b.country(r.constant("country", Country.class));
    }
    if (!r.isLeftOut("departement")) {
      b.departement(r.valid("departement", Departement::parse));
    }
    if (!r.isLeftOut("region")) {
      b.region(r.constant("region", Region.class));
    }
    if (!r.isLeftOut("canton")) {
      b.canton(r.valid("canton", Canton::parse));
    }
    if (!r.isLeftOut("headcount")) {
      b.headcount(r.intValue("headcount"));
    }
    if (!r.isLeftOut("finessCategory")) {
      b.finessCategory(r.valid("finessCategory", FinessCategory::parse));
    }
    if (!r.isLeftOut("casfItems")) {
      b.casfItems(r.texts("casfItems").map(i -> r.valid("casfItems", CasfItem.parse(i))));
    }
    if (!r.isLeftOut("fundingSources")) {
      b.fundingSources(r.texts("fundingSources")
          .map(i -> r.valid("fundingSources", FundingSource.parse(i))));
    }
    if (!r.isLeftOut("staffRepresentation")) {
      b.staffRepresentation(r.booleanValue("staffRepresentation"));
    }
    return r.valid("structure", b.build());
  }

  static Origin origin(Field r) {
    Option<ThirdParty> referredBy = r.isLeftOut("referredBy") ? Option.none()
        : Option.some(r.constant("referredBy", ThirdParty.class));
    return new Origin(r.constants("requestedBy", PartyRole.class), referredBy);
  }

  static EligibilityRecord eligibility(Field r) {
    return new EligibilityRecord(r.text("policy"), r.constant("verdict", Verdict.class),
        r.texts("reasonCodes"), r.texts("missingFacts"), r.date("requestDate"));
  }

  private static Facilitator facilitator(Field r) {
    return new Facilitator(r.valid("id", FacilitatorId::of),
        r.constant("kind", FacilitatorKind.class), r.objects("ties").map(EventReader::tie),
        r.constants("qualifications", Qualification.class));
  }

  private static Tie tie(Field r) {
    Option<PartyId> party = r.isNull("party") ? Option.none()
        : Option.some(r.valid("party", PartyId::of));
    Option<DateWindow> period = Option.none();
    if (!r.isNull("period")) {
      Field p = r.object("period");
      period = Option.some(r.valid("period", DateWindow.of(p.date("start"), p.date("end"))));
    }
    return new Tie(r.constant("kind", Tie.Kind.class), party, period);
  }
}
