package org.areso.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;

/**
 * One step on the way to a stage where a refused command would apply: the command that leaves a
 * stage, and what is pending before it can (with who must act), as far as it is known now.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage the step leaves (a constant of the lifecycle's stage enum), not null
 * @param command the type of the command that leaves it, not null
 * @param pending what is pending in that stage and who must act; known for the current stage
 *     only, empty for the stages after it, not null
 */
public record PathStep(
    Enum<?> stage, Class<? extends LifecycleCommand> command, Seq<Unmet> pending) {

  /**
   * Creates a step.
   *
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public PathStep {
    requireNonNull(stage, "stage");
    requireNonNull(command, "command");
    requireNonNull(pending, "pending");
  }
}
