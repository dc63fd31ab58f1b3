package org.areso.examples.author;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Facts;
import org.areso.core.kernel.Structure;
import org.areso.rules.text.PolicyTexts;

/**
 * The Java of {@code docs/RULE-AUTHORS.md}: a host loads a pilot's policy file from its own store
 * with {@link PolicyTexts}, keeps the current policies in one place, and decides a request. The
 * tutorial's snippet is the body of {@link #decide(String)} between its markers, which
 * {@code RuleAuthorsTest} compares with the tutorial and runs.
 */
public final class RuleAuthors {

  private RuleAuthors() { }

  /**
   * Loads the pilot's policy file as a host would and decides one request, a CHRS of 30 in Rennes
   * asking on 10 March 2027.
   *
   * @param storedText the policy file's text, as the host's store holds it, not null
   * @return the decision, never null
   * @throws IllegalStateException if the text is refused or gives no policy for the request's
   *     date (the example itself would be wrong)
   */
  static Decision decide(String storedText) {
    // rule-authors:begin
    AtomicReference<PolicyTexts> policies = new AtomicReference<>(PolicyTexts.empty());
    PolicyTexts loaded = policies.get()
        .withText("example-bretagne-pilot.yaml", storedText)   // or every error, positioned
        .toEither().getOrElseThrow(errors -> new IllegalStateException(errors.mkString("\n")));
    policies.set(loaded);                 // the next decisions see the new text
    LocalDate requestDate = LocalDate.of(2027, 3, 10);
    Structure chrs = Structure.builder().legalForm("ASSOCIATION").departement("35")
        .casfItems("8").headcount("30").staffRepresentation("yes").build().get();
    Decision decision = policies.get().policy("example-bretagne-pilot", requestDate)
        .map(policy -> policy.evaluate(Facts.of(chrs).requestDate(requestDate)))
        .getOrElseThrow(() -> new IllegalStateException("no version in force on that day"));
    // rule-authors:end
    return decision;
  }
}
