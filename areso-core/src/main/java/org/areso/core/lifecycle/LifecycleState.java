package org.areso.core.lifecycle;

/**
 * What the lifecycle kernel needs to read from a subject's state: its stage, identity and version.
 *
 * @param <S> the stage type
 * @param <I> the type of the subject's identifier
 */
public interface LifecycleState<S extends Enum<S>, I> {

  /**
   * The stage the subject is in.
   *
   * @return the stage, never null
   */
  S stage();

  /**
   * The subject's identifier.
   *
   * @return the identifier, never null
   */
  I subject();

  /**
   * The number of events that produced this state.
   *
   * @return the version, at least 1
   */
  long version();
}
