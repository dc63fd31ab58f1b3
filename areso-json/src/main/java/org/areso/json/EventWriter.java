package org.areso.json;

import io.vavr.control.Option;
import java.util.function.Function;
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
import org.areso.core.engagement.EngagementEvent.FramingProposed;
import org.areso.core.engagement.EngagementEvent.InterventionStarted;
import org.areso.core.engagement.EngagementEvent.IntersessionWorkRecorded;
import org.areso.core.engagement.EngagementEvent.PreDiagnosisRecorded;
import org.areso.core.engagement.EngagementEvent.Qualified;
import org.areso.core.engagement.EngagementEvent.SelectionRecorded;
import org.areso.core.engagement.EngagementEvent.SessionHeld;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.Framing;
import org.areso.core.engagement.IntersessionWork;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.Origin;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Stamp;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Tie;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an event as a tree: its type, schema version, engagement, version and stamp, then its
 * data, each field under its record component's name. Sensitive values are written revealed or as
 * the object {@code {"redacted": true}}.
 */
final class EventWriter {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final boolean revealing;

  EventWriter(boolean revealing) {
    this.revealing = revealing;
  }

  ObjectNode write(EngagementEvent event) {
    ObjectNode o = NODES.objectNode();
    o.put("type", EventTypes.name(event));
    o.put("schemaVersion", EventTypes.CURRENT);
    o.put("engagement", event.engagement().value());
    o.put("version", event.version());
    o.set("stamp", stamp(event.stamp()));
    data(event, o);
    return o;
  }

  private void data(EngagementEvent event, ObjectNode o) {
    if (event instanceof EngagementRequested e) {
      o.put("programme", e.programme());
      o.set("structure", structure(e.structure()));
      o.set("origin", origin(e.origin()));
    } else if (event instanceof PreDiagnosisRecorded e) {
      o.set("preDiagnosis", preDiagnosis(e.preDiagnosis()));
    } else if (event instanceof Qualified e) {
      o.set("eligibilityRecord", eligibility(e.eligibilityRecord()));
    } else if (event instanceof Declined e) {
      o.set("eligibilityRecord", eligibility(e.eligibilityRecord()));
    } else if (event instanceof SelectionRecorded e) {
      ObjectNode s = o.putObject("selection");
      s.put("application", e.selection().application());
      s.put("call", e.selection().call());
    } else if (event instanceof FramingProposed e) {
      o.set("framing", framing(e.framing()));
    } else if (event instanceof ConsentGiven e) {
      o.put("party", e.party().name());
    } else if (event instanceof InterventionStarted e) {
      o.put("planEnd", e.planEnd().toString());
    } else if (event instanceof SessionHeld e) {
      o.put("on", e.on().toString());
      o.put("length", e.length().name());
      o.set("present", names(e.present()));
      o.put("kind", e.kind().name());
    } else if (event instanceof ContributionRecorded e) {
      o.set("contribution", contribution(e.contribution()));
    } else if (event instanceof IntersessionWorkRecorded e) {
      o.set("work", work(e.work()));
    } else if (event instanceof FacilitatorsAssigned e) {
      o.set("facilitators", facilitators(e.facilitators()));
    } else if (event instanceof Disclosed e) {
      o.set("disclosure", disclosure(e.disclosure()));
    } else if (event instanceof ActionPlanAdopted e) {
      o.set("items", items(e.items()));
    } else if (event instanceof FollowUpReviewed e) {
      o.put("summary", e.summary());
    } else if (event instanceof Closed e) {
      o.set("assessment", assessment(e.assessment()));
    }
    // FramingConfirmed, Suspended, Resumed, InterventionEnded and Withdrawn hold nothing more.
  }

  static ObjectNode preDiagnosis(PreDiagnosis p) {
    ObjectNode d = NODES.objectNode();
    d.put("origin", p.origin().name());
    d.put("context", p.context().name());
    d.set("signs", names(p.signs()));
    d.put("proposedFormat", p.proposedFormat().value());
    return d;
  }

  static ObjectNode framing(Framing f) {
    ObjectNode n = NODES.objectNode();
    n.put("objectives", f.objectives());
    n.put("methodology", f.methodology());
    n.put("rules", f.rules());
    n.put("planning", f.planning());
    ObjectNode participation = n.putObject("participation");
    f.participation().forEach((role, p) -> participation.put(role.name(), p.name()));
    return n;
  }

  ObjectNode contribution(Contribution c) {
    ObjectNode n = NODES.objectNode();
    n.put("by", c.by().value());
    n.put("on", c.on().toString());
    n.put("aspect", c.aspect().name());
    n.set("note", sensitive(c.note()));
    return n;
  }

  ObjectNode work(IntersessionWork w) {
    ObjectNode n = NODES.objectNode();
    n.put("party", w.party().name());
    n.put("on", w.on().toString());
    n.set("what", sensitive(w.what()));
    return n;
  }

  ArrayNode facilitators(Facilitators f) {
    return array(f.members(), this::facilitator);
  }

  ObjectNode disclosure(Disclosure d) {
    ObjectNode n = NODES.objectNode();
    n.put("on", d.on().toString());
    ObjectNode item = n.putObject("item");
    item.put("label", d.item().label());
    item.put("sensitivity", d.item().sensitivity().name());
    item.set("content", sensitive(d.item().content()));
    n.put("recipient", d.recipient().name());
    return n;
  }

  ArrayNode items(Iterable<ActionPlanItem> items) {
    return array(items, this::item);
  }

  static ObjectNode assessment(Assessment a) {
    ObjectNode n = NODES.objectNode();
    n.put("summary", a.summary());
    n.set("outcomes", array(a.outcomes(), NODES::stringNode));
    return n;
  }

  JsonNode sensitive(Sensitive<String> value) {
    return sensitive(value, Function.identity());
  }

  /** A sensitive value as the text of what it holds, or the object {@code {"redacted": true}}. */
  <T> JsonNode sensitive(Sensitive<T> value, Function<T, String> text) {
    if (revealing) {
      return NODES.stringNode(text.apply(value.reveal()));
    }
    return NODES.objectNode().put("redacted", true);
  }

  static ObjectNode stamp(Stamp stamp) {
    ObjectNode o = NODES.objectNode();
    o.set("actor", actor(stamp.actor()));
    o.put("at", stamp.at().toString());
    return o;
  }

  static ObjectNode actor(Actor actor) {
    ObjectNode o = NODES.objectNode();
    if (actor instanceof Actor.Party p) {
      o.put("kind", "party");
      o.put("role", p.role().name());
      o.put("id", p.id().value());
    } else if (actor instanceof Actor.Facilitator f) {
      o.put("kind", "facilitator");
      o.put("id", f.id().value());
    } else {
      o.put("kind", "operator");
      o.put("reference", ((Actor.Operator) actor).reference());
    }
    return o;
  }

  static ObjectNode structure(Structure s) {
    ObjectNode o = NODES.objectNode();
    text(o, "name", s.name());
    text(o, "siren", s.siren().map(x -> x.value()));
    text(o, "siret", s.siret().map(x -> x.value()));
    text(o, "finess", s.finess().map(x -> x.value()));
    text(o, "uid", s.uid().map(x -> x.value()));
    text(o, "legalForm", s.legalForm().map(Enum::name));
    text(o, "country", s.country().map(Enum::name));
    text(o, "departement", s.departement().map(x -> x.code()));
    text(o, "region", s.region().map(Enum::name));
    text(o, "canton", s.canton().map(Enum::name));
    o.set("headcount", s.headcount().<JsonNode>map(NODES::numberNode).getOrElse(NODES.nullNode()));
    text(o, "finessCategory", s.finessCategory().map(x -> x.code()));
    o.set("casfItems", s.casfItems().<JsonNode>map(items -> array(items,
        i -> NODES.stringNode(i.number()))).getOrElse(NODES.nullNode()));
    o.set("fundingSources", s.fundingSources().<JsonNode>map(items -> array(items,
        i -> NODES.stringNode(i.code()))).getOrElse(NODES.nullNode()));
    o.set("staffRepresentation",
        s.hasStaffRepresentation().<JsonNode>map(NODES::booleanNode).getOrElse(NODES.nullNode()));
    return o;
  }

  static void text(ObjectNode o, String key, Option<String> value) {
    o.set(key, value.<JsonNode>map(NODES::stringNode).getOrElse(NODES.nullNode()));
  }

  static ObjectNode origin(Origin origin) {
    ObjectNode o = NODES.objectNode();
    o.set("requestedBy", names(origin.requestedBy()));
    text(o, "referredBy", origin.referredBy().map(Enum::name));
    return o;
  }

  static ObjectNode eligibility(EligibilityRecord r) {
    ObjectNode o = NODES.objectNode();
    o.put("policy", r.policy());
    o.put("verdict", r.verdict().name());
    o.set("reasonCodes", array(r.reasonCodes(), NODES::stringNode));
    o.set("missingFacts", array(r.missingFacts(), NODES::stringNode));
    o.put("requestDate", r.requestDate().toString());
    return o;
  }

  private ObjectNode facilitator(Facilitator f) {
    ObjectNode o = NODES.objectNode();
    o.put("id", f.id().value());
    o.put("kind", f.kind().name());
    o.set("ties", array(f.ties(), EventWriter::tie));
    o.set("qualifications", names(f.qualifications()));
    return o;
  }

  private static ObjectNode tie(Tie t) {
    ObjectNode o = NODES.objectNode();
    o.put("kind", t.kind().name());
    text(o, "party", t.party().map(p -> p.value()));
    o.set("period", t.period().<JsonNode>map(w -> NODES.objectNode()
        .put("start", w.start().toString()).put("end", w.end().toString()))
        .getOrElse(NODES.nullNode()));
    return o;
  }

  private ObjectNode item(ActionPlanItem i) {
    ObjectNode o = NODES.objectNode();
    o.put("reference", i.reference());
    o.set("owner", actor(i.owner()));
    o.set("decidedBy", actor(i.decidedBy()));
    o.set("validatedBy", names(i.validatedBy()));
    return o;
  }

  static <T> ArrayNode array(Iterable<T> items, Function<T, ? extends JsonNode> item) {
    ArrayNode a = NODES.arrayNode();
    items.forEach(i -> a.add(item.apply(i)));
    return a;
  }

  static ArrayNode names(Iterable<? extends Enum<?>> items) {
    return array(items, i -> NODES.stringNode(i.name()));
  }
}
