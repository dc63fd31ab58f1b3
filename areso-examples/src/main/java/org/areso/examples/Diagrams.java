package org.areso.examples;

import org.areso.core.engagement.Engagement;
import org.areso.core.programme.Programme;

/** A programme's engagement lifecycle as a Mermaid diagram, with the programme's own terms. */
final class Diagrams {

  private Diagrams() { }

  /**
   * The diagram: the lifecycle every engagement follows, preceded by the programme's terms that
   * shape it (who consents, whether a pre-diagnosis comes first) as Mermaid comments.
   */
  static String of(Programme programme) {
    StringBuilder out = new StringBuilder();
    out.append("%% ").append(programme.id()).append(" — ").append(programme.name().en())
        .append('\n');
    out.append("%% consent and validation by: ").append(programme.consentingParties()
        .map(Enum::name).mkString(", ")).append('\n');
    out.append("%% pre-diagnosis before qualifying: ")
        .append(programme.requiresPreDiagnosis() ? "required (qualify from REQUESTED refused)"
            : "not required").append('\n');
    out.append("%% charter: ").append(programme.charter().articles()
        .map(a -> a.principle().name()).mkString(", "))
        .append(programme.charter().anonymityTowardsSupervisingAuthorities()
            ? " (anonymity towards supervising authorities)" : "").append('\n');
    out.append(Engagement.lifecycle().toMermaid());
    return out.toString();
  }
}
