package org.areso.examples;

import org.areso.core.engagement.Workflow;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;

/** A programme's engagement lifecycle as a Mermaid diagram, with the programme's own terms. */
final class Diagrams {

  private Diagrams() { }

  /**
   * The diagram: the lifecycle the programme's workflow assembles, with its named steps as notes,
   * preceded by the workflow's choices (who consents, whether a pre-diagnosis comes first, who is
   * assigned and the qualifications they must carry, what ending and closing need, whether a
   * call's selection comes before qualifying) as Mermaid comments.
   */
  static String of(Programme programme) {
    StringBuilder out = new StringBuilder();
    out.append("%% ").append(programme.id()).append(" — ").append(programme.name().en())
        .append('\n');
    Workflow workflow = programme.workflow();
    out.append("%% consent and validation by: ").append(workflow.consentOf()
        .map(Enum::name).mkString(", "))
        .append(workflow.representativesWhereElected()
            ? " (STAFF_REPRESENTATIVES where the structure has some)" : "").append('\n');
    out.append("%% pre-diagnosis before qualifying: ")
        .append(workflow.preDiagnosisRequired() ? "required (qualify from REQUESTED refused)"
            : "not required").append('\n');
    out.append("%% assigned: ").append(workflow.staffing().pair() ? "a pair of " : "one of ")
        .append(workflow.staffing().kinds().map(Enum::name).mkString(", "))
        .append(workflow.staffing().qualifications().isEmpty() ? ""
            : (workflow.staffing().pair() ? "; each carrying " : "; carrying ")
                + workflow.staffing().qualifications().map(q -> q.name()
                    + q.reference().map(r -> " (" + r.citation() + ")").getOrElse(""))
                .mkString(", "))
        .append('\n');
    out.append("%% to end the intervention: ")
        .append(workflow.actionPlanToEnd() ? "an adopted action plan" : "no action plan needed")
        .append(workflow.actionPlanToEnd() && !workflow.noActionPlanFor().isEmpty()
            ? " (none for " + workflow.noActionPlanFor().map(FormatId::value).mkString(", ") + ")"
            : "")
        .append("; to close: ")
        .append(workflow.followUpReviewToClose() ? "a follow-up review" : "nothing more")
        .append('\n');
    out.append("%% selection by a call for applications: ")
        .append(workflow.selectionRequired()
            ? "required (qualify before recordSelection refused)" : "not required").append('\n');
    out.append("%% charter: ").append(programme.charter().articles()
        .map(a -> a.principle().name()).mkString(", "))
        .append(programme.charter().anonymityTowardsSupervisingAuthorities()
            ? " (anonymity towards supervising authorities)" : "").append('\n');
    out.append(workflow.toMermaid());
    return out.toString();
  }
}
