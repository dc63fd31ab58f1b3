package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.ServiceLoader;
import org.areso.core.kernel.Reason;

/**
 * The policies known to a host, by identifier: those of the {@link PolicyProvider}s found on the
 * class path or module path, or given explicitly.
 *
 * <p>Immutable and thread-safe.
 */
public final class PolicyCatalogue {

  private final Map<String, Policy> policies;

  private PolicyCatalogue(Map<String, Policy> policies) {
    this.policies = policies;
  }

  /**
   * The policies of every {@link PolicyProvider} that {@link ServiceLoader} finds.
   *
   * @return the catalogue, or every reason found in any provider's policies and
   *     {@code DUPLICATE_POLICY} for identifiers given twice
   */
  public static Validation<Seq<Reason>, PolicyCatalogue> discover() {
    return of(List.ofAll(ServiceLoader.load(PolicyProvider.class)));
  }

  /**
   * The policies of the given providers.
   *
   * @param providers the providers, not null
   * @return the catalogue, or every reason found in any provider's policies and
   *     {@code DUPLICATE_POLICY} for identifiers given twice
   * @throws NullPointerException if providers is null (a programmer error)
   */
  public static Validation<Seq<Reason>, PolicyCatalogue> of(
      Iterable<? extends PolicyProvider> providers) {
    requireNonNull(providers, "providers");
    Seq<Validation<Seq<Reason>, Policy>> all =
        List.ofAll(providers).flatMap(PolicyProvider::policies);
    List<Reason> errors = List.ofAll(all.filter(Validation::isInvalid)
        .flatMap(Validation::getError));
    Seq<Policy> valid = all.filter(Validation::isValid).map(Validation::get);
    errors = errors.appendAll(valid.groupBy(Policy::id).filter(e -> e._2.size() > 1).keySet()
        .toList().sorted().map(EligibilityReason.DuplicatePolicy::new));
    return errors.isEmpty()
        ? Validation.valid(new PolicyCatalogue(LinkedHashMap.ofEntries(
            valid.map(p -> io.vavr.Tuple.of(p.id(), p)))))
        : Validation.invalid(errors);
  }

  /**
   * A policy by its identifier.
   *
   * @param id the identifier, not null
   * @return the policy, or none
   * @throws NullPointerException if id is null (a programmer error)
   */
  public Option<Policy> policy(String id) {
    return policies.get(requireNonNull(id, "id"));
  }

  /**
   * The identifiers of every policy, in the order found.
   *
   * @return the identifiers, never null
   */
  public Seq<String> ids() {
    return policies.keySet().toList();
  }
}
