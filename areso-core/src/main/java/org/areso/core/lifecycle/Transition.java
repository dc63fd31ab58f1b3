package org.areso.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * One transition of a lifecycle as listed: from a stage (none for the start), on a command, to a
 * stage, emitting an event, under named guards.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <S> the stage type
 * @param name the transition's name, not null
 * @param from the source stage; empty for the starting transition, not null
 * @param to the target stage, not null
 * @param command the command type, not null
 * @param event the event type, not null
 * @param guards the names of the guards, in order, not null
 */
public record Transition<S extends Enum<S>>(
    String name, Option<S> from, S to, Class<?> command, Class<?> event, Seq<String> guards) {

  /** Creates a listed transition. @throws NullPointerException if an argument is null */
  public Transition {
    requireNonNull(name, "name");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(command, "command");
    requireNonNull(event, "event");
    requireNonNull(guards, "guards");
  }

  /**
   * Whether this is the starting transition.
   *
   * @return true for the start
   */
  public boolean isStart() {
    return from.isEmpty();
  }

  /**
   * Whether this transition stays in its stage.
   *
   * @return true when the source and target stages are equal
   */
  public boolean isLoop() {
    return from.contains(to);
  }
}
