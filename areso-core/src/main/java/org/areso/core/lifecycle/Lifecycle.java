package org.areso.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Array;
import io.vavr.collection.Iterator;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Map;
import java.util.function.Function;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Text;

/**
 * An immutable, data-defined state machine: the stages of a subject (an engagement, a session, …),
 * the commands each stage accepts, the guards that must hold, and the event each command emits.
 *
 * <p>A lifecycle is built once, usually into a static constant, and shared by every thread: there
 * is no per-subject machine. Its lookups are precomputed when built (one table per stage, keyed by
 * the exact record class of the command or event), so deciding or folding costs a table lookup, the
 * guards, and the new values. It keeps apart a command that is {@linkplain
 * Rejection.NotApplicable not applicable in a stage} from one whose {@linkplain
 * Rejection.PreconditionsUnmet preconditions are unmet}, and refuses histories that could not have
 * happened with a {@link HistoryError}.
 *
 * <p>Commands and events are matched by their exact class: use final classes or records.
 *
 * <p>Immutable and thread-safe, provided the functions given to the builder are pure.
 *
 * @param <S> the stage type
 * @param <I> the type of the subject's identifier
 * @param <P> the type of the context a subject starts in (such as its programme)
 * @param <X> the subject's state type
 * @param <C> the command type
 * @param <E> the event type
 */
public final class Lifecycle<
    S extends Enum<S>,
    I,
    P,
    X extends LifecycleState<S, I>,
    C extends LifecycleCommand,
    E extends LifecycleEvent<I>> {

  /**
   * The stage name that history errors and a rejection's arguments use before the first event,
   * where a {@link Rejection} has no stage.
   */
  public static final String START = "START";

  /** The name of the check that a command comes after the subject's last event. */
  public static final String CHRONOLOGY = "chronology";

  /** The stage before the first event, as a rejection's message words it. */
  static final Text NOT_STARTED = Text.of("avant le début", "before the start",
      "vor dem Beginn", "prima dell'inizio");

  private final String name;
  private final S[] stages;
  private final Set<S> terminal;
  private final Rule start;
  private final Seq<Rule> rules;
  private final RuleTable byCommand;
  private final RuleTable byEvent;
  private final Set<Class<? extends LifecycleCommand>>[] accepted;
  private final Seq<Transition<S>> transitions;
  private final Map<Class<?>, Seq<Rule>>[] pathTo;
  private final Function<Object, Seq<Unmet>>[] pending;
  private final Drafting drafting;
  private final Function<Object, Object> expectedContext;
  private final Function<Object, Object> recordedContext;

  @SuppressWarnings("unchecked")
  Lifecycle(String name, S[] stages, Set<S> terminal, Rule start, Seq<Rule> rules,
      Function<Object, Seq<Unmet>>[] pending, Drafting drafting,
      Function<Object, Object> expectedContext, Function<Object, Object> recordedContext) {
    this.name = name;
    this.stages = stages;
    this.terminal = terminal;
    this.start = start;
    this.rules = rules;
    this.byCommand = new RuleTable(stages.length, rules, rule -> rule.command);
    this.byEvent = new RuleTable(stages.length, rules, rule -> rule.event);
    this.accepted = new Set[stages.length];
    for (S stage : stages) {
      Set<Class<? extends LifecycleCommand>> types = LinkedHashSet.empty();
      for (Rule rule : rules) {
        if (rule.from == stage) {
          types = types.add(rule.command.asSubclass(LifecycleCommand.class));
        }
      }
      accepted[stage.ordinal()] = types;
    }
    this.transitions = List.of(start).appendAll(rules).map(this::listed);
    this.pending = pending;
    this.drafting = drafting;
    this.expectedContext = expectedContext;
    this.recordedContext = recordedContext;
    this.pathTo = new Map[stages.length];
    for (S stage : stages) {
      pathTo[stage.ordinal()] = Graph.ways(stage, rules, accepted);
    }
  }

  /** The way from a state's stage to one that accepts the command, with what is pending now. */
  private Seq<PathStep> pathFrom(X state, Class<?> command) {
    Seq<Rule> way = pathTo[state.stage().ordinal()].get(command);
    if (way == null) {
      return List.empty();
    }
    Function<Object, Seq<Unmet>> now = pending[state.stage().ordinal()];
    return way.zipWithIndex().map(t -> new PathStep(t._1.from,
        t._1.command.asSubclass(LifecycleCommand.class),
        t._2 == 0 && now != null ? now.apply(state) : List.empty()));
  }

  /**
   * Starts a definition.
   *
   * @param <S> the stage type
   * @param <I> the type of the subject's identifier
   * @param <P> the type of the context a subject starts in
   * @param <X> the subject's state type
   * @param <C> the command type
   * @param <E> the event type
   * @param name the lifecycle's name, shown in diagrams, not null
   * @param stages the stage type, not null
   * @return an empty builder, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static <
          S extends Enum<S>,
          I,
          P,
          X extends LifecycleState<S, I>,
          C extends LifecycleCommand,
          E extends LifecycleEvent<I>>
      LifecycleBuilder<S, I, P, X, C, E> builder(String name, Class<S> stages) {
    return new LifecycleBuilder<>(requireNonNull(name, "name"), requireNonNull(stages, "stages"));
  }

  /**
   * The lifecycle's name.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Every stage, in declaration order.
   *
   * @return the stages, never null
   */
  public Seq<S> stages() {
    return Array.of(stages);
  }

  /**
   * The stage the starting transition leads to.
   *
   * @return the initial stage, never null
   */
  public S initialStage() {
    return start.to();
  }

  /**
   * The stages with no way out.
   *
   * @return the terminal stages, never null
   */
  public Set<S> terminalStages() {
    return terminal;
  }

  /**
   * Whether a stage is terminal.
   *
   * @param stage the stage, not null
   * @return true when the stage has no way out
   */
  public boolean isTerminal(S stage) {
    return terminal.contains(requireNonNull(stage, "stage"));
  }

  /**
   * Every transition, the starting one first, in declaration order.
   *
   * @return the transitions, never null
   */
  public Seq<Transition<S>> transitions() {
    return transitions;
  }

  /**
   * The command types a stage accepts.
   *
   * @param stage the stage, not null
   * @return the command types, in declaration order, never null; empty for a terminal stage
   */
  public Set<Class<?>> accepts(S stage) {
    return Set.narrow(accepted[requireNonNull(stage, "stage").ordinal()]);
  }

  /**
   * Handles the command that starts a subject: checks it, emits its event (version 1) and makes
   * the first state.
   *
   * @param context the context the subject starts in, not null
   * @param command the command, not null
   * @return the first state with the events to store, or why the command is refused; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  @SuppressWarnings("unchecked")
  public Either<Rejection, Accepted<X, E>> start(P context, C command) {
    requireNonNull(context, "context");
    requireNonNull(command, "command");
    if (command.getClass() != start.command) {
      return Either.left(new Rejection.NotApplicable(Option.none(), command.getClass(),
          List.of(start.command.asSubclass(LifecycleCommand.class))));
    }
    Seq<Unmet> unmet = start.check(context, command);
    if (!unmet.isEmpty()) {
      return Either.left(
          new Rejection.PreconditionsUnmet(Option.none(), command.getClass(), unmet));
    }
    E event = (E) start.emit.emit(context, command, 1);
    return Either.right(new Accepted<>((X) start.create.apply(context, event), List.of(event)));
  }

  /**
   * Handles a command against a subject's state: checks it, emits its event with the next version
   * and folds it. Pure: the given state is not changed. A command stamped before the state's
   * {@linkplain LifecycleState#lastEventAt() last event} is refused, its {@code
   * STAMP_BEFORE_LAST_EVENT} (guard {@value #CHRONOLOGY}) listed first among the unmet
   * preconditions.
   *
   * @param state the subject's state, not null
   * @param command the command, not null
   * @return the new state with the events to store, or why the command is refused; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  @SuppressWarnings("unchecked")
  public Either<Rejection, Accepted<X, E>> handle(X state, C command) {
    requireNonNull(state, "state");
    requireNonNull(command, "command");
    int stage = state.stage().ordinal();
    Rule rule = byCommand.get(stage, command.getClass());
    if (rule == null) {
      return Either.left(new Rejection.NotApplicable(Option.some(stages[stage]),
          command.getClass(), accepted[stage].toList(), pathFrom(state, command.getClass())));
    }
    // The guards that need no next state first; when one fails the command is not applied, and
    // every guard (a foreseeing one through its own check) is asked, to report all in order.
    // A command stamped before the last event is refused with them: the history would go back.
    Seq<Unmet> unmet = rule.check(state, command, rule.plain);
    if (!unmet.isEmpty() || command.stamp().at().isBefore(state.lastEventAt())) {
      return Either.left(refused(state, command, rule, unmet));
    }
    E event = (E) rule.emit.emit(state, command, state.version() + 1);
    X next = (X) rule.apply.apply(state, event, rule.to);
    if (rule.foreseeing != null) {
      unmet = rule.checkNext(state, command, next);
      if (!unmet.isEmpty()) {
        return Either.left(refused(state, command, unmet));
      }
    }
    return Either.right(new Accepted<>(next, List.of(event)));
  }

  /**
   * The refusal of a command that the guards needing no next state refused ({@code unmet}), or
   * that is stamped before the state's last event: every guard asked (a foreseeing one through
   * its own check), the time first. Kept apart from {@link #handle(LifecycleState,
   * LifecycleCommand)} so that the accepting path stays small enough to be inlined.
   */
  private Rejection refused(X state, C command, Rule rule, Seq<Unmet> unmet) {
    Seq<Unmet> all = rule.foreseeing == null ? unmet : rule.check(state, command);
    return refused(state, command, command.stamp().at().isBefore(state.lastEventAt())
        ? all.prepend(Unmet.because(new FieldReason.StampBeforeLastEvent(
            command.stamp().at(), state.lastEventAt())).foundBy(CHRONOLOGY))
        : all);
  }

  private Rejection refused(X state, C command, Seq<Unmet> unmet) {
    return new Rejection.PreconditionsUnmet(Option.some(stages[state.stage().ordinal()]),
        command.getClass(), unmet);
  }

  /**
   * Handles a command decided on a version the actor saw: refused with {@link
   * Rejection.VersionConflict} when the state has moved on since (optimistic concurrency), handled
   * as {@link #handle(LifecycleState, LifecycleCommand)} otherwise. A command the stage does not
   * accept at all is refused as {@linkplain Rejection.NotApplicable not applicable} whatever the
   * version, since that is what the actor must learn first.
   *
   * @param state the subject's state, not null
   * @param command the command, not null
   * @param seenVersion the version of the subject the actor saw when asking
   * @return the new state with the events to store, or why the command is refused; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Either<Rejection, Accepted<X, E>> handle(X state, C command, long seenVersion) {
    requireNonNull(state, "state");
    requireNonNull(command, "command");
    return seenVersion == state.version()
        || byCommand.get(state.stage().ordinal(), command.getClass()) == null
        ? handle(state, command)
        : Either.left(new Rejection.VersionConflict(seenVersion, state.version()));
  }

  /**
   * Folds a whole history, from its starting event, re-checking every event: a history recorded in
   * another context (when the definition {@linkplain LifecycleBuilder#context declares} how to
   * tell), an event its stage forbids, an event of another subject, or a missing, repeated or
   * moved version is refused.
   * A history whose last events were deleted is still a possible history: use {@link
   * #replay(Object, Seq, long)} to refuse it.
   *
   * @param context the context the subject started in, not null
   * @param events the history, oldest first, not null
   * @return the state, or the first reason the history could not have happened; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  @SuppressWarnings("unchecked")
  public Either<HistoryError, X> replay(P context, Seq<? extends E> events) {
    requireNonNull(context, "context");
    requireNonNull(events, "events");
    if (events.isEmpty()) {
      return Either.left(new HistoryError.Empty());
    }
    E first = events.head();
    Option<HistoryError> refused = contextRefusal(context, first);
    if (refused.isEmpty()) {
      refused = startRefusal(first);
    }
    if (refused.isDefined()) {
      return Either.left(refused.get());
    }
    if (drafting != null) {
      return drafted(context, first, events);
    }
    Object state = start.create.apply(context, first);
    for (E event : events.tail()) {
      state = step((X) state, event);
      if (state instanceof HistoryError error) {
        return Either.left(error);
      }
    }
    return Either.right((X) state);
  }

  /**
   * A replay folded into the definition's draft: each event checked, the state built once. A
   * history of its starting event alone, as a host restores a new subject, builds the draft and
   * the state with no loop: kept small, so that the caller's compiled code holds it whole.
   */
  @SuppressWarnings("unchecked")
  private Either<HistoryError, X> drafted(P context, E first, Seq<? extends E> events) {
    Object draft = drafting.start().apply(context, first);
    Seq<? extends E> rest = events.tail();
    HistoryError refused = rest.isEmpty() ? null : gathered(draft, first, rest);
    return refused != null ? Either.left(refused)
        : Either.right((X) drafting.build().apply(draft));
  }

  /**
   * Records the events after the first into the draft, or says why the history could not have
   * happened. The checks of an event that passes them are one test each, with no intermediate
   * value; an event that fails them is checked again, in order, for the reason.
   */
  private HistoryError gathered(Object draft, E first, Seq<? extends E> rest) {
    Recorder<Object, Object, Object> record = drafting.record();
    I subject = first.subject();
    S stage = start.to();
    long version = first.version();
    // a linked list is walked by its cells, as an iterator would, without the iterator
    boolean linked = rest instanceof List;
    Iterator<? extends E> it = linked ? null : rest.iterator();
    // the last two transitions taken, by stage and class: a long history alternates a few events
    // that stay in their stage
    Class<?> class1 = null;
    Class<?> class2 = null;
    S stage1 = null;
    S stage2 = null;
    Rule rule1 = null;
    Rule rule2 = null;
    while (linked ? !rest.isEmpty() : it.hasNext()) {
      E event;
      if (linked) {
        event = rest.head();
        rest = rest.tail();
      } else {
        event = it.next();
      }
      I of = event.subject();
      if ((of != subject && !subject.equals(of)) || event.version() != version + 1) {
        return (HistoryError) checked(stage, subject, version, event);
      }
      Class<?> type = event.getClass();
      Rule rule;
      if (type == class1 && stage == stage1) {
        rule = rule1;
      } else if (type == class2 && stage == stage2) {
        rule = rule2;
      } else {
        rule = byEvent.get(stage.ordinal(), type);
        if (rule == null) {
          return (HistoryError) checked(stage, subject, version, event);
        }
        class2 = class1;
        stage2 = stage1;
        rule2 = rule1;
        class1 = type;
        stage1 = stage;
        rule1 = rule;
      }
      S to = rule.to();
      record.accept(draft, event, to);
      stage = to;
      version++;
    }
    return null;
  }

  /**
   * Folds a whole history as {@link #replay(Object, Seq)} does, and refuses it unless it ends at
   * the version the host expects: a history whose last events were deleted, or that someone else
   * extended, is refused with {@link HistoryError.UnexpectedVersion}.
   *
   * @param context the context the subject started in, not null
   * @param events the history, oldest first, not null
   * @param expectedVersion the version the host recorded for the subject
   * @return the state, or the first reason the history could not have happened; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Either<HistoryError, X> replay(P context, Seq<? extends E> events, long expectedVersion) {
    Either<HistoryError, X> replayed = replay(context, events);
    return replayed.isLeft() || replayed.get().version() == expectedVersion ? replayed
        : Either.left(new HistoryError.UnexpectedVersion(expectedVersion, replayed.get().version()));
  }

  /**
   * The transitions a history took, checking it as {@link #replay(Object, Seq)} does for stages,
   * versions and subjects, without building any state.
   *
   * @param events the history, oldest first, not null
   * @return the transitions, in order, or why the history could not have happened; never null
   * @throws NullPointerException if events is null (a programmer error)
   */
  public Either<HistoryError, Seq<Transition<S>>> path(Seq<? extends E> events) {
    requireNonNull(events, "events");
    if (events.isEmpty()) {
      return Either.left(new HistoryError.Empty());
    }
    E first = events.head();
    Option<HistoryError> refused = startRefusal(first);
    if (refused.isDefined()) {
      return Either.left(refused.get());
    }
    Seq<Transition<S>> taken = List.of(listed(start));
    S stage = start.to();
    long version = 1;
    for (E event : events.tail()) {
      Object checked = checked(stage, first.subject(), version, event);
      if (checked instanceof HistoryError error) {
        return Either.left(error);
      }
      Rule rule = (Rule) checked;
      taken = taken.append(listed(rule));
      stage = rule.to();
      version++;
    }
    return Either.right(taken);
  }

  /**
   * A Mermaid {@code stateDiagram-v2} of this lifecycle, each arrow labelled with its transition
   * and, in brackets, its guards.
   *
   * @return the diagram's source, never null
   */
  public String toMermaid() {
    return Graph.mermaid(transitions, stages, terminal, List.empty());
  }

  /**
   * A Mermaid {@code stateDiagram-v2} of this lifecycle with the path a history took highlighted:
   * visited stages are styled {@code visited}, the current one {@code current}, and each arrow taken
   * says at which steps.
   *
   * @param events the history, oldest first, not null
   * @return the diagram's source, or why the history could not have happened; never null
   * @throws NullPointerException if events is null (a programmer error)
   */
  public Either<HistoryError, String> toMermaid(Seq<? extends E> events) {
    return path(events).map(taken -> Graph.mermaid(transitions, stages, terminal, taken));
  }

  /**
   * A set of paths from the start that together take every transition at least once: each path is
   * a shortest way to a transition's source stage followed by that transition, and no path is a
   * prefix of another. Meant for tests that must walk every transition.
   *
   * @return the paths, each starting with the starting transition; never null
   */
  public Seq<Seq<Transition<S>>> coveringPaths() {
    return Graph.coveringPaths(start, rules, stages.length, this::listed);
  }

  @Override
  public String toString() {
    return "Lifecycle[" + name + ", " + stages.length + " stages, " + transitions.size()
        + " transitions]";
  }

  /** A history that names another context than the one it is replayed in, when declared. */
  private Option<HistoryError> contextRefusal(P context, E first) {
    if (expectedContext == null || !start.event.isInstance(first)) {
      return Option.none();
    }
    Object expected = expectedContext.apply(context);
    Object found = recordedContext.apply(first);
    return expected.equals(found) ? Option.none() : Option.of(
        new HistoryError.ContextMismatch(String.valueOf(expected), String.valueOf(found)));
  }

  private Option<HistoryError> startRefusal(E first) {
    long found = first.version();
    if (found != 1) {
      return Option.of(misplacedAt(1, found));
    }
    return first.getClass() == start.event ? Option.none() : Option.of(
        new HistoryError.ForbiddenEvent(found, START, first.getClass().getSimpleName()));
  }

  /** A version found where another was expected: a gap or a repeat. */
  private static HistoryError misplacedAt(long expected, long found) {
    return found > expected
        ? new HistoryError.VersionGap(expected, found)
        : new HistoryError.VersionRepeated(expected, found);
  }

  /**
   * The transition an event takes from a stage, found once; or, as a {@link HistoryError}, why
   * the event could not have happened there (another subject, a version out of place, an event
   * the stage forbids).
   */
  private Object checked(S stage, I subject, long version, E event) {
    long found = event.version();
    I of = event.subject();
    if (of != subject && !subject.equals(of)) {
      return new HistoryError.ForeignEvent(found, String.valueOf(subject), String.valueOf(of));
    }
    if (found != version + 1) {
      return misplacedAt(version + 1, found);
    }
    Rule rule = byEvent.get(stage.ordinal(), event.getClass());
    if (rule == null) {
      return new HistoryError.ForbiddenEvent(found, stage.name(), event.getClass().getSimpleName());
    }
    return rule;
  }

  /** Returns the new state, or a HistoryError. */
  private Object step(X state, E event) {
    Object checked = checked(state.stage(), state.subject(), state.version(), event);
    if (checked instanceof HistoryError) {
      return checked;
    }
    Rule rule = (Rule) checked;
    return rule.apply.apply(state, event, rule.to);
  }

  @SuppressWarnings("unchecked")
  private Transition<S> listed(Rule rule) {
    return rule.listed == null
        ? new Transition<>(rule.name, Option.of((S) rule.from), (S) rule.to, rule.command,
            rule.event, rule.guardNames())
        : (Transition<S>) rule.listed;
  }
}
