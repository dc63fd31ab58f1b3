package org.areso.rules.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;

/**
 * Whether the labour code obliges an establishment to organise a workplace social service
 * (service social du travail, article L.4631-1): from {@link #threshold()} employees on. It is an
 * obligation of the employer, reported beside eligibility, never a condition of it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param status required, not required, or unknown when the headcount is unknown; not null
 * @param headcount the headcount seen, none when unknown; not null
 * @param threshold the headcount from which the service is required
 * @param reference the article that sets the obligation, not null
 */
public record SocialServiceObligation(Status status, Option<Integer> headcount, int threshold,
    LegalReference reference) {

  /** Whether the obligation applies. */
  public enum Status {
    /** The headcount reaches the threshold: the service must be organised. */
    REQUIRED,
    /** The headcount is below the threshold: the service is voluntary. */
    NOT_REQUIRED,
    /** The headcount is unknown. */
    UNKNOWN
  }

  /** Creates the value. @throws NullPointerException if an argument is null */
  public SocialServiceObligation {
    requireNonNull(status, "status");
    requireNonNull(headcount, "headcount");
    requireNonNull(reference, "reference");
  }

  /**
   * Whether the service is required.
   *
   * @return true only when the headcount is known and reaches the threshold
   */
  public boolean isRequired() {
    return status == Status.REQUIRED;
  }

  /**
   * The obligation as a person reads it, with its citation.
   *
   * @param language the language, not null
   * @return the text, never null
   * @throws NullPointerException if language is null (a programmer error)
   */
  public String message(Language language) {
    requireNonNull(language, "language");
    String count = headcount.map(String::valueOf).getOrElse("?");
    Text text = switch (status) {
      case REQUIRED -> Text.of("Avec " + count + " salariés (" + threshold + " ou plus), un"
              + " service social du travail est obligatoire.",
          "With " + count + " employees (" + threshold + " or more), a workplace social service"
              + " is required.");
      case NOT_REQUIRED -> Text.of("Avec " + count + " salariés (moins de " + threshold + "), un"
              + " service social du travail est facultatif.",
          "With " + count + " employees (fewer than " + threshold + "), a workplace social"
              + " service is voluntary.");
      case UNKNOWN -> Text.of("Effectif inconnu : l'obligation d'un service social du travail"
              + " (" + threshold + " salariés ou plus) ne peut être dite.",
          "Headcount unknown: whether a workplace social service is required (" + threshold
              + " employees or more) cannot be told.");
    };
    return text.in(language) + " (" + reference.citation() + ")";
  }
}
