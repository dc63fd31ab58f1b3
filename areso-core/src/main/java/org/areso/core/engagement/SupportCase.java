package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDateTime;
import org.areso.core.kernel.Labelled;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Labels;
import org.areso.core.kernel.Text;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.kernel.Actor;
import org.areso.core.lifecycle.Guard;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.lifecycle.Lifecycle;
import org.areso.core.lifecycle.LifecycleCommand;
import org.areso.core.lifecycle.LifecycleEvent;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.kernel.Stamp;
import org.areso.core.lifecycle.Unmet;

/**
 * An individual support case (accompagnement individuel) of a workplace social service, on its own
 * small lifecycle: referred, consented by the employee, in support, closed. Only the employee
 * consents, and the employee may end the case at any time. The subject is the host's reference of
 * the case; the context is the employee, and a history that names another employee is refused on
 * replay. The referral says what the case is about, its {@link Topic} (seed 004: "problèmes
 * financiers, santé, logement, aidance, etc."), and the case keeps it confidential: held as a
 * {@link Sensitive} value in the case, its starting command and event, never shown in a text.
 * What an employer may learn is a count by topic over enough employees ({@link CasesByTopic}).
 *
 * <p>Immutable and thread-safe; equal when reference, employee, stage and version are equal (the
 * topic is written once, by the referral that starts the case). Holds no personal detail beyond
 * the employee's identifier and the topic, and never shows either in {@code toString}.
 */
public final class SupportCase extends Subject<SupportCase.Stage, PartyId, SupportCase,
    SupportCase.Command, SupportCase.Event> {

  /**
   * What an individual case is about: the situations seed 004 names the social worker helps
   * employees with, and any other.
   */
  public enum Topic implements Labelled {
    /** Financial problems (problèmes financiers). */
    FINANCES,
    /** Health (santé). */
    HEALTH,
    /** Housing (logement). */
    HOUSING,
    /** Caring for a relative (aidance). */
    CAREGIVING,
    /** Any other situation (etc.). */
    OTHER;

    /**
     * The topic's name for people, in French and English.
     *
     * @return the label, never null
     */
    @Override
    public Text label() {
      return Labels.of(this);
    }
  }

  /** The stages of a support case. */
  public enum Stage implements Labelled {
    /** Referred to the social worker. */
    REFERRED,
    /** The employee consented. */
    CONSENTED,
    /** Support under way. */
    IN_SUPPORT,
    /** Closed, by the social worker or the employee. Terminal. */
    CLOSED;

    /**
     * The stage's label in French, English, German and Italian.
     *
     * @return the label, never null
     */
    @Override
    public Text label() {
      return Labels.of(this);
    }
  }

  /** A command to a support case. */
  public sealed interface Command extends LifecycleCommand {

    /**
     * Refers an employee: the starting command.
     *
     * @param supportCase the host's reference of the case, not null
     * @param stamp who and when, not null
     * @param topic what the case is about, confidential, not null
     */
    record Refer(String supportCase, Stamp stamp, Sensitive<Topic> topic) implements Command {
      /** Creates the command. @throws NullPointerException if an argument is null */
      public Refer {
        requireNonNull(supportCase, "supportCase");
        requireNonNull(stamp, "stamp");
        requireNonNull(topic, "topic");
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
     * @param topic what the case is about, confidential, not null
     */
    record Referred(String subject, long version, Stamp stamp, PartyId employee,
        Sensitive<Topic> topic) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Referred {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
        requireNonNull(employee, "employee");
        requireNonNull(topic, "topic");
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

  private static final Definition<Stage, PartyId, SupportCase, Command, Event> DEFINITION =
      Definition.of(Lifecycle.<Stage, String, PartyId, SupportCase, Command, Event>builder(
              "SupportCase", Stage.class)
          .start("refer", Stage.REFERRED, Command.Refer.class, Event.Referred.class,
              (employee, c, v) -> new Event.Referred(c.supportCase(), v, c.stamp(), employee,
                  c.topic()),
              (employee, e) -> new SupportCase(e.subject(), employee, e.topic(), Stage.REFERRED,
                  1, e.stamp().at()))
          .transition("consent", Stage.REFERRED, Stage.CONSENTED, Command.Consent.class,
              Event.Consented.class,
              (s, c, v) -> new Event.Consented(s.subject(), v, c.stamp()),
              SupportCase::after,
              Guard.of("byTheEmployee", SupportCase::byTheEmployee))
          .transition("startSupport", Stage.CONSENTED, Stage.IN_SUPPORT,
              Command.StartSupport.class, Event.SupportStarted.class,
              (s, c, v) -> new Event.SupportStarted(s.subject(), v, c.stamp()),
              SupportCase::after,
              Guard.of("byTheSocialWorker", SupportCase::byTheSocialWorker))
          .transition("closeCase", Stage.IN_SUPPORT, Stage.CLOSED, Command.CloseCase.class,
              Event.CaseClosed.class,
              (s, c, v) -> new Event.CaseClosed(s.subject(), v, c.stamp()),
              SupportCase::after,
              Guard.of("byTheSocialWorker", SupportCase::byTheSocialWorker))
          .transitions("endByEmployee",
              List.of(Stage.REFERRED, Stage.CONSENTED, Stage.IN_SUPPORT), Stage.CLOSED,
              Command.EndByEmployee.class, Event.EndedByEmployee.class,
              (s, c, v) -> new Event.EndedByEmployee(s.subject(), v, c.stamp()),
              SupportCase::after,
              Guard.of("byTheEmployee", SupportCase::byTheEmployee))
          .terminal(Stage.CLOSED)
          .<Event.Referred>context(employee -> employee, Event.Referred::employee)
          .build());

  private final Sensitive<Topic> topic;

  private SupportCase(String id, PartyId employee, Sensitive<Topic> topic, Stage stage,
      long version, LocalDateTime lastEventAt) {
    super(id, employee, stage, version, lastEventAt);
    this.topic = requireNonNull(topic, "topic");
  }

  @Override
  Definition<Stage, PartyId, SupportCase, Command, Event> definition() {
    return DEFINITION;
  }

  @Override
  SupportCase moved(Stage to, long version, LocalDateTime lastEventAt) {
    return new SupportCase(subject(), employee(), topic, to, version, lastEventAt);
  }

  /** The social worker, a facilitator, starts and closes the support (seed 004). */
  private static Seq<Unmet> byTheSocialWorker(SupportCase s, Command c) {
    return c.stamp().actor() instanceof Actor.Facilitator ? List.empty()
        : List.of(Unmet.because(new EngagementReason.OnlyTheSocialWorker()));
  }

  private static Seq<Unmet> byTheEmployee(SupportCase s, Command c) {
    return c.stamp().actor() instanceof Actor.Party party && party.id().equals(s.employee())
        ? List.empty()
        : List.of(Unmet.because(new EngagementReason.OnlyTheEmployee()));
  }

  /**
   * The lifecycle every support case follows.
   *
   * @return the lifecycle, never null
   */
  public static Lifecycle<Stage, String, PartyId, SupportCase, Command, Event> lifecycle() {
    return DEFINITION.lifecycle();
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
    return DEFINITION.start(employee, command);
  }

  /**
   * Rebuilds a case from its history, re-checking every event; a history that names another
   * employee is refused with {@link HistoryError.ContextMismatch}.
   *
   * @param employee the employee, not null
   * @param events the history, oldest first, not null
   * @return the case, or why the history could not have happened; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<HistoryError, SupportCase> replay(PartyId employee,
      Seq<? extends Event> events) {
    return DEFINITION.replay(employee, events);
  }

  /**
   * Rebuilds a case from its history as {@link #replay(PartyId, Seq)} does, and refuses it unless
   * it ends at the version the host recorded ({@link HistoryError.UnexpectedVersion}).
   *
   * @param employee the employee, not null
   * @param events the history, oldest first, not null
   * @param expectedVersion the version the host recorded for the case
   * @return the case, or why the history could not have happened; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<HistoryError, SupportCase> replay(PartyId employee,
      Seq<? extends Event> events, long expectedVersion) {
    return DEFINITION.replay(employee, events, expectedVersion);
  }

  /**
   * The employee supported.
   *
   * @return the employee's identifier, never null
   */
  public PartyId employee() {
    return context();
  }

  /**
   * What the case is about, as the referral said; confidential: reveal it only for the social
   * worker, and give an employer no more than {@link CasesByTopic}.
   *
   * @return the topic, never null
   */
  public Sensitive<Topic> topic() {
    return topic;
  }
}
