package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Set;
import org.areso.core.kernel.Text;
import org.areso.core.programme.FormatId;

/**
 * One step (étape) of a programme's workflow, such as SORESO's free first meeting: its name, the
 * stages of the engagement it covers, and the formats delivered in it. A workflow's steps follow
 * the stages' order and cannot be skipped, since the stages cannot.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the step's stable identifier, not null
 * @param name the step's name in French and English, not null
 * @param stages the stages it covers, at least one, not null
 * @param formats the formats delivered in it, possibly none, not null
 */
public record WorkflowStep(String id, Text name, Set<EngagementStage> stages,
    Set<FormatId> formats) {

  /** Creates a step. @throws NullPointerException if an argument is null */
  public WorkflowStep {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(stages, "stages");
    requireNonNull(formats, "formats");
  }
}
