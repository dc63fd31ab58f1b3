package org.areso.core.lifecycle;

import java.time.LocalDateTime;

/**
 * What the lifecycle kernel needs to read from a subject's state: its stage, identity and version,
 * and when its last event was stamped.
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

  /**
   * When the subject's last event was stamped: a command stamped earlier is refused
   * ({@code STAMP_BEFORE_LAST_EVENT}), for the history would go back in time.
   *
   * <p>This default keeps no such time ({@link LocalDateTime#MIN}: no command is refused for it);
   * Areso's own subjects keep it.
   *
   * @return the time, never null
   */
  default LocalDateTime lastEventAt() {
    return LocalDateTime.MIN;
  }
}
