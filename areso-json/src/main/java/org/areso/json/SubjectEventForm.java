package org.areso.json;

import static org.areso.json.EventWriter.NODES;

import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.CohortApplication.Event.Applied;
import org.areso.core.engagement.CohortApplication.Event.NotSelected;
import org.areso.core.engagement.CohortApplication.Event.Selected;
import org.areso.core.engagement.SupportCase;
import org.areso.core.engagement.SupportCase.Event.CaseClosed;
import org.areso.core.engagement.SupportCase.Event.Consented;
import org.areso.core.engagement.SupportCase.Event.EndedByEmployee;
import org.areso.core.engagement.SupportCase.Event.Referred;
import org.areso.core.engagement.SupportCase.Event.SupportStarted;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.Stamp;
import org.areso.core.lifecycle.LifecycleEvent;
import tools.jackson.databind.node.ObjectNode;

/**
 * The events of the small lifecycles, a support case's and an application's, as a tree and back:
 * their type, schema version, subject (the host's reference), version and stamp, as an engagement
 * event writes them, then their data under the record components' names. A support case's topic
 * is sensitive: written by its name, or as the object {@code {"redacted": true}}.
 */
final class SubjectEventForm {

  private final EventWriter writer;

  SubjectEventForm(EventWriter writer) {
    this.writer = writer;
  }

  ObjectNode write(SupportCase.Event event) {
    ObjectNode o = header(SubjectEventTypes.SUPPORT_CASE.name(event), event);
    if (event instanceof Referred e) {
      o.put("employee", e.employee().value());
      o.set("topic", writer.sensitive(e.topic(), Enum::name));
    }
    // Consented, SupportStarted, CaseClosed and EndedByEmployee hold nothing more.
    return o;
  }

  static ObjectNode write(CohortApplication.Event event) {
    ObjectNode o = header(SubjectEventTypes.COHORT_APPLICATION.name(event), event);
    if (event instanceof Applied e) {
      o.put("call", e.call());
    }
    // Selected, NotSelected and Withdrawn hold nothing more.
    return o;
  }

  private static ObjectNode header(String type, LifecycleEvent<String> event) {
    ObjectNode o = NODES.objectNode();
    o.put("type", type);
    o.put("schemaVersion", SubjectEventTypes.CURRENT);
    o.put("subject", event.subject());
    o.put("version", event.version());
    o.set("stamp", EventWriter.stamp(event.stamp()));
    return o;
  }

  /** Reads a support case's event from a document in the current schema version. */
  static SupportCase.Event readSupportCase(String type, Field r) {
    String subject = r.reference("subject");
    long v = r.version("version");
    Stamp s = EventReader.stamp(r.object("stamp"));
    return switch (type) {
      case "SupportCase.Referred" -> new Referred(subject, v, s, r.valid("employee", PartyId::of),
          r.sensitiveConstant("topic", SupportCase.Topic.class));
      case "SupportCase.Consented" -> new Consented(subject, v, s);
      case "SupportCase.SupportStarted" -> new SupportStarted(subject, v, s);
      case "SupportCase.CaseClosed" -> new CaseClosed(subject, v, s);
      case "SupportCase.EndedByEmployee" -> new EndedByEmployee(subject, v, s);
      default -> throw new Unreadable(new JsonError.UnknownType(type));
    };
  }

  /** Reads an application's event from a document in the current schema version. */
  static CohortApplication.Event readCohortApplication(String type, Field r) {
    String subject = r.reference("subject");
    long v = r.version("version");
    Stamp s = EventReader.stamp(r.object("stamp"));
    return switch (type) {
      case "CohortApplication.Applied" -> new Applied(subject, v, s, r.reference("call"));
      case "CohortApplication.Selected" -> new Selected(subject, v, s);
      case "CohortApplication.NotSelected" -> new NotSelected(subject, v, s);
      case "CohortApplication.Withdrawn" ->
          new CohortApplication.Event.Withdrawn(subject, v, s);
      default -> throw new Unreadable(new JsonError.UnknownType(type));
    };
  }
}
