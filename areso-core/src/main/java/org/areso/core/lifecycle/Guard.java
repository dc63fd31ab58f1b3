package org.areso.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.vavr.Function3;
import io.vavr.collection.Seq;
import java.util.function.BiFunction;

/**
 * A named precondition of a transition: a pure function of the state and the command that returns
 * every unmet precondition it finds, or an empty sequence.
 *
 * <p>Immutable and thread-safe as long as the function is pure.
 *
 * @param <X> the state type (or the context type, for the starting transition)
 * @param <C> the command type
 * @param name the guard's name, shown in listings and diagrams, not null
 * @param check the check, not null; it must be pure and return an empty sequence when satisfied
 */
public record Guard<X, C>(String name, BiFunction<? super X, ? super C, Seq<Unmet>> check) {

  /** Creates a guard. @throws NullPointerException if an argument is null */
  public Guard {
    requireNonNull(name, "name");
    requireNonNull(check, "check");
  }

  /**
   * Creates a guard.
   *
   * @param <X> the state type
   * @param <C> the command type
   * @param name the guard's name, not null
   * @param check the pure check, not null
   * @return the guard, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static <X, C> Guard<X, C> of(
      String name, BiFunction<? super X, ? super C, Seq<Unmet>> check) {
    return new Guard<>(name, check);
  }

  /**
   * Creates a guard that reads the state the command leads to, such as an audit of what the
   * command would change. {@code check} answers before the command is applied: it must work the
   * next state out itself. Once every other guard of the transition passed, the lifecycle emits
   * the event, folds it, and asks {@code checkNext} instead, with that next state, so that the
   * state is not built twice. Both must find the same unmet preconditions for the same state and
   * command; when {@code checkNext} finds some, the command is refused as with any guard and the
   * next state is dropped.
   *
   * @param <X> the state type
   * @param <C> the command type
   * @param name the guard's name, not null
   * @param check the pure check from the state and the command, not null
   * @param checkNext the pure check from the state, the command and the state it leads to, not
   *     null
   * @return the guard, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static <X, C> Guard<X, C> foreseeing(String name,
      BiFunction<? super X, ? super C, Seq<Unmet>> check,
      Function3<? super X, ? super C, ? super X, Seq<Unmet>> checkNext) {
    return new Guard<>(name, new Foreseeing<>(check, checkNext));
  }

  /** The check of a {@linkplain #foreseeing foreseeing} guard, which the lifecycle recognises. */
  static final class Foreseeing<X, C> implements BiFunction<X, C, Seq<Unmet>> {
    private final BiFunction<? super X, ? super C, Seq<Unmet>> check;
    final Function3<? super X, ? super C, ? super X, Seq<Unmet>> checkNext;

    Foreseeing(BiFunction<? super X, ? super C, Seq<Unmet>> check,
        Function3<? super X, ? super C, ? super X, Seq<Unmet>> checkNext) {
      this.check = requireNonNull(check, "check");
      this.checkNext = requireNonNull(checkNext, "checkNext");
    }

    @Override
    public Seq<Unmet> apply(X state, C command) {
      return check.apply(state, command);
    }
  }
}
