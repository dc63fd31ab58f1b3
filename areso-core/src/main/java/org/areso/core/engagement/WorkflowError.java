package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;

/**
 * Why a workflow definition was refused when built: errors of whoever writes a programme, found
 * once, before any engagement uses it. The lifecycle the workflow assembles is checked too, and its
 * {@link org.areso.core.lifecycle.DefinitionError}s are reported beside these.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface WorkflowError extends Reason {

  /** No party is asked to consent: the freedom and adhesion of the parties could not be kept. */
  record NoConsentingParty() implements WorkflowError {
    @Override
    public String code() {
      return "WORKFLOW_WITHOUT_CONSENTING_PARTY";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le déroulé ne demande l'accord d'aucune partie.";
        case EN -> "The workflow asks no party for its consent.";
      };
    }
  }

  /** No kind of facilitator may be assigned, so no engagement could start. */
  record NoFacilitatorKind() implements WorkflowError {
    @Override
    public String code() {
      return "WORKFLOW_WITHOUT_FACILITATOR_KIND";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le déroulé n'admet aucun type d'intervenant.";
        case EN -> "The workflow admits no kind of facilitator.";
      };
    }
  }

  /**
   * A step is malformed: it covers no stage, shares a stage with another step, repeats another
   * step's identifier, or comes before a step whose stages precede its own.
   *
   * @param step the step's identifier, not null
   * @param problem what is wrong, in French and English, not null
   */
  record StepMalformed(String step, Problem problem) implements WorkflowError {
    /** Creates the error. @throws NullPointerException if an argument is null */
    public StepMalformed {
      requireNonNull(step, "step");
      requireNonNull(problem, "problem");
    }

    @Override
    public String code() {
      return "WORKFLOW_STEP_MALFORMED";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "L'étape « " + step + " » " + problem.fr + ".";
        case EN -> "Step '" + step + "' " + problem.en + ".";
      };
    }
  }

  /** What is wrong with a step. */
  enum Problem {
    /** It covers no stage. */
    NO_STAGE("ne couvre aucune étape du cycle", "covers no stage"),
    /** Another step covers one of its stages. */
    SHARED_STAGE("partage une étape du cycle avec une autre", "shares a stage with another step"),
    /** Another step has the same identifier. */
    DUPLICATE_ID("est déclarée deux fois", "is declared twice"),
    /** Its stages come before those of the step declared before it. */
    OUT_OF_ORDER("vient avant l'étape déclarée avant elle",
        "comes before the step declared before it");

    private final String fr;
    private final String en;

    Problem(String fr, String en) {
      this.fr = fr;
      this.en = en;
    }
  }
}
