package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import org.areso.core.kernel.PartyRole;
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
 * One item of an action plan (plan d'action), on its own small lifecycle: proposed, validated by
 * all parties, in progress, done, or dropped. It is owned by a party, never by a facilitator, and
 * only parties propose, validate or drop it (responsibility). The subject is the host's reference
 * of the item; the context is the set of parties who must validate it.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActionPlanItem implements LifecycleState<ActionPlanItem.Stage, String> {

  /** The stages of an action-plan item. */
  public enum Stage {
    /** Proposed, awaiting validation. */
    PROPOSED,
    /** Validated by every required party. */
    VALIDATED,
    /** Under way. */
    IN_PROGRESS,
    /** Done. Terminal. */
    DONE,
    /** Dropped. Terminal. */
    DROPPED
  }

  /** A command to an action-plan item. */
  public sealed interface Command extends LifecycleCommand {

    /**
     * A party proposes an item: the starting command.
     *
     * @param item the host's reference of the item, not null
     * @param stamp who and when, not null
     * @param owner the party that owns the item, not null
     * @param action what is to be done, not null
     */
    record Propose(String item, Stamp stamp, PartyRole owner, String action) implements Command {
      /** Creates the command. @throws NullPointerException if an argument is null */
      public Propose {
        requireNonNull(item, "item");
        requireNonNull(stamp, "stamp");
        requireNonNull(owner, "owner");
        requireNonNull(action, "action");
      }
    }

    /**
     * The acting party validates the item.
     *
     * @param stamp who and when, not null
     */
    record Validate(Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public Validate {
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * Confirms the item once every required party validated it.
     *
     * @param stamp who and when, not null
     */
    record Confirm(Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public Confirm {
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * Starts a validated item.
     *
     * @param stamp who and when, not null
     */
    record Start(Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public Start {
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * Marks the item done.
     *
     * @param stamp who and when, not null
     */
    record Complete(Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public Complete {
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * A party drops the item.
     *
     * @param stamp who and when, not null
     */
    record Drop(Stamp stamp) implements Command {
      /** Creates the command. @throws NullPointerException if stamp is null */
      public Drop {
        requireNonNull(stamp, "stamp");
      }
    }
  }

  /** What happened to an action-plan item; schema version 1 for every type so far. */
  public sealed interface Event extends LifecycleEvent<String> {
    @Override
    default int schemaVersion() {
      return 1;
    }

    /**
     * The item was proposed.
     *
     * @param subject the item, not null
     * @param version the version produced
     * @param stamp who and when, not null
     * @param owner the owning party, not null
     * @param action what is to be done, not null
     * @param validators the parties who must validate it, not null
     */
    record Proposed(String subject, long version, Stamp stamp, PartyRole owner, String action,
        Set<PartyRole> validators) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Proposed {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
        requireNonNull(owner, "owner");
        requireNonNull(action, "action");
        requireNonNull(validators, "validators");
      }
    }

    /**
     * A party validated the item.
     *
     * @param subject the item, not null
     * @param version the version produced
     * @param stamp who and when, not null
     * @param party the party, not null
     */
    record Validated(String subject, long version, Stamp stamp, PartyRole party)
        implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Validated {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
        requireNonNull(party, "party");
      }
    }

    /**
     * Every required party validated the item.
     *
     * @param subject the item, not null
     * @param version the version produced
     * @param stamp who and when, not null
     */
    record Confirmed(String subject, long version, Stamp stamp) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Confirmed {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The item was started.
     *
     * @param subject the item, not null
     * @param version the version produced
     * @param stamp who and when, not null
     */
    record Started(String subject, long version, Stamp stamp) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Started {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The item was done.
     *
     * @param subject the item, not null
     * @param version the version produced
     * @param stamp who and when, not null
     */
    record Completed(String subject, long version, Stamp stamp) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Completed {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
      }
    }

    /**
     * The item was dropped.
     *
     * @param subject the item, not null
     * @param version the version produced
     * @param stamp who and when, not null
     */
    record Dropped(String subject, long version, Stamp stamp) implements Event {
      /** Creates the event. @throws NullPointerException if an argument is null */
      public Dropped {
        requireNonNull(subject, "subject");
        requireNonNull(stamp, "stamp");
      }
    }
  }

  private static final Lifecycle<Stage, String, Set<PartyRole>, ActionPlanItem, Command, Event>
      LIFECYCLE = Lifecycle.<Stage, String, Set<PartyRole>, ActionPlanItem, Command, Event>builder(
              "ActionPlanItem", Stage.class)
          .start("propose", Stage.PROPOSED, Command.Propose.class, Event.Proposed.class,
              (validators, c, v) -> new Event.Proposed(c.item(), v, c.stamp(), c.owner(),
                  c.action(),
                  validators),
              (validators, e) -> new ActionPlanItem(e.subject(), e.owner(), e.validators(),
                  LinkedHashSet.empty(), Stage.PROPOSED, 1),
              Guard.of("byAParty", (validators, c) -> byAParty(c)))
          .transition("validate", Stage.PROPOSED, Stage.PROPOSED, Command.Validate.class,
              Event.Validated.class,
              (i, c, v) -> new Event.Validated(i.id, v, c.stamp(),
                  ((Actor.Party) c.stamp().actor()).role()),
              (i, e, to) -> new ActionPlanItem(i.id, i.owner, i.validators,
                  i.validatedBy.add(e.party()), to, e.version()),
              Guard.of("byARequiredValidator", ActionPlanItem::byARequiredValidator))
          .transition("confirm", Stage.PROPOSED, Stage.VALIDATED, Command.Confirm.class,
              Event.Confirmed.class,
              (i, c, v) -> new Event.Confirmed(i.id, v, c.stamp()),
              (i, e, to) -> i.next(to, e.version()),
              Guard.of("validatedByAll", (i, c) -> i.validators.removeAll(i.validatedBy).toList()
                  .map(p -> Unmet.awaiting(new EngagementReason.ValidationMissing(p), p))))
          .transition("start", Stage.VALIDATED, Stage.IN_PROGRESS, Command.Start.class,
              Event.Started.class,
              (i, c, v) -> new Event.Started(i.id, v, c.stamp()),
              (i, e, to) -> i.next(to, e.version()))
          .transition("complete", Stage.IN_PROGRESS, Stage.DONE, Command.Complete.class,
              Event.Completed.class,
              (i, c, v) -> new Event.Completed(i.id, v, c.stamp()),
              (i, e, to) -> i.next(to, e.version()))
          .transitions("drop", List.of(Stage.PROPOSED, Stage.VALIDATED, Stage.IN_PROGRESS),
              Stage.DROPPED, Command.Drop.class, Event.Dropped.class,
              (i, c, v) -> new Event.Dropped(i.id, v, c.stamp()),
              (i, e, to) -> i.next(to, e.version()),
              Guard.of("byAParty", (i, c) -> byAParty(c)))
          .terminal(Stage.DONE, Stage.DROPPED)
          .build()
          .fold(errors -> {
            throw new IllegalStateException("Invalid action-plan item lifecycle: "
                + errors.map(r -> r.code()).mkString(", "));
          }, lifecycle -> lifecycle);

  private final String id;
  private final PartyRole owner;
  private final Set<PartyRole> validators;
  private final Set<PartyRole> validatedBy;
  private final Stage stage;
  private final long version;

  private ActionPlanItem(String id, PartyRole owner, Set<PartyRole> validators,
      Set<PartyRole> validatedBy, Stage stage, long version) {
    this.id = id;
    this.owner = owner;
    this.validators = validators;
    this.validatedBy = validatedBy;
    this.stage = stage;
    this.version = version;
  }

  private ActionPlanItem next(Stage to, long newVersion) {
    return new ActionPlanItem(id, owner, validators, validatedBy, to, newVersion);
  }

  private static Seq<Unmet> byAParty(Command c) {
    return c.stamp().actor() instanceof Actor.Party
        ? List.empty()
        : List.of(Unmet.because(new EngagementReason.ActorNotAParty()));
  }

  private static Seq<Unmet> byARequiredValidator(ActionPlanItem i, Command.Validate c) {
    if (!(c.stamp().actor() instanceof Actor.Party party)) {
      return List.of(Unmet.because(new EngagementReason.ActorNotAParty()));
    }
    if (!i.validators.contains(party.role())) {
      return List.of(Unmet.because(new EngagementReason.NotAConsentingParty(party.role())));
    }
    return i.validatedBy.contains(party.role())
        ? List.of(Unmet.because(new EngagementReason.AlreadyValidated(party.role())))
        : List.empty();
  }

  /**
   * The lifecycle every action-plan item follows.
   *
   * @return the lifecycle, never null
   */
  public static Lifecycle<Stage, String, Set<PartyRole>, ActionPlanItem, Command, Event>
      lifecycle() {
    return LIFECYCLE;
  }

  /**
   * Rebuilds an item from its history.
   *
   * @param validators the parties who must validate it, not null
   * @param events the history, oldest first, not null
   * @return the item, or why the history could not have happened; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<HistoryError, ActionPlanItem> replay(Set<PartyRole> validators,
      Seq<? extends Event> events) {
    return LIFECYCLE.replay(validators, events);
  }

  /**
   * Starts one: checks the starting command and makes the first state.
   *
   * @param validators the parties who must validate it, not null
   * @param command the starting command, not null
   * @return the first state with the events to store, or why the command is refused; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<Rejection, Accepted<ActionPlanItem, Event>> start(Set<PartyRole> validators,
      Command.Propose command) {
    return LIFECYCLE.start(validators, command);
  }

  /**
   * Handles a command: pure, this state is not changed.
   *
   * @param command the command, not null
   * @return the new state with the events to store, or why the command is refused; never null
   * @throws NullPointerException if command is null (a programmer error)
   */
  public Either<Rejection, Accepted<ActionPlanItem, Event>> handle(Command command) {
    return LIFECYCLE.handle(this, command);
  }

  @Override
  public String subject() {
    return id;
  }

  /**
   * The party that owns the item; never a facilitator.
   *
   * @return the owner, never null
   */
  public PartyRole owner() {
    return owner;
  }

  /**
   * The parties who validated the item so far.
   *
   * @return the parties, never null
   */
  public Set<PartyRole> validatedBy() {
    return validatedBy;
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
    return other instanceof ActionPlanItem that && id.equals(that.id) && owner == that.owner
        && validators.equals(that.validators) && validatedBy.equals(that.validatedBy)
        && stage == that.stage && version == that.version;
  }

  @Override
  public int hashCode() {
    return id.hashCode() * 31 + (int) version;
  }

  @Override
  public String toString() {
    return "ActionPlanItem[" + id + ", " + owner + ", " + stage + ", v" + version + "]";
  }
}
