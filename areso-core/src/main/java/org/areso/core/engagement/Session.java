package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.FieldReason;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.Guard;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.lifecycle.Lifecycle;
import org.areso.core.lifecycle.LifecycleCommand;
import org.areso.core.lifecycle.LifecycleEvent;
import org.areso.core.lifecycle.LifecycleState;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Stamp;
import org.areso.core.lifecycle.Unmet;

/**
 * One session (séance) of an engagement, on its own small lifecycle: planned, then held, postponed
 * (and rescheduled) or cancelled. The subject is the host's reference of the session; the context
 * is the engagement it belongs to.
 *
 * <p>Immutable and thread-safe.
 */
public final class Session implements LifecycleState<Session.Stage, String> {

  /** The stages of a session. */
  public enum Stage {
    /** Planned on a day. */
    PLANNED,
    /** Postponed, waiting for a new day. */
    POSTPONED,
    /** Held. Terminal. */
    HELD,
    /** Cancelled. Terminal. */
    CANCELLED
  }

  /** A command to a session. */
  public sealed interface Command extends LifecycleCommand {

    /**
     * Plans a session: the starting command.
     *
     * @param session the host's reference of the session, not null
     * @param stamp who and when, not null
     * @param on the day planned, not null
     */
    record Plan(String session, Stamp stamp, LocalDate on) implements Command {
      /** Creates the command. @throws NullPointerException if an argument is null */
      public Plan {
        requireNonNull(session, "session");
        requireNonNull(stamp, "stamp");
        requireNonNull(on, "on");
      }
    }

    /**
     * Records the session as held.
     *
     * @param stamp who and when, not null
     * @param halfDays the half-days of facilitation consumed, at least 1
     */
    record Hold(Stamp stamp, int halfDays) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public Hold {
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * Postpones the session.
     *
     * @param stamp who and when, not null
     */
    record Postpone(Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public Postpone {
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * Gives a postponed session a new day, after the day it was postponed on.
     *
     * @param stamp who and when, not null
     * @param on the new day, not null
     */
    record Reschedule(Stamp stamp, LocalDate on) implements Command {
      /** Creates the command. @throws NullPointerException if an argument is null */
      public Reschedule {
        requireNonNull(stamp, "stamp");
        requireNonNull(on, "on");
      }
    }

    /**
     * Cancels the session.
     *
     * @param stamp who and when, not null
     */
    record Cancel(Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public Cancel {
        requireNonNull(stamp, "stamp");
      }
    }
  }

  /** What happened to a session; schema version 1 for every type so far. */
  public sealed interface Event extends LifecycleEvent<String> {
    @Override
    default int schemaVersion() {
      return 1;
    }

    /**
     * The session was planned.
     *
     * @param subject the session, not null
     * @param version the version produced
     * @param stamp who and when, not null
     * @param engagement the engagement, not null
     * @param on the day, not null
     */
    record Planned(String subject, long version, Stamp stamp, EngagementId engagement,
        LocalDate on) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Planned {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
        requireNonNull(engagement, "engagement");
        requireNonNull(on, "on");
      }
    }

    /**
     * The session was held.
     *
     * @param subject the session, not null
     * @param version the version produced
     * @param stamp who and when, not null
     * @param halfDays the half-days consumed
     */
    record Held(String subject, long version, Stamp stamp, int halfDays) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Held {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The session was postponed.
     *
     * @param subject the session, not null
     * @param version the version produced
     * @param stamp who and when, not null
     */
    record Postponed(String subject, long version, Stamp stamp) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Postponed {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The session got a new day.
     *
     * @param subject the session, not null
     * @param version the version produced
     * @param stamp who and when, not null
     * @param on the new day, not null
     */
    record Rescheduled(String subject, long version, Stamp stamp, LocalDate on)
        implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Rescheduled {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
        requireNonNull(on, "on");
      }
    }

    /**
     * The session was cancelled.
     *
     * @param subject the session, not null
     * @param version the version produced
     * @param stamp who and when, not null
     */
    record Cancelled(String subject, long version, Stamp stamp) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Cancelled {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
      }
    }
  }

  private static final Lifecycle<Stage, String, EngagementId, Session, Command, Event> LIFECYCLE =
      Lifecycle.<Stage, String, EngagementId, Session, Command, Event>builder("Session",
              Stage.class)
          .start("plan", Stage.PLANNED, Command.Plan.class, Event.Planned.class,
              (engagement, c, v) -> new Event.Planned(c.session(), v, c.stamp(), engagement,
                  c.on()),
              (engagement, e) -> new Session(e.subject(), engagement, Stage.PLANNED, 1,
                  Option.of(e.on()), 0))
          .transition("hold", Stage.PLANNED, Stage.HELD, Command.Hold.class, Event.Held.class,
              (s, c, v) -> new Event.Held(s.id, v, c.stamp(), c.halfDays()),
              (s, e, to) -> new Session(s.id, s.engagement, to, e.version(), s.on, e.halfDays()),
              Guard.of("someTimeConsumed", (s, c) -> c.halfDays() >= 1 ? List.empty()
                  : List.of(Unmet.because(new FieldReason.OutOfRange("half_days",
                      String.valueOf(c.halfDays()), "1", String.valueOf(Integer.MAX_VALUE))))))
          .transition("postpone", Stage.PLANNED, Stage.POSTPONED, Command.Postpone.class,
              Event.Postponed.class,
              (s, c, v) -> new Event.Postponed(s.id, v, c.stamp()),
              (s, e, to) -> new Session(s.id, s.engagement, to, e.version(), Option.none(), 0))
          .transition("reschedule", Stage.POSTPONED, Stage.PLANNED, Command.Reschedule.class,
              Event.Rescheduled.class,
              (s, c, v) -> new Event.Rescheduled(s.id, v, c.stamp(), c.on()),
              (s, e, to) -> new Session(s.id, s.engagement, to, e.version(), Option.of(e.on()),
                  0),
              Guard.of("newDayToCome", (s, c) -> c.on().isAfter(c.stamp().at().toLocalDate())
                  ? List.empty()
                  : List.of(Unmet.because(new FieldReason.OutOfRange("on",
                      c.on().toString(), c.stamp().at().toLocalDate().equals(LocalDate.MAX)
                          ? LocalDate.MAX.toString()
                          : c.stamp().at().toLocalDate().plusDays(1).toString(),
                      LocalDate.MAX.toString())))))
          .transitions("cancel", List.of(Stage.PLANNED, Stage.POSTPONED), Stage.CANCELLED,
              Command.Cancel.class, Event.Cancelled.class,
              (s, c, v) -> new Event.Cancelled(s.id, v, c.stamp()),
              (s, e, to) -> new Session(s.id, s.engagement, to, e.version(), s.on, 0))
          .terminal(Stage.HELD, Stage.CANCELLED)
          .build()
          .fold(errors -> {
            throw new IllegalStateException("Invalid session lifecycle: "
                + errors.map(r -> r.code()).mkString(", "));
          }, lifecycle -> lifecycle);

  private final String id;
  private final EngagementId engagement;
  private final Stage stage;
  private final long version;
  private final Option<LocalDate> on;
  private final int halfDays;

  private Session(String id, EngagementId engagement, Stage stage, long version,
      Option<LocalDate> on, int halfDays) {
    this.id = id;
    this.engagement = engagement;
    this.stage = stage;
    this.version = version;
    this.on = on;
    this.halfDays = halfDays;
  }

  /**
   * The lifecycle every session follows.
   *
   * @return the lifecycle, never null
   */
  public static Lifecycle<Stage, String, EngagementId, Session, Command, Event> lifecycle() {
    return LIFECYCLE;
  }

  /**
   * Rebuilds a session from its history.
   *
   * @param engagement the engagement it belongs to, not null
   * @param events the history, oldest first, not null
   * @return the session, or why the history could not have happened; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<HistoryError, Session> replay(EngagementId engagement,
      Seq<? extends Event> events) {
    return LIFECYCLE.replay(engagement, events);
  }

  /**
   * Starts one: checks the starting command and makes the first state.
   *
   * @param engagement the engagement it belongs to, not null
   * @param command the starting command, not null
   * @return the first state with the events to store, or why the command is refused; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<Rejection, Accepted<Session, Event>> start(EngagementId engagement,
      Command.Plan command) {
    return LIFECYCLE.start(engagement, command);
  }

  /**
   * Handles a command: pure, this state is not changed.
   *
   * @param command the command, not null
   * @return the new state with the events to store, or why the command is refused; never null
   * @throws NullPointerException if command is null (a programmer error)
   */
  public Either<Rejection, Accepted<Session, Event>> handle(Command command) {
    return LIFECYCLE.handle(this, command);
  }

  @Override
  public String subject() {
    return id;
  }

  /**
   * The engagement the session belongs to.
   *
   * @return the engagement, never null
   */
  public EngagementId engagement() {
    return engagement;
  }

  @Override
  public Stage stage() {
    return stage;
  }

  @Override
  public long version() {
    return version;
  }

  /**
   * The day planned; empty while postponed.
   *
   * @return the day, never null
   */
  public Option<LocalDate> on() {
    return on;
  }

  /**
   * The half-days consumed, once held.
   *
   * @return the half-days, 0 before
   */
  public int halfDays() {
    return halfDays;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Session that && id.equals(that.id)
        && engagement.equals(that.engagement) && stage == that.stage && version == that.version
        && on.equals(that.on) && halfDays == that.halfDays;
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + (int) version;
  }

  @Override
  public String toString() {
    return "Session[" + id + ", " + stage + ", v" + version + "]";
  }
}
