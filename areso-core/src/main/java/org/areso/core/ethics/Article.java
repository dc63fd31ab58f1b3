package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.Text;

/**
 * One principle of a charter, in the programme's own words.
 *
 * <p>Immutable and thread-safe.
 *
 * @param principle the principle, not null
 * @param wording the programme's wording, in French (its own words) and English, not null
 */
public record Article(Principle principle, Text wording) {

  /** Creates an article. @throws NullPointerException if an argument is null */
  public Article {
    requireNonNull(principle, "principle");
    requireNonNull(wording, "wording");
  }
}
