package org.areso.core.programme;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.Text;

/**
 * An outcome a programme's text says its engagements aim at ("créer les conditions favorables à
 * l'écoute…"), which a closing assessment records as reached by its identifier. Immutable and
 * thread-safe.
 *
 * @param id the outcome's stable identifier within its programme, not null
 * @param description the outcome in the programme's words (French) and in English, not null
 */
public record Outcome(String id, Text description) {

  /** Creates an outcome. @throws NullPointerException if an argument is null */
  public Outcome {
    requireNonNull(id, "id");
    requireNonNull(description, "description");
  }
}
