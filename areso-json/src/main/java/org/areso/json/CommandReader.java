package org.areso.json;

import io.vavr.collection.List;
import io.vavr.control.Either;
import org.areso.core.engagement.CallForApplications;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.AdoptActionPlan;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementCommand.Close;
import org.areso.core.engagement.EngagementCommand.ConfirmFraming;
import org.areso.core.engagement.EngagementCommand.Decline;
import org.areso.core.engagement.EngagementCommand.Disclose;
import org.areso.core.engagement.EngagementCommand.EndIntervention;
import org.areso.core.engagement.EngagementCommand.GiveConsent;
import org.areso.core.engagement.EngagementCommand.ProposeFraming;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementCommand.RecordContribution;
import org.areso.core.engagement.EngagementCommand.RecordFollowUpReview;
import org.areso.core.engagement.EngagementCommand.RecordIntersessionWork;
import org.areso.core.engagement.EngagementCommand.RecordPreDiagnosis;
import org.areso.core.engagement.EngagementCommand.RecordSelection;
import org.areso.core.engagement.EngagementCommand.RecordSession;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementCommand.Resume;
import org.areso.core.engagement.EngagementCommand.StartIntervention;
import org.areso.core.engagement.EngagementCommand.Suspend;
import org.areso.core.engagement.EngagementCommand.Withdraw;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Stamp;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;

/** Reads a command from a document in the current schema version; the inverse of CommandWriter. */
final class CommandReader {

  private CommandReader() { }

  static EngagementCommand read(String type, Field r) {
    Stamp s = EventReader.stamp(r.object("stamp"));
    return switch (type) {
      case "RequestEngagement" -> new RequestEngagement(r.valid("engagement", EngagementId::of), s,
          EventReader.structure(r.object("structure")), EventReader.origin(r.object("origin")));
      case "RecordPreDiagnosis" ->
          new RecordPreDiagnosis(s, EventReader.preDiagnosis(r.object("preDiagnosis")));
      case "Qualify" -> new Qualify(s, EventReader.eligibility(r.object("eligibilityRecord")));
      case "Decline" -> new Decline(s, EventReader.eligibility(r.object("eligibilityRecord")));
      case "RecordSelection" -> new RecordSelection(s, application(r.object("application"), s));
      case "ProposeFraming" -> new ProposeFraming(s, EventReader.framing(r.object("framing")));
      case "GiveConsent" -> new GiveConsent(s);
      case "ConfirmFraming" -> new ConfirmFraming(s);
      case "StartIntervention" -> new StartIntervention(s, r.date("planEnd"));
      case "RecordSession" -> new RecordSession(s, session(r.object("session")),
          r.constants("present", PartyRole.class), r.constant("kind", MeetingKind.class));
      case "RecordContribution" ->
          new RecordContribution(s, EventReader.contribution(r.object("contribution")));
      case "RecordIntersessionWork" ->
          new RecordIntersessionWork(s, EventReader.work(r.object("work")));
      case "AdoptActionPlan" -> new AdoptActionPlan(s, EventReader.items(r));
      case "AssignFacilitators" -> new AssignFacilitators(s, EventReader.facilitators(r));
      case "Disclose" -> new Disclose(s, EventReader.disclosure(r.object("disclosure")));
      case "Suspend" -> new Suspend(s);
      case "Resume" -> new Resume(s);
      case "EndIntervention" -> new EndIntervention(s);
      case "RecordFollowUpReview" -> new RecordFollowUpReview(s, r.text("summary"));
      case "Close" -> new Close(s, EventReader.assessment(r.object("assessment")));
      case "Withdraw" -> new Withdraw(s);
      default -> throw new Unreadable(new JsonError.UnknownType(type));
    };
  }

  static Session session(Field r) {
    return new Session(r.date("date"), r.constant("length", SessionLength.class),
        r.constant("status", Session.Status.class));
  }

  static DateWindow window(Field parent, String key) {
    Field w = parent.object(key);
    return parent.valid(key, DateWindow.of(w.date("start"), w.date("end")));
  }

  /**
   * An application, rebuilt through its lifecycle from the history its stage implies (applied,
   * then selected, not selected or withdrawn), the command's stamp on each event: an application
   * is equal to another of the same reference, call, stage and version, whoever acted.
   */
  private static CohortApplication application(Field r, Stamp stamp) {
    String reference = r.text("reference");
    Field call = r.object("call");
    CallForApplications c = new CallForApplications(call.text("reference"),
        window(call, "open"));
    CohortApplication.Stage stage = r.constant("stage", CohortApplication.Stage.class);
    long version = r.longValue("version");
    List<CohortApplication.Event> events =
        List.of(new CohortApplication.Event.Applied(reference, 1, stamp, c.reference()));
    events = switch (stage) {
      case APPLIED -> events;
      case SELECTED -> events.append(new CohortApplication.Event.Selected(reference, 2, stamp));
      case NOT_SELECTED ->
          events.append(new CohortApplication.Event.NotSelected(reference, 2, stamp));
      case WITHDRAWN -> events.append(new CohortApplication.Event.Withdrawn(reference, 2, stamp));
    };
    Either<HistoryError, CohortApplication> application =
        CohortApplication.replay(c, events, version);
    if (application.isLeft()) {
      throw new Unreadable(new JsonError.FieldInvalid(r.pathOf("version"),
          List.of(application.getLeft().code())));
    }
    return application.get();
  }
}
