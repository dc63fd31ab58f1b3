package org.areso.json;

import static org.areso.json.EventWriter.NODES;

import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.AdoptActionPlan;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.Decline;
import org.areso.core.engagement.EngagementCommand.Disclose;
import org.areso.core.engagement.EngagementCommand.ProposeFraming;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementCommand.RecordContribution;
import org.areso.core.engagement.EngagementCommand.RecordFollowUpReview;
import org.areso.core.engagement.EngagementCommand.RecordIntersessionWork;
import org.areso.core.engagement.EngagementCommand.RecordPreDiagnosis;
import org.areso.core.engagement.EngagementCommand.RecordSelection;
import org.areso.core.engagement.EngagementCommand.RecordSession;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementCommand.StartIntervention;
import org.areso.core.kernel.DateWindow;
import org.areso.core.planning.Session;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a command as a tree: its type, schema version and stamp, then its data, each field under
 * its record component's name and in the form the events give the same values.
 */
final class CommandWriter {

  private final EventWriter values;

  CommandWriter(EventWriter values) {
    this.values = values;
  }

  ObjectNode write(EngagementCommand command) {
    ObjectNode o = NODES.objectNode();
    o.put("type", CommandTypes.name(command));
    o.put("schemaVersion", CommandTypes.CURRENT);
    o.set("stamp", EventWriter.stamp(command.stamp()));
    data(command, o);
    return o;
  }

  private void data(EngagementCommand command, ObjectNode o) {
    if (command instanceof RequestEngagement c) {
      o.put("engagement", c.engagement().value());
      o.set("structure", EventWriter.structure(c.structure()));
      o.set("origin", EventWriter.origin(c.origin()));
    } else if (command instanceof RecordPreDiagnosis c) {
      o.set("preDiagnosis", EventWriter.preDiagnosis(c.preDiagnosis()));
    } else if (command instanceof Qualify c) {
      o.set("eligibilityRecord", EventWriter.eligibility(c.eligibilityRecord()));
    } else if (command instanceof Decline c) {
      o.set("eligibilityRecord", EventWriter.eligibility(c.eligibilityRecord()));
    } else if (command instanceof RecordSelection c) {
      o.set("application", application(c.application()));
    } else if (command instanceof ProposeFraming c) {
      o.set("framing", EventWriter.framing(c.framing()));
    } else if (command instanceof StartIntervention c) {
      o.put("planEnd", c.planEnd().toString());
    } else if (command instanceof RecordSession c) {
      o.set("session", session(c.session()));
      o.set("present", EventWriter.names(c.present()));
      o.put("kind", c.kind().name());
    } else if (command instanceof RecordContribution c) {
      o.set("contribution", values.contribution(c.contribution()));
    } else if (command instanceof RecordIntersessionWork c) {
      o.set("work", values.work(c.work()));
    } else if (command instanceof AdoptActionPlan c) {
      o.set("items", values.items(c.items()));
    } else if (command instanceof AssignFacilitators c) {
      o.set("facilitators", values.facilitators(c.facilitators()));
    } else if (command instanceof Disclose c) {
      o.set("disclosure", values.disclosure(c.disclosure()));
    } else if (command instanceof RecordFollowUpReview c) {
      o.put("summary", c.summary());
    } else if (command instanceof Close c) {
      o.set("assessment", EventWriter.assessment(c.assessment()));
    }
    // GiveConsent, ConfirmFraming, Suspend, Resume, EndIntervention and Withdraw hold nothing more.
  }

  /** An application as its reference, its call, its stage and its version. */
  private static ObjectNode application(CohortApplication a) {
    ObjectNode o = NODES.objectNode();
    o.put("reference", a.subject());
    ObjectNode call = o.putObject("call");
    call.put("reference", a.call().reference());
    call.set("open", window(a.call().open()));
    o.put("stage", a.stage().name());
    o.put("version", a.version());
    return o;
  }

  static ObjectNode window(DateWindow w) {
    return NODES.objectNode().put("start", w.start().toString()).put("end", w.end().toString());
  }

  static ObjectNode session(Session s) {
    ObjectNode o = NODES.objectNode();
    o.put("date", s.date().toString());
    o.put("length", s.length().name());
    o.put("status", s.status().name());
    return o;
  }
}
