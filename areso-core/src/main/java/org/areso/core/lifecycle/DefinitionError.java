package org.areso.core.lifecycle;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.BundledReason;

/**
 * Why a lifecycle definition was refused when built. These are errors of whoever writes a
 * definition, found once, before any subject uses it.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface DefinitionError extends BundledReason {

  /** No starting transition was declared. */
  record NoStart() implements DefinitionError {
    @Override
    public String code() {
      return "LIFECYCLE_WITHOUT_START";
    }
  }

  /**
   * A stage that no path from the start reaches.
   *
   * @param stage the stage, not null
   */
  record UnreachableStage(String stage) implements DefinitionError {
    /** Creates the error. @throws NullPointerException if stage is null */
    public UnreachableStage {
      requireNonNull(stage, "stage");
    }

    @Override
    public String code() {
      return "UNREACHABLE_STAGE";
    }
  }

  /**
   * A stage that is not terminal but has no transition to another stage.
   *
   * @param stage the stage, not null
   */
  record DeadEnd(String stage) implements DefinitionError {
    /** Creates the error. @throws NullPointerException if stage is null */
    public DeadEnd {
      requireNonNull(stage, "stage");
    }

    @Override
    public String code() {
      return "DEAD_END_STAGE";
    }
  }

  /**
   * A terminal stage with a transition out of it.
   *
   * @param stage the stage, not null
   * @param transition the transition's name, not null
   */
  record TerminalWithExit(String stage, String transition) implements DefinitionError {
    /** Creates the error. @throws NullPointerException if an argument is null */
    public TerminalWithExit {
      requireNonNull(stage, "stage");
      requireNonNull(transition, "transition");
    }

    @Override
    public String code() {
      return "TERMINAL_STAGE_WITH_EXIT";
    }
  }

  /**
   * Two transitions of one stage for the same command, or the same event: the machine would not
   * be deterministic, or a history could not be replayed unambiguously.
   *
   * @param stage the stage, not null
   * @param type the command or event type name, not null
   */
  record Ambiguous(String stage, String type) implements DefinitionError {
    /** Creates the error. @throws NullPointerException if an argument is null */
    public Ambiguous {
      requireNonNull(stage, "stage");
      requireNonNull(type, "type");
    }

    @Override
    public String code() {
      return "AMBIGUOUS_TRANSITION";
    }
  }
}
