package org.areso.core.lifecycle;

import org.areso.core.kernel.Stamp;

/**
 * A command: what an actor asks for, in the imperative. Implementations are immutable records.
 *
 * <p>A command does not carry the subject's version: the kernel numbers the events it emits, and a
 * host that checks the version its user saw passes it to {@link Lifecycle#handle(LifecycleState,
 * LifecycleCommand, long)}.
 */
public interface LifecycleCommand {

  /**
   * Who asks, and when.
   *
   * @return the stamp, never null
   */
  Stamp stamp();

}
