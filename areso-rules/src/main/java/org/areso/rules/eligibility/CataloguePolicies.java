package org.areso.rules.eligibility;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.PolicyProvider;
import org.areso.core.kernel.Reason;

/**
 * The eligibility policies of the five programmes of the catalogue, for
 * {@link org.areso.core.eligibility.PolicyCatalogue#discover()}: {@code areso},
 * {@code areso-social-2023}, {@code soreso}, {@code aura-dialogue-qvt},
 * {@code workplace-social-service}.
 *
 * <p>Declared in {@code module-info.java} and in {@code META-INF/services}. Immutable and
 * thread-safe.
 */
public final class CataloguePolicies implements PolicyProvider {

  /** Creates the provider; {@link java.util.ServiceLoader} calls it. */
  public CataloguePolicies() {
    // nothing to set up: the policies are built once, as constants
  }

  @Override
  public Seq<Validation<Seq<Reason>, Policy>> policies() {
    return List.of(AresoPolicy.built(), AresoSocial2023Policy.built(), SoresoPolicy.built(),
        AuraDialogueQvtPolicy.built(), WorkplaceSocialServicePolicy.built());
  }
}
