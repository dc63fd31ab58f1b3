package org.areso.core.lifecycle;

/**
 * Makes the event a command emits. The lifecycle kernel hands it the version the event produces, so
 * no definition counts versions itself.
 *
 * @param <T> the subject's state type (or the context type, for the starting transition)
 * @param <C> the command type
 * @param <E> the event type
 */
@FunctionalInterface
public interface Emitter<T, C, E> {

  /**
   * Makes the event.
   *
   * @param subject the state the command applies to (or the context, for the start), not null
   * @param command the accepted command, not null
   * @param version the version the event produces: 1 for the first event, then one more each
   * @return the event, never null
   */
  E emit(T subject, C command, long version);
}
