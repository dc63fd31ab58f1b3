package org.areso.core.lifecycle;

/**
 * Records one event of a history, and the stage it leads to, in a mutable draft: see {@link
 * LifecycleBuilder#drafting}.
 *
 * @param <D> the draft's type
 * @param <E> the event type
 * @param <S> the stage type
 */
@FunctionalInterface
public interface Recorder<D, E, S> {

  /**
   * Records the event.
   *
   * @param draft the draft, not null
   * @param event the event, already checked, not null
   * @param to the stage the event leads to, not null
   */
  void accept(D draft, E event, S to);
}
