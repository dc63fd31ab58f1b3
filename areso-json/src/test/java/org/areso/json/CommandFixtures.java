package org.areso.json;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import org.areso.core.engagement.CallForApplications;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.PartyRole;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;

/**
 * One command of each type, every optional value present: the samples the command golden files
 * were written from. Those that carry an event's data carry the data of {@link EventFixtures}.
 */
final class CommandFixtures {

  private CommandFixtures() { }

  static final CallForApplications CALL = new CallForApplications("CALL-2024",
      DateWindow.of(EventFixtures.DAY, EventFixtures.DAY.plusMonths(2)).get());

  /** One command of every type, in the order of the events they come from. */
  static Seq<EngagementCommand> samples() {
    Seq<EngagementEvent> events = EventFixtures.samples();
    EngagementEvent selection = events.find(e -> e instanceof EngagementEvent.SelectionRecorded)
        .get();
    EngagementEvent held = events.find(e -> e instanceof EngagementEvent.SessionHeld).get();
    return events.flatMap(event -> {
      if (event == selection) {
        return io.vavr.collection.List.of(new EngagementCommand.RecordSelection(event.stamp(),
            CommandArbitraries.application("APP-7", CALL, event.stamp(),
                CohortApplication.Stage.SELECTED)));
      } else if (event == held) {
        EngagementEvent.SessionHeld h = (EngagementEvent.SessionHeld) event;
        return io.vavr.collection.List.of(new EngagementCommand.RecordSession(h.stamp(),
            new Session(h.on(), SessionLength.HALF_DAY, Session.Status.PLANNED),
            LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES),
            MeetingKind.SESSION));
      }
      return io.vavr.collection.List.of(CommandArbitraries.commandOf(event));
    });
  }
}
