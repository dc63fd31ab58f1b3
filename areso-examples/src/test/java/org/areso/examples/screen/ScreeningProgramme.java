package org.areso.examples.screen;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Set;
import org.areso.core.engagement.Workflow;
import org.areso.core.eligibility.Policy;
import org.areso.core.ethics.Charter;
import org.areso.core.ethics.Principle;
import org.areso.core.kernel.Text;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.core.programme.ProgrammeProvider;
import org.areso.rules.CasfL3121;

/**
 * The test programme {@value ScreeningPolicies#ID}, carrying {@link ScreeningPolicies#policy()}:
 * what the screening command looks up by identifier in its tests. Declared in no service file, so
 * that the discovered catalogue stays the seeds' programmes and the pilot.
 */
record ScreeningProgramme(String id, Policy policy) implements Programme {

  /** The one instance. */
  static final ScreeningProgramme INSTANCE =
      new ScreeningProgramme(ScreeningPolicies.ID, ScreeningPolicies.policy());

  /** A catalogue of this programme alone. */
  static ProgrammeCatalogue catalogue() {
    return ProgrammeCatalogue.of(List.<ProgrammeProvider>of(() -> List.of(INSTANCE))).get();
  }

  @Override
  public Text name() {
    return policy.title();
  }

  @Override
  public Set<FormatId> formats() {
    return LinkedHashSet.of(FormatId.of("seminar").get());
  }

  @Override
  public Charter charter() {
    return Charter.builder(id, CasfL3121.ARTICLE)
        .article(Principle.FREEDOM, Text.of("Participation libre.", "Free participation."))
        .build().get();
  }

  @Override
  public Workflow workflow() {
    return Workflow.standard();
  }
}
