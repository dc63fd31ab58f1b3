package org.areso.testkit.lifecycle;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.lifecycle.Lifecycle;
import org.areso.core.lifecycle.LifecycleCommand;
import org.areso.core.lifecycle.LifecycleEvent;
import org.areso.core.lifecycle.LifecycleState;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Unmet;

/**
 * A given-events / when-command / then-events-or-rejection fixture for a {@link Lifecycle}:
 *
 * <pre>{@code
 * LifecycleFixture.of(programme.workflow().lifecycle(), programme)
 *     .given(requested, preDiagnosed)
 *     .when(qualify)
 *     .thenEvents(qualified)
 *     .thenStage(EngagementStage.QUALIFIED);
 * }</pre>
 *
 * <p>Given no event, the command is decided as the starting command. A failed expectation throws
 * {@link AssertionError} with the outcome in English, so the fixture works with any test framework.
 * Immutable and thread-safe.
 *
 * @param <S> the stage type
 * @param <I> the type of the subject's identifier
 * @param <P> the context type
 * @param <X> the state type
 * @param <C> the command type
 * @param <E> the event type
 */
public final class LifecycleFixture<
    S extends Enum<S>,
    I,
    P,
    X extends LifecycleState<S, I>,
    C extends LifecycleCommand,
    E extends LifecycleEvent<I>> {

  private final Lifecycle<S, I, P, X, C, E> lifecycle;
  private final P context;

  private LifecycleFixture(Lifecycle<S, I, P, X, C, E> lifecycle, P context) {
    this.lifecycle = requireNonNull(lifecycle, "lifecycle");
    this.context = requireNonNull(context, "context");
  }

  /**
   * A fixture for a lifecycle and the context its subjects start in.
   *
   * @param <S> the stage type
   * @param <I> the type of the subject's identifier
   * @param <P> the context type
   * @param <X> the state type
   * @param <C> the command type
   * @param <E> the event type
   * @param lifecycle the lifecycle, not null
   * @param context the context, not null
   * @return the fixture, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static <
          S extends Enum<S>,
          I,
          P,
          X extends LifecycleState<S, I>,
          C extends LifecycleCommand,
          E extends LifecycleEvent<I>>
      LifecycleFixture<S, I, P, X, C, E> of(Lifecycle<S, I, P, X, C, E> lifecycle, P context) {
    return new LifecycleFixture<>(lifecycle, context);
  }

  /**
   * The history before the command; it must replay.
   *
   * @param events the history, oldest first, not null
   * @return the given step, never null
   * @throws AssertionError if the history does not replay
   */
  public Given given(Seq<? extends E> events) {
    return new Given(List.ofAll(requireNonNull(events, "events")));
  }

  /**
   * The history before the command; it must replay.
   *
   * @param events the history, oldest first, not null
   * @return the given step, never null
   * @throws AssertionError if the history does not replay
   */
  @SafeVarargs
  public final Given given(E... events) {
    return given(List.of(events));
  }

  /** The history before the command. */
  public final class Given {
    private final Seq<E> history;
    private final Option<X> state;

    private Given(Seq<E> history) {
      this.history = history;
      if (history.isEmpty()) {
        this.state = Option.none();
      } else {
        Either<HistoryError, X> replayed = lifecycle.replay(context, history);
        if (replayed.isLeft()) {
          throw new AssertionError("The given history does not replay: "
              + replayed.getLeft().message(Language.EN));
        }
        this.state = Option.of(replayed.get());
      }
    }

    /**
     * The state the given history produced; empty when no event was given.
     *
     * @return the state, never null
     */
    public Option<X> state() {
      return state;
    }

    /**
     * Handles a command against the given history.
     *
     * @param command the command, not null
     * @return the when step, never null
     */
    public When when(C command) {
      requireNonNull(command, "command");
      return new When(history, state.isEmpty()
          ? lifecycle.start(context, command).map(Accepted::events)
          : lifecycle.handle(state.get(), command).map(Accepted::events));
    }
  }

  /** The outcome of a command. */
  public final class When {
    private final Seq<E> history;
    private final Either<Rejection, Seq<E>> outcome;

    private When(Seq<E> history, Either<Rejection, Seq<E>> outcome) {
      this.history = history;
      this.outcome = outcome;
    }

    /**
     * The raw outcome, for assertions of your own.
     *
     * @return the events or the rejection, never null
     */
    public Either<Rejection, Seq<E>> outcome() {
      return outcome;
    }

    /**
     * Expects exactly these events.
     *
     * @param expected the events, in order, not null
     * @return this step, to chain {@link #thenStage(Enum)}
     * @throws AssertionError if the command was refused or emitted other events
     */
    @SafeVarargs
    public final When thenEvents(E... expected) {
      Seq<E> events = accepted();
      if (!events.equals(List.of(expected))) {
        throw new AssertionError("Expected events " + List.of(expected) + " but got " + events);
      }
      return this;
    }

    /**
     * Expects the command to be accepted and the history then to end in a stage.
     *
     * @param stage the stage, not null
     * @return this step
     * @throws AssertionError if refused, if the new history does not replay, or in another stage
     */
    public When thenStage(S stage) {
      Seq<E> all = history.appendAll(accepted());
      Either<HistoryError, X> replayed = lifecycle.replay(context, all);
      if (replayed.isLeft()) {
        throw new AssertionError("The events emitted do not replay: "
            + replayed.getLeft().message(Language.EN));
      }
      if (replayed.get().stage() != stage) {
        throw new AssertionError(
            "Expected stage " + stage + " but the subject is in " + replayed.get().stage());
      }
      return this;
    }

    /**
     * Expects a rejection of a kind.
     *
     * @param kind the kind, not null
     * @return this step
     * @throws AssertionError if the command was accepted or refused otherwise
     */
    public When thenRejected(Rejection.Kind kind) {
      Rejection rejection = rejection();
      if (rejection.kind() != kind) {
        throw new AssertionError("Expected a rejection " + kind + " but got "
            + rejection.kind() + ": " + rejection.message(Language.EN));
      }
      return this;
    }

    /**
     * Expects a rejection for unmet preconditions whose reasons have exactly these codes, in
     * order (a code repeats when several parties must act).
     *
     * @param codes the reason codes, not null
     * @return this step
     * @throws AssertionError if the command was accepted or refused otherwise
     */
    public When thenUnmet(String... codes) {
      thenRejected(Rejection.Kind.PRECONDITIONS_UNMET);
      Seq<String> found = unmet().map(u -> u.reason().code());
      if (!found.equals(List.of(codes))) {
        throw new AssertionError("Expected unmet " + List.of(codes) + " but got " + found);
      }
      return this;
    }

    /**
     * The unmet preconditions of a rejection for unmet preconditions.
     *
     * @return the unmet preconditions, never null
     * @throws AssertionError if the command was not refused for unmet preconditions
     */
    public Seq<Unmet> unmet() {
      if (rejection() instanceof Rejection.PreconditionsUnmet unmet) {
        return unmet.unmet();
      }
      throw new AssertionError("Expected unmet preconditions but got " + rejection().code());
    }

    private Seq<E> accepted() {
      if (outcome.isLeft()) {
        Reason reason = outcome.getLeft();
        throw new AssertionError(
            "Expected events but the command was refused: " + reason.message(Language.EN));
      }
      return outcome.get();
    }

    private Rejection rejection() {
      if (outcome.isRight()) {
        throw new AssertionError("Expected a rejection but got events " + outcome.get());
      }
      return outcome.getLeft();
    }
  }
}
