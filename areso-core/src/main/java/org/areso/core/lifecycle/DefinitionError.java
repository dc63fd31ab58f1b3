package org.areso.core.lifecycle;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;

/**
 * Why a lifecycle definition was refused when built. These are errors of whoever writes a
 * definition, found once, before any subject uses it.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface DefinitionError extends Reason {

  /** No starting transition was declared. */
  record NoStart() implements DefinitionError {
    @Override
    public String code() {
      return "LIFECYCLE_WITHOUT_START";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le cycle de vie n'a pas de transition de départ.";
        case EN -> "The lifecycle has no starting transition.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "L'étape " + stage + " ne peut être atteinte depuis le départ.";
        case EN -> "Stage " + stage + " cannot be reached from the start.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "L'étape " + stage + " n'est pas finale mais n'a aucune sortie.";
        case EN -> "Stage " + stage + " is not terminal but has no way out.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "L'étape finale " + stage + " a une sortie : " + transition + ".";
        case EN -> "Terminal stage " + stage + " has a way out: " + transition + ".";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "L'étape " + stage + " a deux transitions pour " + type + ".";
        case EN -> "Stage " + stage + " has two transitions for " + type + ".";
      };
    }
  }
}
