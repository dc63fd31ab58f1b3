package org.areso.core.eligibility;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.areso.core.kernel.Reason;

/**
 * The service a rule author implements to add whole policies to Areso, found through
 * {@link java.util.ServiceLoader} by {@link PolicyCatalogue#discover()}.
 *
 * <p>Declare the implementation with {@code provides org.areso.core.eligibility.PolicyProvider
 * with ...} in the author's {@code module-info.java}, or in
 * {@code META-INF/services/org.areso.core.eligibility.PolicyProvider} on the class path. An
 * implementation needs a public no-argument constructor and must be pure.
 */
public interface PolicyProvider {

  /**
   * The policies this provider adds, each as {@link Policy#of} built it, so that a policy refused
   * at build time is reported with its reasons rather than lost.
   *
   * @return the policies, never null
   */
  Seq<Validation<Seq<Reason>, Policy>> policies();
}
