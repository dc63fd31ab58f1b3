package org.areso.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.vavr.Function3;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Validation;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Builds a {@link Lifecycle}, from {@link Lifecycle#builder(String, Class)}; not thread-safe, meant
 * to be used once, in a static initialiser.
 *
 * @param <S> the stage type
 * @param <I> the type of the subject's identifier
 * @param <P> the type of the context a subject starts in
 * @param <X> the subject's state type
 * @param <C> the command type
 * @param <E> the event type
 */
public final class LifecycleBuilder<
    S extends Enum<S>,
    I,
    P,
    X extends LifecycleState<S, I>,
    C extends LifecycleCommand,
    E extends LifecycleEvent<I>> {

  private final String name;
  private final Class<S> stageType;
  private Rule start;
  private Seq<Rule> rules = List.empty();
  private final EnumSet<S> terminal;
  private final Map<S, Function<Object, Seq<Unmet>>> pending = new java.util.HashMap<>();
  private Drafting drafting;
  private Function<Object, Object> expectedContext;
  private Function<Object, Object> recordedContext;

  LifecycleBuilder(String name, Class<S> stageType) {
    this.name = name;
    this.stageType = stageType;
    this.terminal = EnumSet.noneOf(stageType);
  }

  /**
   * Declares the starting transition: the command that creates a subject, the event it emits, and
   * how the first state is made from the context and that event.
   *
   * @param <C0> the command type
   * @param <E0> the event type
   * @param name the transition's name, not null
   * @param to the initial stage, not null
   * @param command the command type, not null
   * @param event the event type, not null
   * @param emit makes the event from the context, the command and version 1, not null
   * @param create makes the first state from the context and event, not null
   * @param guards the guards over the context and command, not null
   * @return this builder
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  @SafeVarargs
  public final <C0 extends C, E0 extends E> LifecycleBuilder<S, I, P, X, C, E> start(
      String name, S to, Class<C0> command, Class<E0> event,
      Emitter<? super P, ? super C0, ? extends E0> emit,
      BiFunction<? super P, ? super E0, ? extends X> create,
      Guard<? super P, ? super C0>... guards) {
    this.start = new Rule(name, null, to, command, event, guards, emit,
        requireNonNull(create, "create"), null);
    return this;
  }

  /**
   * Declares a transition from one stage.
   *
   * @param <C1> the command type
   * @param <E1> the event type
   * @param name the transition's name, not null
   * @param from the source stage, not null
   * @param to the target stage (equal to {@code from} for a transition that stays), not null
   * @param command the command type, not null
   * @param event the event type, not null
   * @param emit makes the event from the state, the command and the next version, not null
   * @param apply makes the new state from the state, the event and the target stage, not null
   * @param guards the guards over the state and command, not null
   * @return this builder
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  @SafeVarargs
  public final <C1 extends C, E1 extends E> LifecycleBuilder<S, I, P, X, C, E> transition(
      String name, S from, S to, Class<C1> command, Class<E1> event,
      Emitter<? super X, ? super C1, ? extends E1> emit,
      Function3<? super X, ? super E1, ? super S, ? extends X> apply,
      Guard<? super X, ? super C1>... guards) {
    rules = rules.append(new Rule(name, requireNonNull(from, "from"), to, command, event,
        guards, emit, null, requireNonNull(apply, "apply")));
    return this;
  }

  /**
   * Declares the same transition from each of several stages, such as a withdrawal possible
   * from every stage that is not terminal.
   *
   * @param <C1> the command type
   * @param <E1> the event type
   * @param name the transition's name, not null
   * @param from the source stages, not null
   * @param to the target stage, not null
   * @param command the command type, not null
   * @param event the event type, not null
   * @param emit makes the event from the state, the command and the next version, not null
   * @param apply makes the new state, not null
   * @param guards the guards, not null
   * @return this builder
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  @SafeVarargs
  public final <C1 extends C, E1 extends E> LifecycleBuilder<S, I, P, X, C, E> transitions(
      String name, Seq<S> from, S to, Class<C1> command, Class<E1> event,
      Emitter<? super X, ? super C1, ? extends E1> emit,
      Function3<? super X, ? super E1, ? super S, ? extends X> apply,
      Guard<? super X, ? super C1>... guards) {
    for (S stage : requireNonNull(from, "from")) {
      transition(name, stage, to, command, event, emit, apply, guards);
    }
    return this;
  }

  /**
   * Declares the same transition in each of several stages, staying in the stage it starts
   * from, such as a disclosure possible at any time before the end.
   *
   * @param <C1> the command type
   * @param <E1> the event type
   * @param name the transition's name, not null
   * @param in the stages, not null
   * @param command the command type, not null
   * @param event the event type, not null
   * @param emit makes the event from the state, the command and the next version, not null
   * @param apply makes the new state, not null
   * @param guards the guards, not null
   * @return this builder
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  @SafeVarargs
  public final <C1 extends C, E1 extends E> LifecycleBuilder<S, I, P, X, C, E> staying(
      String name, Seq<S> in, Class<C1> command, Class<E1> event,
      Emitter<? super X, ? super C1, ? extends E1> emit,
      Function3<? super X, ? super E1, ? super S, ? extends X> apply,
      Guard<? super X, ? super C1>... guards) {
    for (S stage : requireNonNull(in, "in")) {
      transition(name, stage, stage, command, event, emit, apply, guards);
    }
    return this;
  }

  /**
   * Declares what is pending in a stage before the subject can leave it, and who must act: a
   * refusal of a command that a later stage accepts lists it as the first step of the way there.
   *
   * @param stage the stage, not null
   * @param what what is pending in a state of that stage (empty when nothing is), not null
   * @return this builder
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  @SuppressWarnings("unchecked")
  public LifecycleBuilder<S, I, P, X, C, E> pending(S stage, Function<? super X, Seq<Unmet>> what) {
    requireNonNull(what, "what");
    pending.put(requireNonNull(stage, "stage"),
        state -> ((Function<Object, Seq<Unmet>>) (Function<?, ?>) what).apply(state));
    return this;
  }

  /**
   * Declares how a replay tells the context a history was recorded in: what the context a subject
   * is replayed in is known by, and what its starting event recorded. A history whose starting
   * event names another context (another programme, employee or call) is refused with {@link
   * HistoryError.ContextMismatch}.
   *
   * @param <E0> the starting event's type
   * @param expected what the context is known by, not null
   * @param recorded what the starting event recorded, compared with it by {@code equals}, not null
   * @return this builder
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  @SuppressWarnings("unchecked")
  public <E0 extends E> LifecycleBuilder<S, I, P, X, C, E> context(
      Function<? super P, ?> expected, Function<? super E0, ?> recorded) {
    this.expectedContext = (Function<Object, Object>) (Function<?, ?>)
        requireNonNull(expected, "expected");
    this.recordedContext = (Function<Object, Object>) (Function<?, ?>)
        requireNonNull(recorded, "recorded");
    return this;
  }

  /**
   * Declares how a replay folds a history into a mutable draft, built once at the end, instead
   * of making a state per event: for subjects with long histories. Recording an event in the
   * draft must do what the transitions' {@code apply} functions do; {@code replay} still checks
   * every event first. A draft is made for one replay, used by one thread and never shared.
   *
   * @param <D> the draft's type
   * @param start makes the draft from the context and the starting event, not null
   * @param record records one checked event, and the stage it leads to, in the draft, not null
   * @param build builds the state from the draft, not null
   * @return this builder
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  @SuppressWarnings("unchecked")
  public <D> LifecycleBuilder<S, I, P, X, C, E> drafting(
      BiFunction<? super P, ? super E, ? extends D> start, Recorder<D, ? super E, ? super S> record,
      Function<? super D, ? extends X> build) {
    this.drafting = new Drafting(
        (BiFunction<Object, Object, Object>) (BiFunction<?, ?, ?>) requireNonNull(start, "start"),
        (Recorder<Object, Object, Object>) (Recorder<?, ?, ?>) requireNonNull(record, "record"),
        (Function<Object, Object>) (Function<?, ?>) requireNonNull(build, "build"));
    return this;
  }

  /**
   * Declares terminal stages: no transition may leave them.
   *
   * @param stages the terminal stages, not null
   * @return this builder
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  @SafeVarargs
  public final LifecycleBuilder<S, I, P, X, C, E> terminal(S... stages) {
    for (S stage : stages) {
      terminal.add(requireNonNull(stage, "stage"));
    }
    return this;
  }

  /**
   * Checks the definition and builds the lifecycle: refused, with every error found, when there
   * is no start, a stage is unreachable, a non-terminal stage has no way out, a terminal stage
   * has one, or a stage has two transitions for one command or one event.
   *
   * @return the lifecycle, or every error in the definition; never null
   */
  public Validation<Seq<DefinitionError>, Lifecycle<S, I, P, X, C, E>> build() {
    if (start == null) {
      return Validation.invalid(List.of(new DefinitionError.NoStart()));
    }
    S[] stages = stageType.getEnumConstants();
    Seq<DefinitionError> errors = List.empty();
    for (S stage : stages) {
      Seq<Rule> out = rules.filter(r -> r.from == stage);
      for (Rule rule : out) {
        if (out.count(r -> r.command == rule.command) > 1
            && out.find(r -> r.command == rule.command).contains(rule)) {
          errors = errors.append(
              new DefinitionError.Ambiguous(stage.name(), rule.command.getSimpleName()));
        }
        if (out.count(r -> r.event == rule.event) > 1
            && out.find(r -> r.event == rule.event).contains(rule)) {
          errors = errors.append(
              new DefinitionError.Ambiguous(stage.name(), rule.event.getSimpleName()));
        }
      }
      if (terminal.contains(stage)) {
        for (Rule rule : out) {
          errors = errors.append(new DefinitionError.TerminalWithExit(stage.name(), rule.name));
        }
      } else if (out.forAll(r -> r.to == stage)) {
        errors = errors.append(new DefinitionError.DeadEnd(stage.name()));
      }
    }
    Set<Enum<?>> reached = HashSet.of(start.to);
    ArrayDeque<Enum<?>> queue = new ArrayDeque<>();
    queue.add(start.to);
    while (!queue.isEmpty()) {
      Enum<?> stage = queue.poll();
      for (Rule rule : rules) {
        if (rule.from == stage && !reached.contains(rule.to)) {
          reached = reached.add(rule.to);
          queue.add(rule.to);
        }
      }
    }
    for (S stage : stages) {
      if (!reached.contains(stage)) {
        errors = errors.append(new DefinitionError.UnreachableStage(stage.name()));
      }
    }
    @SuppressWarnings("unchecked")
    Function<Object, Seq<Unmet>>[] waiting = new Function[stages.length];
    pending.forEach((stage, what) -> waiting[stage.ordinal()] = what);
    return errors.isEmpty()
        ? Validation.valid(new Lifecycle<>(name, stages, LinkedHashSet.ofAll(terminal), start,
            rules, waiting, drafting, expectedContext, recordedContext))
        : Validation.invalid(errors);
  }
}
