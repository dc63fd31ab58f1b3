package org.areso.core.eligibility;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.areso.core.kernel.Reason;

/** A rule author's provider, registered in META-INF/services for the discovery test. */
public final class ExampleProvider implements PolicyProvider {

  /** Creates the provider, as ServiceLoader does. */
  public ExampleProvider() {}

  @Override
  public Seq<Validation<Seq<Reason>, Policy>> policies() {
    return List.of(EligibilityFixtures.social2023());
  }
}
