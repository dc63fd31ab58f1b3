package org.areso.core.lifecycle;

/**
 * A command: what an actor asks for, in the imperative. Implementations are immutable records.
 */
public interface LifecycleCommand {

  /**
   * Who asks, and when.
   *
   * @return the stamp, never null
   */
  Stamp stamp();

  /**
   * The version of the subject the actor saw when asking; {@code 0} for the command that starts a
   * lifecycle. A command whose version is not the subject's current version is refused with
   * {@link Rejection.VersionConflict} (optimistic concurrency).
   *
   * @return the version seen
   */
  long version();
}
