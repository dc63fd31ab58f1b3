package org.areso.core.lifecycle;

import static java.util.Objects.requireNonNull;

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
}
