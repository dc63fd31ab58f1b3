package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.areso.core.kernel.PartyId;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.Actor;
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
 * An individual support case (accompagnement individuel) of a workplace social service, on its own
 * small lifecycle: referred, consented by the employee, in support, closed. Only the employee
 * consents, and the employee may end the case at any time. The subject is the host's reference of
 * the case; the context is the employee.
 *
 * <p>Immutable and thread-safe. Holds no personal detail beyond the employee's identifier.
 */
public final class SupportCase implements LifecycleState<SupportCase.Stage, String> {

  /** The stages of a support case. */
  public enum Stage {
    /** Referred to the social worker. */
    REFERRED,
    /** The employee consented. */
    CONSENTED,
    /** Support under way. */
    IN_SUPPORT,
    /** Closed, by the social worker or the employee. Terminal. */
    CLOSED
  }

  /** A command to a support case. */
  public sealed interface Command extends LifecycleCommand {

    /**
     * Refers an employee: the starting command.
     *
     * @param supportCase the host's reference of the case, not null
     * @param stamp who and when, not null
     */
    record Refer(String supportCase, Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if an argument is null */
      public Refer {
        requireNonNull(supportCase, "supportCase");
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The employee consents to the support.
     *
     * @param stamp who and when, not null
     */
    record Consent(Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public Consent {
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The social worker starts the support.
     *
     * @param stamp who and when, not null
     */
    record StartSupport(Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public StartSupport {
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The social worker closes the case once the support is done.
     *
     * @param stamp who and when, not null
     */
    record CloseCase(Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public CloseCase {
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The employee ends the case, at any time, with no reason asked.
     *
     * @param stamp who and when, not null
     */
    record EndByEmployee(Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public EndByEmployee {
        requireNonNull(stamp, "stamp");
      }
    }
  }

  /** What happened to a support case; schema version 1 for every type so far. */
  public sealed interface Event extends LifecycleEvent<String> {
    @Override
    default int schemaVersion() {
      return 1;
    }

    /**
     * The employee was referred.
     *
     * @param subject the case, not null
     * @param version the version produced
     * @param stamp who and when, not null
     * @param employee the employee, not null
     */
    record Referred(String subject, long version, Stamp stamp, PartyId employee)
        implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Referred {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
        requireNonNull(employee, "employee");
      }
    }

    /**
     * The employee consented.
     *
     * @param subject the case, not null
     * @param version the version produced
     * @param stamp who and when, not null
     */
    record Consented(String subject, long version, Stamp stamp) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Consented {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The support started.
     *
     * @param subject the case, not null
     * @param version the version produced
     * @param stamp who and when, not null
     */
    record SupportStarted(String subject, long version, Stamp stamp) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public SupportStarted {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The social worker closed the case.
     *
     * @param subject the case, not null
     * @param version the version produced
     * @param stamp who and when, not null
     */
    record CaseClosed(String subject, long version, Stamp stamp) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public CaseClosed {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The employee ended the case.
     *
     * @param subject the case, not null
     * @param version the version produced
     * @param stamp who and when, not null
     */
    record EndedByEmployee(String subject, long version, Stamp stamp) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public EndedByEmployee {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
      }
    }
  }

  private static final Lifecycle<Stage, String, PartyId, SupportCase, Command, Event> LIFECYCLE =
      Lifecycle.<Stage, String, PartyId, SupportCase, Command, Event>builder("SupportCase",
              Stage.class)
          .start("refer", Stage.REFERRED, Command.Refer.class, Event.Referred.class,
              (employee, c, v) -> new Event.Referred(c.supportCase(), v, c.stamp(), employee),
              (employee, e) -> new SupportCase(e.subject(), employee, Stage.REFERRED, 1))
          .transition("consent", Stage.REFERRED, Stage.CONSENTED, Command.Consent.class,
              Event.Consented.class,
              (s, c, v) -> new Event.Consented(s.id, v, c.stamp()),
              (s, e, to) -> new SupportCase(s.id, s.employee, to, e.version()),
              Guard.of("byTheEmployee", SupportCase::byTheEmployee))
          .transition("startSupport", Stage.CONSENTED, Stage.IN_SUPPORT,
              Command.StartSupport.class, Event.SupportStarted.class,
              (s, c, v) -> new Event.SupportStarted(s.id, v, c.stamp()),
              (s, e, to) -> new SupportCase(s.id, s.employee, to, e.version()))
          .transition("closeCase", Stage.IN_SUPPORT, Stage.CLOSED, Command.CloseCase.class,
              Event.CaseClosed.class,
              (s, c, v) -> new Event.CaseClosed(s.id, v, c.stamp()),
              (s, e, to) -> new SupportCase(s.id, s.employee, to, e.version()))
          .transitions("endByEmployee",
              List.of(Stage.REFERRED, Stage.CONSENTED, Stage.IN_SUPPORT), Stage.CLOSED,
              Command.EndByEmployee.class, Event.EndedByEmployee.class,
              (s, c, v) -> new Event.EndedByEmployee(s.id, v, c.stamp()),
              (s, e, to) -> new SupportCase(s.id, s.employee, to, e.version()),
              Guard.of("byTheEmployee", SupportCase::byTheEmployee))
          .terminal(Stage.CLOSED)
          .build()
          .fold(errors -> {
            throw new IllegalStateException("Invalid support case lifecycle: "
                + errors.map(r -> r.code()).mkString(", "));
          }, lifecycle -> lifecycle);

  private final String id;
  private final PartyId employee;
  private final Stage stage;
  private final long version;

  private SupportCase(String id, PartyId employee, Stage stage, long version) {
    this.id = id;
    this.employee = employee;
    this.stage = stage;
    this.version = version;
  }

  private static Seq<Unmet> byTheEmployee(SupportCase s, Command c) {
    return c.stamp().actor() instanceof Actor.Party party && party.id().equals(s.employee)
        ? List.empty()
        : List.of(Unmet.because(new EngagementReason.OnlyTheEmployee()));
  }

  /**
   * The lifecycle every support case follows.
   *
   * @return the lifecycle, never null
   */
  public static Lifecycle<Stage, String, PartyId, SupportCase, Command, Event> lifecycle() {
    return LIFECYCLE;
  }

  /**
   * Rebuilds a case from its history.
   *
   * @param employee the employee, not null
   * @param events the history, oldest first, not null
   * @return the case, or why the history could not have happened; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<HistoryError, SupportCase> replay(PartyId employee,
      Seq<? extends Event> events) {
    return LIFECYCLE.replay(employee, events);
  }

  /**
   * Starts one: checks the starting command and makes the first state.
   *
   * @param employee the employee, not null
   * @param command the starting command, not null
   * @return the first state with the events to store, or why the command is refused; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<Rejection, Accepted<SupportCase, Event>> start(PartyId employee,
      Command.Refer command) {
    return LIFECYCLE.start(employee, command);
  }

  /**
   * Handles a command: pure, this state is not changed.
   *
   * @param command the command, not null
   * @return the new state with the events to store, or why the command is refused; never null
   * @throws NullPointerException if command is null (a programmer error)
   */
  public Either<Rejection, Accepted<SupportCase, Event>> handle(Command command) {
    return LIFECYCLE.handle(this, command);
  }

  @Override
  public String subject() {
    return id;
  }

  /**
   * The employee supported.
   *
   * @return the employee's identifier, never null
   */
  public PartyId employee() {
    return employee;
  }

  @Override
  public Stage stage() {
    return stage;
  }

  @Override
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SupportCase that && id.equals(that.id)
        && employee.equals(that.employee) && stage == that.stage && version == that.version;
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + (int) version;
  }

  /** The reference, stage and version; never the employee. */
  @Override
  public String toString() {
    return "SupportCase[" + id + ", " + stage + ", v" + version + "]";
  }
}
