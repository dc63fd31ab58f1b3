package org.areso.examples.hr;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Map;
import java.util.function.Function;
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
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Qualification;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;
import org.areso.core.kernel.Tie;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Stamp;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.FormatId;
import org.areso.examples.hr.Tree.Arr;
import org.areso.examples.hr.Tree.Obj;
import org.areso.examples.hr.Tree.Str;
import org.areso.examples.hr.Tree.Unreadable;

/**
 * Turns every {@link EngagementEvent} into the text a host stores and back, exactly:
 * {@code decode(encode(e))} equals {@code e}. The text is a small JSON document of strings, arrays
 * and objects, written and read here by hand, with its type and schema version inside.
 *
 * <p>Sensitive values ({@link Sensitive}: contributions' notes, disclosed contents, what was done
 * between sessions) are written
 * revealed, because the host's database is where they belong; the codec never logs, and a decoding
 * failure names the broken field, never its value. Stateless, immutable and thread-safe.
 */
public final class EventCodec {

  private EventCodec() { }

  /**
   * The name stored in the {@code type} column: the event record's simple name, such as
   * {@code ConsentGiven}.
   *
   * @param event the event, not null
   * @return the type's name, never null
   * @throws NullPointerException if event is null
   */
  public static String type(EngagementEvent event) {
    return requireNonNull(event, "event").getClass().getSimpleName();
  }

  /**
   * Writes an event.
   *
   * @param event the event, not null
   * @return the payload, never null
   * @throws NullPointerException if event is null
   */
  public static String encode(EngagementEvent event) {
    requireNonNull(event, "event");
    Fields f = new Fields()
        .put("type", type(event))
        .put("schema", Integer.toString(event.schemaVersion()))
        .put("engagement", event.engagement().value())
        .put("version", Long.toString(event.version()))
        .put("stamp", stamp(event.stamp()));
    if (event instanceof EngagementRequested e) {
      f.put("programme", e.programme()).put("structure", structure(e.structure()))
          .put("origin", origin(e.origin()));
    } else if (event instanceof PreDiagnosisRecorded e) {
      PreDiagnosis p = e.preDiagnosis();
      f.put("preDiagnosis", new Fields().put("origin", p.origin().name())
          .put("context", p.context().name())
          .put("signs", names(p.signs()))
          .put("proposedFormat", p.proposedFormat().value()).tree());
    } else if (event instanceof SelectionRecorded e) {
      f.put("selection", new Fields().put("application", e.selection().application())
          .put("call", e.selection().call()).tree());
    } else if (event instanceof Qualified e) {
      f.put("eligibilityRecord", eligibility(e.eligibilityRecord()));
    } else if (event instanceof Declined e) {
      f.put("eligibilityRecord", eligibility(e.eligibilityRecord()));
    } else if (event instanceof FramingProposed e) {
      Framing fr = e.framing();
      Fields participation = new Fields();
      fr.participation().forEach((role, p) -> participation.put(role.name(), p.name()));
      f.put("framing", new Fields().put("objectives", fr.objectives())
          .put("methodology", fr.methodology()).put("rules", fr.rules())
          .put("planning", fr.planning()).put("participation", participation.tree()).tree());
    } else if (event instanceof ConsentGiven e) {
      f.put("party", e.party().name());
    } else if (event instanceof InterventionStarted e) {
      f.put("planEnd", e.planEnd().toString());
    } else if (event instanceof SessionHeld e) {
      f.put("on", e.on().toString()).put("length", e.length().name())
          .put("present", names(e.present())).put("kind", e.kind().name());
    } else if (event instanceof ContributionRecorded e) {
      Contribution c = e.contribution();
      f.put("contribution", new Fields().put("by", c.by().value()).put("on", c.on().toString())
          .put("aspect", c.aspect().name()).put("note", c.note().reveal()).tree());
    } else if (event instanceof IntersessionWorkRecorded e) {
      IntersessionWork w = e.work();
      f.put("work", new Fields().put("party", w.party().name()).put("on", w.on().toString())
          .put("what", w.what().reveal()).tree());
    } else if (event instanceof FacilitatorsAssigned e) {
      f.put("pair", new Arr(e.facilitators().members().map(EventCodec::facilitator)
          .toJavaList()));
    } else if (event instanceof Disclosed e) {
      Disclosure d = e.disclosure();
      InformationItem item = d.item();
      f.put("disclosure", new Fields().put("on", d.on().toString())
          .put("item", new Fields().put("label", item.label())
              .put("sensitivity", item.sensitivity().name())
              .put("content", item.content().reveal()).tree())
          .put("recipient", d.recipient().name()).tree());
    } else if (event instanceof ActionPlanAdopted e) {
      f.put("items", array(e.items(), d -> new Fields().put("reference", d.reference())
          .put("owner", actor(d.owner())).put("decidedBy", actor(d.decidedBy()))
          .put("validatedBy", names(d.validatedBy())).tree()));
    } else if (event instanceof FollowUpReviewed e) {
      f.put("summary", e.summary());
    } else if (event instanceof Closed e) {
      f.put("assessment", e.assessment().summary());
      f.put("outcomes", array(e.assessment().outcomes(), Str::new));
    }
    // FramingConfirmed, Suspended, Resumed, InterventionEnded and Withdrawn hold nothing more.
    return Tree.write(f.tree());
  }

  /**
   * Reads an event back.
   *
   * @param payload a payload written by {@link #encode(EngagementEvent)}, not null
   * @return the event, or a stable code saying what is unreadable (a field's name, a reason's
   *     code, never a value)
   * @throws NullPointerException if payload is null
   */
  public static Either<String, EngagementEvent> decode(String payload) {
    requireNonNull(payload, "payload");
    try {
      return Either.right(event(new Read(Tree.read(payload), "")));
    } catch (Unreadable unreadable) {
      return Either.left(unreadable.detail);
    } catch (RuntimeException invalid) {
      // A value a constructor refuses (a null where none is allowed) in a tampered payload.
      return Either.left("INVALID_VALUE");
    }
  }

  private static EngagementEvent event(Read r) {
    String type = r.str("type");
    if (!"1".equals(r.str("schema"))) {
      throw new Unreadable("UNKNOWN_SCHEMA_VERSION");
    }
    EngagementId id = r.valid("engagement", EngagementId.of(r.str("engagement")));
    long v = r.longValue("version");
    Stamp s = stamp(r.obj("stamp"));
    return switch (type) {
      case "EngagementRequested" -> new EngagementRequested(id, v, s, r.str("programme"),
          structure(r.obj("structure")), origin(r.obj("origin")));
      case "PreDiagnosisRecorded" -> {
        Read p = r.obj("preDiagnosis");
        yield new PreDiagnosisRecorded(id, v, s, new PreDiagnosis(
            p.enumOf("origin", PartyRole.class), p.enumOf("context", InterventionContext.class),
            p.enumSet("signs", SignOfTension.class),
            p.valid("proposedFormat", FormatId.of(p.str("proposedFormat")))));
      }
      case "SelectionRecorded" -> {
        Read sel = r.obj("selection");
        yield new SelectionRecorded(id, v, s,
            new Selection(sel.str("application"), sel.str("call")));
      }
      case "Qualified" -> new Qualified(id, v, s, eligibility(r.obj("eligibilityRecord")));
      case "Declined" -> new Declined(id, v, s, eligibility(r.obj("eligibilityRecord")));
      case "FramingProposed" -> {
        Read fr = r.obj("framing");
        Read part = fr.obj("participation");
        LinkedHashMap<PartyRole, Participation> participation = LinkedHashMap.empty();
        for (String role : part.keys()) {
          participation = participation.put(Read.enumValue(role, PartyRole.class, "participation"),
              part.enumOf(role, Participation.class));
        }
        yield new FramingProposed(id, v, s, new Framing(fr.str("objectives"),
            fr.str("methodology"), fr.str("rules"), fr.str("planning"), participation));
      }
      case "ConsentGiven" -> new ConsentGiven(id, v, s, r.enumOf("party", PartyRole.class));
      case "FramingConfirmed" -> new FramingConfirmed(id, v, s);
      case "InterventionStarted" -> new InterventionStarted(id, v, s, r.date("planEnd"));
      case "SessionHeld" -> new SessionHeld(id, v, s, r.date("on"),
          r.enumOf("length", SessionLength.class), r.enumSet("present", PartyRole.class),
          r.enumOf("kind", MeetingKind.class));
      case "ContributionRecorded" -> {
        Read c = r.obj("contribution");
        yield new ContributionRecorded(id, v, s, new Contribution(
            c.valid("by", FacilitatorId.of(c.str("by"))), c.date("on"),
            c.enumOf("aspect", Aspect.class), Sensitive.of(c.str("note"))));
      }
      case "IntersessionWorkRecorded" -> {
        Read w = r.obj("work");
        yield new IntersessionWorkRecorded(id, v, s, new IntersessionWork(
            w.enumOf("party", PartyRole.class), w.date("on"), Sensitive.of(w.str("what"))));
      }
      case "FacilitatorsAssigned" -> {
        Seq<Read> pair = r.objects("pair");
        yield new FacilitatorsAssigned(id, v, s, r.valid("pair",
            Facilitators.of(pair.map(EventCodec::facilitator))));
      }
      case "Disclosed" -> {
        Read d = r.obj("disclosure");
        Read item = d.obj("item");
        yield new Disclosed(id, v, s, new Disclosure(d.date("on"), new InformationItem(
            item.str("label"), item.enumOf("sensitivity", Sensitivity.class),
            Sensitive.of(item.str("content"))), d.enumOf("recipient", Recipient.class)));
      }
      case "ActionPlanAdopted" -> new ActionPlanAdopted(id, v, s, r.objects("items")
          .map(d -> new ActionPlanItem(d.str("reference"), actor(d.obj("owner")),
              actor(d.obj("decidedBy")), d.enumSet("validatedBy", PartyRole.class))));
      case "Suspended" -> new Suspended(id, v, s);
      case "Resumed" -> new Resumed(id, v, s);
      case "InterventionEnded" -> new InterventionEnded(id, v, s);
      case "FollowUpReviewed" -> new FollowUpReviewed(id, v, s, r.str("summary"));
      case "Closed" -> new Closed(id, v, s, new Assessment(r.str("assessment"),
          r.has("outcomes") ? r.strings("outcomes").toLinkedSet() : LinkedHashSet.empty()));
      case "Withdrawn" -> new Withdrawn(id, v, s);
      default -> throw new Unreadable("UNKNOWN_TYPE");
    };
  }

  // ---- writing the parts

  private static Tree stamp(Stamp stamp) {
    return new Fields().put("actor", actor(stamp.actor())).put("at", stamp.at().toString()).tree();
  }

  private static Tree actor(Actor actor) {
    if (actor instanceof Actor.Party p) {
      return new Fields().put("kind", "party").put("role", p.role().name())
          .put("id", p.id().value()).tree();
    }
    if (actor instanceof Actor.Facilitator f) {
      return new Fields().put("kind", "facilitator").put("id", f.id().value()).tree();
    }
    return new Fields().put("kind", "operator")
        .put("reference", ((Actor.Operator) actor).reference()).tree();
  }

  private static Tree structure(Structure s) {
    Fields f = new Fields();
    s.name().forEach(x -> f.put("name", x));
    s.siren().forEach(x -> f.put("siren", x.value()));
    s.siret().forEach(x -> f.put("siret", x.value()));
    s.finess().forEach(x -> f.put("finess", x.value()));
    s.uid().forEach(x -> f.put("uid", x.value()));
    s.legalForm().forEach(x -> f.put("legalForm", x.name()));
    s.country().forEach(x -> f.put("country", x.name()));
    s.departement().forEach(x -> f.put("departement", x.code()));
    s.region().forEach(x -> f.put("region", x.name()));
    s.canton().forEach(x -> f.put("canton", x.name()));
    s.headcount().forEach(x -> f.put("headcount", Integer.toString(x)));
    s.finessCategory().forEach(x -> f.put("finessCategory", x.code()));
    s.casfItems().forEach(x -> f.put("casfItems", array(x, i -> new Str(i.number()))));
    s.fundingSources().forEach(x -> f.put("fundingSources", array(x, i -> new Str(i.code()))));
    s.hasStaffRepresentation().forEach(x -> f.put("staffRepresentation", x ? "yes" : "no"));
    return f.tree();
  }

  private static Tree origin(Origin origin) {
    Fields f = new Fields().put("requestedBy", names(origin.requestedBy()));
    origin.referredBy().forEach(t -> f.put("referredBy", t.name()));
    return f.tree();
  }

  private static Tree eligibility(EligibilityRecord r) {
    return new Fields().put("policy", r.policy()).put("verdict", r.verdict().name())
        .put("reasonCodes", array(r.reasonCodes(), Str::new))
        .put("missingFacts", array(r.missingFacts(), Str::new))
        .put("requestDate", r.requestDate().toString()).tree();
  }

  private static Tree facilitator(Facilitator f) {
    return new Fields().put("id", f.id().value()).put("kind", f.kind().name())
        .put("ties", array(f.ties(), t -> {
          Fields tie = new Fields().put("kind", t.kind().name());
          t.party().forEach(p -> tie.put("party", p.value()));
          t.period().forEach(w -> tie.put("from", w.start().toString())
              .put("to", w.end().toString()));
          return tie.tree();
        })).put("qualifications", array(f.qualifications(), q -> new Str(q.name()))).tree();
  }

  private static <T> Tree array(Iterable<T> items, Function<T, Tree> item) {
    java.util.List<Tree> trees = new ArrayList<>();
    items.forEach(i -> trees.add(item.apply(i)));
    return new Arr(trees);
  }

  private static Tree names(Iterable<? extends Enum<?>> items) {
    return array(items, i -> new Str(i.name()));
  }

  // ---- reading the parts

  private static Stamp stamp(Read r) {
    return Stamp.of(actor(r.obj("actor")), r.dateTime("at"));
  }

  private static Actor actor(Read r) {
    return switch (r.str("kind")) {
      case "party" -> new Actor.Party(r.enumOf("role", PartyRole.class),
          r.valid("id", PartyId.of(r.str("id"))));
      case "facilitator" -> new Actor.Facilitator(r.valid("id", FacilitatorId.of(r.str("id"))));
      case "operator" -> new Actor.Operator(r.str("reference"));
      default -> throw new Unreadable("MALFORMED_FIELD:" + r.path + "kind");
    };
  }

  private static Structure structure(Read r) {
    StructureBuilder b = Structure.builder();
    r.opt("name").forEach(b::name);
    r.opt("siren").forEach(b::siren);
    r.opt("siret").forEach(b::siret);
    r.opt("finess").forEach(b::finess);
    r.opt("uid").forEach(b::uid);
    r.opt("legalForm").forEach(b::legalForm);
    r.opt("country").forEach(b::country);
    r.opt("departement").forEach(b::departement);
    r.opt("region").forEach(b::region);
    r.opt("canton").forEach(b::canton);
    r.opt("headcount").forEach(b::headcount);
    r.opt("finessCategory").forEach(b::finessCategory);
    if (r.has("casfItems")) {
      b.casfItems(r.strings("casfItems").map(i -> r.valid("casfItems", CasfItem.parse(i))));
    }
    if (r.has("fundingSources")) {
      b.fundingSources(r.strings("fundingSources")
          .map(i -> r.valid("fundingSources", FundingSource.parse(i))));
    }
    r.opt("staffRepresentation").forEach(b::staffRepresentation);
    return r.valid("structure", b.build());
  }

  private static Origin origin(Read r) {
    return new Origin(r.enumSet("requestedBy", PartyRole.class),
        r.opt("referredBy").map(t -> Read.enumValue(t, ThirdParty.class, r.path + "referredBy")));
  }

  private static EligibilityRecord eligibility(Read r) {
    return new EligibilityRecord(r.str("policy"), r.enumOf("verdict", Verdict.class),
        r.strings("reasonCodes"), r.strings("missingFacts"), r.date("requestDate"));
  }

  private static Facilitator facilitator(Read r) {
    Seq<Tie> ties = r.objects("ties").map(t -> {
      Option<DateWindow> period = t.has("from")
          ? Option.some(t.valid("period", DateWindow.of(t.date("from"), t.date("to"))))
          : Option.none();
      return new Tie(t.enumOf("kind", Tie.Kind.class),
          t.opt("party").map(p -> t.valid("party", PartyId.of(p))), period);
    });
    // written since qualifications exist: a facilitator stored before carries none
    Set<Qualification> qualifications = r.has("qualifications")
        ? r.enumSet("qualifications", Qualification.class) : LinkedHashSet.empty();
    return new Facilitator(r.valid("id", FacilitatorId.of(r.str("id"))),
        r.enumOf("kind", FacilitatorKind.class), ties, qualifications);
  }

  /** An object being written, keys in order. */
  private static final class Fields {
    private final Map<String, Tree> fields = new java.util.LinkedHashMap<>();

    Fields put(String key, String value) {
      fields.put(key, new Str(value));
      return this;
    }

    Fields put(String key, Tree value) {
      fields.put(key, value);
      return this;
    }

    Tree tree() {
      return new Obj(fields);
    }
  }

  /** An object being read; every failure names the field's path, never its value. */
  private static final class Read {
    private final Map<String, Tree> fields;
    private final String path;

    Read(Tree tree, String path) {
      if (!(tree instanceof Obj o)) {
        throw new Unreadable("MALFORMED_FIELD:" + (path.isEmpty() ? "payload" : path));
      }
      this.fields = o.fields();
      this.path = path;
    }

    boolean has(String key) {
      return fields.containsKey(key);
    }

    Seq<String> keys() {
      return List.ofAll(fields.keySet());
    }

    private Tree get(String key) {
      Tree tree = fields.get(key);
      if (tree == null) {
        throw new Unreadable("MISSING_FIELD:" + path + key);
      }
      return tree;
    }

    String str(String key) {
      if (get(key) instanceof Str s) {
        return s.value();
      }
      throw new Unreadable("MALFORMED_FIELD:" + path + key);
    }

    Option<String> opt(String key) {
      return has(key) ? Option.some(str(key)) : Option.none();
    }

    Read obj(String key) {
      return new Read(get(key), path + key + ".");
    }

    private java.util.List<Tree> items(String key) {
      if (get(key) instanceof Arr a) {
        return a.items();
      }
      throw new Unreadable("MALFORMED_FIELD:" + path + key);
    }

    Seq<String> strings(String key) {
      return List.ofAll(items(key)).map(t -> {
        if (t instanceof Str s) {
          return s.value();
        }
        throw new Unreadable("MALFORMED_FIELD:" + path + key);
      });
    }

    Seq<Read> objects(String key) {
      return List.ofAll(items(key)).map(t -> new Read(t, path + key + "[]."));
    }

    <E extends Enum<E>> E enumOf(String key, Class<E> type) {
      return enumValue(str(key), type, path + key);
    }

    <E extends Enum<E>> Set<E> enumSet(String key, Class<E> type) {
      return LinkedHashSet.ofAll(strings(key).map(s -> enumValue(s, type, path + key)));
    }

    static <E extends Enum<E>> E enumValue(String name, Class<E> type, String field) {
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException unknown) {
        throw new Unreadable("MALFORMED_FIELD:" + field);
      }
    }

    long longValue(String key) {
      try {
        return Long.parseLong(str(key));
      } catch (NumberFormatException e) {
        throw new Unreadable("MALFORMED_FIELD:" + path + key);
      }
    }

    LocalDate date(String key) {
      try {
        return LocalDate.parse(str(key));
      } catch (DateTimeParseException e) {
        throw new Unreadable("MALFORMED_FIELD:" + path + key);
      }
    }

    LocalDateTime dateTime(String key) {
      try {
        return LocalDateTime.parse(str(key));
      } catch (DateTimeParseException e) {
        throw new Unreadable("MALFORMED_FIELD:" + path + key);
      }
    }

    <T> T valid(String key, Validation<Seq<Reason>, T> value) {
      if (value.isInvalid()) {
        throw new Unreadable("INVALID_FIELD:" + path + key + ":"
            + value.getError().map(Reason::code).distinct().mkString("|"));
      }
      return value.get();
    }
  }
}
