package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.BundledReason;

/**
 * Why a workflow definition was refused when built: errors of whoever writes a programme, found
 * once, before any engagement uses it. The lifecycle the workflow assembles is checked too, and its
 * {@link org.areso.core.lifecycle.DefinitionError}s are reported beside these.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface WorkflowError extends BundledReason {

  /** No party is asked to consent: the freedom and adhesion of the parties could not be kept. */
  record NoConsentingParty() implements WorkflowError {
    @Override
    public String code() {
      return "WORKFLOW_WITHOUT_CONSENTING_PARTY";
    }
  }

  /** No kind of facilitator may be assigned, so no engagement could start. */
  record NoFacilitatorKind() implements WorkflowError {
    @Override
    public String code() {
      return "WORKFLOW_WITHOUT_FACILITATOR_KIND";
    }
  }

  /**
   * A step is malformed: it covers no stage, shares a stage with another step, repeats another
   * step's identifier, or comes before a step whose stages precede its own.
   *
   * @param step the step's identifier, not null
   * @param problem what is wrong, not null
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
  }

  /** What is wrong with a step; the bundles word each, in this order. */
  enum Problem {
    /** It covers no stage. */
    NO_STAGE,
    /** Another step covers one of its stages. */
    SHARED_STAGE,
    /** Another step has the same identifier. */
    DUPLICATE_ID,
    /** Its stages come before those of the step declared before it. */
    OUT_OF_ORDER
  }
}
