package org.areso.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;

/**
 * What an accepted command gives: the subject's new state and the events to store, oldest first.
 * The state is what replaying the stored history with these events would give.
 *
 * <p>Immutable and thread-safe when the state is.
 *
 * @param <X> the state type
 * @param <E> the event type
 * @param state the new state, not null
 * @param events the events the command emitted, at least one, not null
 */
public record Accepted<X, E>(X state, Seq<E> events) {

  /** Creates the result. @throws NullPointerException if an argument is null */
  public Accepted {
    requireNonNull(state, "state");
    requireNonNull(events, "events");
  }
}
