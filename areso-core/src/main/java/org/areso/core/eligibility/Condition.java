package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.function.BiPredicate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;

/**
 * A rule over one fact (and possibly a {@link DatedParameter}), built by
 * {@link Rule#condition(String, Text, Fact, java.util.function.Predicate)}: the leaves of a policy.
 *
 * <p>Immutable and thread-safe, provided its test is pure.
 */
public final class Condition implements Rule {

  private final String name;
  private final Text description;
  private final Option<LegalReference> reference;
  private final Option<DateWindow> validity;
  private final Fact<?> fact;
  private final Option<DatedParameter<?>> parameter;
  private final BiPredicate<Object, Object> test;

  private Condition(String name, Text description, Option<LegalReference> reference,
      Option<DateWindow> validity, Fact<?> fact, Option<DatedParameter<?>> parameter,
      BiPredicate<Object, Object> test) {
    this.name = name;
    this.description = description;
    this.reference = reference;
    this.validity = validity;
    this.fact = fact;
    this.parameter = parameter;
    this.test = test;
  }

  @SuppressWarnings("unchecked")
  static <T> Condition create(String name, Text description, Fact<T> fact,
      Option<DatedParameter<?>> parameter, BiPredicate<? super T, Object> test) {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(fact, "fact");
    return new Condition(name, description, Option.none(), Option.none(), fact, parameter,
        (BiPredicate<Object, Object>) test);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Text description() {
    return description;
  }

  @Override
  public Option<LegalReference> reference() {
    return reference;
  }

  @Override
  public Option<DateWindow> validity() {
    return validity;
  }

  /**
   * The fact this condition reads.
   *
   * @return the fact, never null
   */
  public Fact<?> fact() {
    return fact;
  }

  /**
   * The dated parameter this condition compares the fact with, if any.
   *
   * @return the parameter, never null
   */
  public Option<DatedParameter<?>> parameter() {
    return parameter;
  }

  @Override
  public Condition citing(LegalReference reference) {
    return new Condition(name, description, Option.some(requireNonNull(reference, "reference")),
        validity, fact, parameter, test);
  }

  @Override
  public Condition validDuring(DateWindow window) {
    return new Condition(name, description, reference,
        Option.some(requireNonNull(window, "window")), fact, parameter, test);
  }

  /**
   * The verdict code of this condition alone (validity apart); allocates nothing when the fact is
   * a standard one and the test allocates nothing.
   */
  int test(Facts facts) {
    Object param = null;
    boolean dateUnknown = false;
    if (parameter.isDefined()) {
      Option<java.time.LocalDate> date = facts.requestDate();
      if (date.isEmpty()) {
        dateUnknown = true;
      } else {
        Option<?> inForce = parameter.get().valueOn(date.get());
        if (inForce.isEmpty()) {
          return Verdict.NO;
        }
        param = inForce.get();
      }
    }
    Option<?> value = fact.read(facts);
    if (value.isEmpty() || dateUnknown) {
      return Verdict.UNKNOWN;
    }
    return test.test(value.get(), param) ? Verdict.YES : Verdict.NO;
  }

  /** The rule's name. */
  @Override
  public String toString() {
    return name;
  }
}
