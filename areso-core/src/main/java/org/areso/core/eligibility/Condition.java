package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
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
  /** The parameter, or null: what the fast path reads. */
  private final DatedParameter<?> dated;
  /** The test of a condition without parameter, else null. */
  private final Predicate<Object> test;
  /** The test of a condition with a parameter, else null. */
  private final BiPredicate<Object, Object> datedTest;

  private Condition(String name, Text description, Option<LegalReference> reference,
      Option<DateWindow> validity, Fact<?> fact, Option<DatedParameter<?>> parameter,
      Predicate<Object> test, BiPredicate<Object, Object> datedTest) {
    this.name = name;
    this.description = description;
    this.reference = reference;
    this.validity = validity;
    this.fact = fact;
    this.parameter = parameter;
    this.dated = parameter.getOrNull();
    this.test = test;
    this.datedTest = datedTest;
  }

  @SuppressWarnings("unchecked")
  static <T> Condition create(String name, Text description, Fact<T> fact,
      Predicate<? super T> test) {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(fact, "fact");
    return new Condition(name, description, Option.none(), Option.none(), fact, Option.none(),
        (Predicate<Object>) test, null);
  }

  @SuppressWarnings("unchecked")
  static <T> Condition create(String name, Text description, Fact<T> fact,
      DatedParameter<?> parameter, BiPredicate<? super T, Object> test) {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(fact, "fact");
    return new Condition(name, description, Option.none(), Option.none(), fact,
        Option.some(parameter), null, (BiPredicate<Object, Object>) test);
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
        validity, fact, parameter, test, datedTest);
  }

  @Override
  public Condition validDuring(DateWindow window) {
    return new Condition(name, description, reference,
        Option.some(requireNonNull(window, "window")), fact, parameter, test, datedTest);
  }

  /**
   * The verdict code of this condition alone (validity apart); allocates nothing when the test
   * allocates nothing.
   */
  int test(Facts facts) {
    if (dated == null) {
      Object value = fact.valueOrNull(facts);
      return value == null ? Verdict.UNKNOWN : test.test(value) ? Verdict.YES : Verdict.NO;
    }
    java.time.LocalDate date = facts.dateOrNull();
    Object param = null;
    if (date != null) {
      param = dated.valueOrNull(date.toEpochDay());
      if (param == null) {
        return Verdict.NO;
      }
    }
    Object value = fact.valueOrNull(facts);
    if (value == null || date == null) {
      return Verdict.UNKNOWN;
    }
    return datedTest.test(value, param) ? Verdict.YES : Verdict.NO;
  }

  /** The rule's name. */
  @Override
  public String toString() {
    return name;
  }
}
