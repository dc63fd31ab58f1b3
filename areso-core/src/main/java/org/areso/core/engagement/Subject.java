package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDateTime;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.DefinitionError;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.lifecycle.Lifecycle;
import org.areso.core.lifecycle.LifecycleBuilder;
import org.areso.core.lifecycle.LifecycleCommand;
import org.areso.core.lifecycle.LifecycleEvent;
import org.areso.core.lifecycle.LifecycleState;
import org.areso.core.lifecycle.Rejection;

/**
 * What the small lifecycles a seed needs beside the engagement share (an AURA application to a
 * call, a social service's individual support case): a subject known by the host's reference,
 * started in a context (the call, the employee), with its stage and version; handled through its
 * {@link Definition}, which refuses a history recorded in another context as {@link
 * Engagement#replay} does.
 *
 * <p>Immutable and thread-safe; equal to a subject of the same type with the same reference,
 * context, stage and version, whatever its last event's time (a command carries an application
 * as that value, which areso-json writes without the time); its {@code toString} shows the
 * reference, stage and version, never the context.
 *
 * @param <S> the stage type
 * @param <P> the context type
 * @param <X> the subject's own type
 * @param <C> the command type
 * @param <E> the event type
 */
abstract class Subject<S extends Enum<S>, P, X extends Subject<S, P, X, C, E>,
    C extends LifecycleCommand, E extends LifecycleEvent<String>>
    implements LifecycleState<S, String> {

  private final String id;
  private final P context;
  private final S stage;
  private final long version;
  private final LocalDateTime lastEventAt;

  Subject(String id, P context, S stage, long version, LocalDateTime lastEventAt) {
    this.id = requireNonNull(id, "id");
    this.context = requireNonNull(context, "context");
    this.stage = requireNonNull(stage, "stage");
    this.version = version;
    this.lastEventAt = requireNonNull(lastEventAt, "lastEventAt");
  }

  /** The definition every subject of this type follows. */
  abstract Definition<S, P, X, C, E> definition();

  /** This subject, in another stage at another version, its last event stamped at a time. */
  abstract X moved(S to, long version, LocalDateTime lastEventAt);

  /** This subject after an event that moved it to a stage. */
  final X after(LifecycleEvent<String> event, S to) {
    return moved(to, event.version(), event.stamp().at());
  }

  /**
   * Handles a command: pure, this state is not changed.
   *
   * @param command the command, not null
   * @return the new state with the events to store, or why the command is refused; never null
   * @throws NullPointerException if command is null (a programmer error)
   */
  public final Either<Rejection, Accepted<X, E>> handle(C command) {
    return definition().lifecycle().handle(self(), command);
  }

  /**
   * Handles a command decided on the version its actor saw, refused with {@link
   * Rejection.VersionConflict} when the subject has moved on since.
   *
   * @param command the command, not null
   * @param seenVersion the version the actor saw
   * @return the new state with the events to store, or why the command is refused; never null
   * @throws NullPointerException if command is null (a programmer error)
   */
  public final Either<Rejection, Accepted<X, E>> handle(C command, long seenVersion) {
    return definition().lifecycle().handle(self(), command, seenVersion);
  }

  @SuppressWarnings("unchecked")
  private X self() {
    return (X) this;
  }

  /**
   * The host's reference of this subject.
   *
   * @return the reference, never null
   */
  @Override
  public final String subject() {
    return id;
  }

  /** The context this subject started in. */
  final P context() {
    return context;
  }

  @Override
  public final S stage() {
    return stage;
  }

  @Override
  public final long version() {
    return version;
  }

  /**
   * When the last event was stamped: a command stamped earlier is refused
   * ({@code STAMP_BEFORE_LAST_EVENT}).
   *
   * @return the time, never null
   */
  @Override
  public final LocalDateTime lastEventAt() {
    return lastEventAt;
  }

  /**
   * Whether this subject can change no more.
   *
   * @return true in a terminal stage
   */
  public final boolean isTerminal() {
    return definition().lifecycle().isTerminal(stage);
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass()
        && id.equals(((Subject<?, ?, ?, ?, ?>) other).id)
        && context.equals(((Subject<?, ?, ?, ?, ?>) other).context)
        && stage == ((Subject<?, ?, ?, ?, ?>) other).stage
        && version == ((Subject<?, ?, ?, ?, ?>) other).version;
  }

  @Override
  public final int hashCode() {
    return id.hashCode() * 31 + (int) version;
  }

  /** The type, reference, stage and version; never the context. */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + id + ", " + stage + ", v" + version + "]";
  }

  /**
   * A small lifecycle with what its starting event says of the context: starts subjects, and
   * replays histories after checking that they were recorded in the context they are replayed in.
   *
   * @param <S> the stage type
   * @param <P> the context type
   * @param <X> the subject's type
   * @param <C> the command type
   * @param <E> the event type
   */
  static final class Definition<S extends Enum<S>, P, X extends Subject<S, P, X, C, E>,
      C extends LifecycleCommand, E extends LifecycleEvent<String>> {

    private final Lifecycle<S, String, P, X, C, E> lifecycle;

    private Definition(Lifecycle<S, String, P, X, C, E> lifecycle) {
      this.lifecycle = lifecycle;
    }

    /**
     * The definition of a lifecycle checked when built; it declares how a replay tells the
     * context a history was recorded in ({@link LifecycleBuilder#context}).
     *
     * @param built the lifecycle, or the errors in its definition
     * @throws IllegalStateException if the definition has errors (a programmer error)
     */
    static <S extends Enum<S>, P, X extends Subject<S, P, X, C, E>, C extends LifecycleCommand,
        E extends LifecycleEvent<String>> Definition<S, P, X, C, E> of(
        Validation<Seq<DefinitionError>, Lifecycle<S, String, P, X, C, E>> built) {
      return new Definition<>(built.fold(errors -> {
        throw new IllegalStateException("Invalid lifecycle: "
            + errors.map(DefinitionError::code).mkString(", "));
      }, valid -> valid));
    }

    Lifecycle<S, String, P, X, C, E> lifecycle() {
      return lifecycle;
    }

    Either<Rejection, Accepted<X, E>> start(P context, C command) {
      return lifecycle.start(context, command);
    }

    Either<HistoryError, X> replay(P context, Seq<? extends E> events) {
      return lifecycle.replay(context, events);
    }

    Either<HistoryError, X> replay(P context, Seq<? extends E> events, long expectedVersion) {
      return lifecycle.replay(context, events, expectedVersion);
    }
  }
}
