package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.areso.core.kernel.PartyRole;
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
import org.areso.core.kernel.Labelled;
import org.areso.core.kernel.Labels;
import org.areso.core.kernel.Text;

/**
 * An association's application to a cohort programme's call (appel à candidatures), on its own
 * small lifecycle: applied, then selected, not selected, or withdrawn. An application is committed
 * to by the tripartite parties (governance, management, staff representatives); each missing one is
 * an unmet precondition. It is made while its {@link CallForApplications} is open, on the day of
 * its stamp: an application before the call's launch or after its deadline is refused ({@link
 * EngagementReason.CallNotOpen}). The subject is the host's reference of the application; the
 * context is the call, whose reference the starting event keeps, and a history that names another
 * call is refused on replay.
 *
 * <p>Immutable and thread-safe; equal when reference, call, stage and version are equal.
 */
public final class CohortApplication extends Subject<CohortApplication.Stage,
    CallForApplications, CohortApplication, CohortApplication.Command, CohortApplication.Event> {

  /** The parties whose commitment an application needs. */
  public static final Set<PartyRole> TRIPARTITE = LinkedHashSet.of(
      PartyRole.GOVERNANCE, PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);

  /** The stages of an application. */
  public enum Stage implements Labelled {
    /** Applied, awaiting the selection. */
    APPLIED,
    /** Selected into the cohort. Terminal. */
    SELECTED,
    /** Not selected. Terminal. */
    NOT_SELECTED,
    /** Withdrawn by the association. Terminal. */
    WITHDRAWN;

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

  /** A command to an application. */
  public sealed interface Command extends LifecycleCommand {

    /**
     * Applies to the call: the starting command, made by one of the association's three parties
     * ({@link #TRIPARTITE}), refused unless the call is open on the stamp's day.
     *
     * @param application the host's reference of the application, not null
     * @param stamp who and when, not null
     * @param committed the parties committed to the application, not null
     */
    record Apply(String application, Stamp stamp, Set<PartyRole> committed) implements Command {
      /** Creates the command. @throws NullPointerException if an argument is null */
      public Apply {
        requireNonNull(application, "application");
        requireNonNull(stamp, "stamp");
        PartyRole.requireNoNull(committed, "committed");
      }
    }

    /**
     * The call's operator selects the application.
     *
     * @param stamp who and when, not null
     */
    record Select(Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public Select {
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The call's operator does not select the application.
     *
     * @param stamp who and when, not null
     */
    record Reject(Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public Reject {
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * One of the association's three parties ({@link #TRIPARTITE}) withdraws the application.
     *
     * @param stamp who and when, not null
     */
    record Withdraw(Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public Withdraw {
        requireNonNull(stamp, "stamp");
      }
    }
  }

  /** What happened to an application; schema version 1 for every type so far. */
  public sealed interface Event extends LifecycleEvent<String> {
    @Override
    default int schemaVersion() {
      return 1;
    }

    /**
     * The association applied.
     *
     * @param subject the application, not null
     * @param version the version produced
     * @param stamp who and when, not null
     * @param call the reference of the call applied to, not null
     */
    record Applied(String subject, long version, Stamp stamp, String call) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Applied {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
        requireNonNull(call, "call");
      }
    }

    /**
     * The application was selected.
     *
     * @param subject the application, not null
     * @param version the version produced
     * @param stamp who and when, not null
     */
    record Selected(String subject, long version, Stamp stamp) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Selected {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The application was not selected.
     *
     * @param subject the application, not null
     * @param version the version produced
     * @param stamp who and when, not null
     */
    record NotSelected(String subject, long version, Stamp stamp) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public NotSelected {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The application was withdrawn.
     *
     * @param subject the application, not null
     * @param version the version produced
     * @param stamp who and when, not null
     */
    record Withdrawn(String subject, long version, Stamp stamp) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Withdrawn {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
      }
    }
  }

  private static final Definition<Stage, CallForApplications, CohortApplication, Command, Event>
      DEFINITION = Definition.of(Lifecycle.<Stage, String, CallForApplications, CohortApplication,
              Command, Event>builder("CohortApplication", Stage.class)
          .start("apply", Stage.APPLIED, Command.Apply.class, Event.Applied.class,
              (call, c, v) -> new Event.Applied(c.application(), v, c.stamp(), call.reference()),
              (call, e) -> new CohortApplication(e.subject(), call, Stage.APPLIED, 1,
                  e.stamp().at()),
              Guard.of("byAParty", (call, c) -> byOneOfTheParties(c)),
              Guard.of("callOpen", CohortApplication::whileTheCallIsOpen),
              Guard.of("tripartiteCommitment", (call, c) -> TRIPARTITE.removeAll(c.committed())
                  .toList().map(p -> Unmet.awaiting(new EngagementReason.ConsentMissing(p), p))))
          .transition("select", Stage.APPLIED, Stage.SELECTED, Command.Select.class,
              Event.Selected.class,
              (a, c, v) -> new Event.Selected(a.subject(), v, c.stamp()),
              CohortApplication::after,
              Guard.of("byTheOperator", (a, c) -> byTheOperator(c)))
          .transition("reject", Stage.APPLIED, Stage.NOT_SELECTED, Command.Reject.class,
              Event.NotSelected.class,
              (a, c, v) -> new Event.NotSelected(a.subject(), v, c.stamp()),
              CohortApplication::after,
              Guard.of("byTheOperator", (a, c) -> byTheOperator(c)))
          .transition("withdraw", Stage.APPLIED, Stage.WITHDRAWN, Command.Withdraw.class,
              Event.Withdrawn.class,
              (a, c, v) -> new Event.Withdrawn(a.subject(), v, c.stamp()),
              CohortApplication::after,
              Guard.of("byAParty", (a, c) -> byOneOfTheParties(c)))
          .terminal(Stage.SELECTED, Stage.NOT_SELECTED, Stage.WITHDRAWN)
          .<Event.Applied>context(CallForApplications::reference, Event.Applied::call)
          .build());

  private CohortApplication(String id, CallForApplications call, Stage stage, long version,
      LocalDateTime lastEventAt) {
    super(id, call, stage, version, lastEventAt);
  }

  /**
   * The association applies and withdraws by one of the three parties whose commitment the
   * application needs (seed 003: associations that take part of their own will).
   */
  private static Seq<Unmet> byOneOfTheParties(Command c) {
    return EngagementGuards.partyAmong(c.stamp().actor(), TRIPARTITE);
  }

  /** The call's operator selects the applications, or not. */
  private static Seq<Unmet> byTheOperator(Command c) {
    return c.stamp().actor() instanceof Actor.Operator ? List.empty()
        : List.of(Unmet.because(new EngagementReason.OnlyTheOperator()));
  }

  /** An application is made on a day the call receives them. */
  private static Seq<Unmet> whileTheCallIsOpen(CallForApplications call, Command.Apply c) {
    LocalDate on = c.stamp().at().toLocalDate();
    CallForApplications.Status status = call.status(on);
    return status == CallForApplications.Status.OPEN ? List.empty()
        : List.of(Unmet.because(new EngagementReason.CallNotOpen(call.reference(), status,
            call.open().start(), call.open().end(), on)));
  }

  @Override
  Definition<Stage, CallForApplications, CohortApplication, Command, Event> definition() {
    return DEFINITION;
  }

  @Override
  CohortApplication moved(Stage to, long version, LocalDateTime lastEventAt) {
    return new CohortApplication(subject(), call(), to, version, lastEventAt);
  }

  /**
   * The lifecycle every application follows.
   *
   * @return the lifecycle, never null
   */
  public static Lifecycle<Stage, String, CallForApplications, CohortApplication, Command, Event>
      lifecycle() {
    return DEFINITION.lifecycle();
  }

  /**
   * Starts one: checks the starting command and makes the first state.
   *
   * @param call the call applied to, not null
   * @param command the starting command, not null
   * @return the first state with the events to store, or why the command is refused (among the
   *     reasons, {@link EngagementReason.CallNotOpen} on a day the call is not open); never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<Rejection, Accepted<CohortApplication, Event>> start(
      CallForApplications call,
      Command.Apply command) {
    return DEFINITION.start(call, command);
  }

  /**
   * Rebuilds an application from its history, re-checking every event; a history that names
   * another call (a starting event that keeps another reference) is refused with {@link
   * HistoryError.ContextMismatch}. The call's dates are not checked again: a deadline the host
   * moved since does not undo an application it received.
   *
   * @param call the call applied to, not null
   * @param events the history, oldest first, not null
   * @return the application, or why the history could not have happened; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<HistoryError, CohortApplication> replay(CallForApplications call,
      Seq<? extends Event> events) {
    return DEFINITION.replay(call, events);
  }

  /**
   * Rebuilds an application from its history as {@link #replay(CallForApplications, Seq)} does,
   * and refuses it unless it ends at the version the host recorded ({@link
   * HistoryError.UnexpectedVersion}).
   *
   * @param call the call applied to, not null
   * @param events the history, oldest first, not null
   * @param expectedVersion the version the host recorded for the application
   * @return the application, or why the history could not have happened; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<HistoryError, CohortApplication> replay(CallForApplications call,
      Seq<? extends Event> events, long expectedVersion) {
    return DEFINITION.replay(call, events, expectedVersion);
  }

  /**
   * The call applied to.
   *
   * @return the call, never null
   */
  public CallForApplications call() {
    return context();
  }
}
