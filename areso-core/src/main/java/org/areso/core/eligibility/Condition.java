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
  private final Option<Object> criterion;

  private Condition(String name, Text description, Option<LegalReference> reference,
      Option<DateWindow> validity, Fact<?> fact, Option<DatedParameter<?>> parameter,
      Predicate<Object> test, BiPredicate<Object, Object> datedTest, Option<Object> criterion) {
    this.name = name;
    this.description = description;
    this.reference = reference;
    this.validity = validity;
    this.fact = fact;
    this.parameter = parameter;
    this.dated = parameter.getOrNull();
    this.test = test;
    this.datedTest = datedTest;
    this.criterion = criterion;
  }

  @SuppressWarnings("unchecked")
  static <T> Condition create(String name, Text description, Fact<T> fact,
      Predicate<? super T> test) {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(fact, "fact");
    return new Condition(name, description, Option.none(), Option.none(), fact, Option.none(),
        (Predicate<Object>) test, null, Option.none());
  }

  @SuppressWarnings("unchecked")
  static <T> Condition create(String name, Text description, Fact<T> fact,
      DatedParameter<?> parameter, BiPredicate<? super T, Object> test) {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(fact, "fact");
    return new Condition(name, description, Option.none(), Option.none(), fact,
        Option.some(parameter), null, (BiPredicate<Object, Object>) test, Option.none());
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

  /**
   * What the test tests, as a value, when the one who built the condition said it: such as the
   * comparison and the value a policy file writes ({@code equals: ASSOCIATION}).
   *
   * @return the criterion, none when not said, never null
   * @see #withCriterion(Object)
   */
  public Option<Object> criterion() {
    return criterion;
  }

  @Override
  public Condition citing(LegalReference reference) {
    return new Condition(name, description, Option.some(requireNonNull(reference, "reference")),
        validity, fact, parameter, test, datedTest, criterion);
  }

  @Override
  public Condition validDuring(DateWindow window) {
    return new Condition(name, description, reference,
        Option.some(requireNonNull(window, "window")), fact, parameter, test, datedTest,
        criterion);
  }

  /**
   * This condition saying what its test tests, so that a {@link Policy} knows two conditions of
   * other names for the same test: two conditions over the same fact and the same parameter, in
   * force on the same days, whose criteria are equal, are taken to be met in the same cases (a
   * policy refuses two derogations under such conditions that decide opposite verdicts,
   * {@code DEROGATIONS_ALWAYS_CONFLICT}). The criterion must therefore determine the test, and
   * have value equality: the comparison and its operand, as a policy file writes them.
   *
   * @param criterion what the test tests, not null
   * @return a new condition, never null
   * @throws NullPointerException if criterion is null (a programmer error)
   */
  public Condition withCriterion(Object criterion) {
    return new Condition(name, description, reference, validity, fact, parameter, test,
        datedTest, Option.some(requireNonNull(criterion, "criterion")));
  }

  /**
   * Whether this condition tests what another tests, whatever their names and descriptions: the
   * same condition, or the same fact, parameter, days in force and {@link #criterion() criterion}.
   */
  boolean testsAsDoes(Condition other) {
    return this == other || criterion.isDefined() && criterion.equals(other.criterion)
        && fact.equals(other.fact) && validity.equals(other.validity)
        && parameter.equals(other.parameter);
  }

  /**
   * The verdict code of this condition alone (validity apart); allocates nothing when the test
   * allocates nothing.
   */
  int test(Facts facts) {
    java.time.LocalDate date = facts.dateOrNull();
    return test(facts, date != null, date == null ? 0L : date.toEpochDay());
  }

  /** The same, the request's date given as known or not and as an epoch day. */
  int test(Facts facts, boolean dateKnown, long day) {
    if (dated == null) {
      Object value = fact.valueOrNull(facts);
      return value == null ? unknownOrAbsent(facts) : passes(value) ? Verdict.YES : Verdict.NO;
    }
    Object param = null;
    if (dateKnown) {
      param = dated.valueOrNull(day);
      if (param == null) {
        return Verdict.NO;
      }
    }
    Object value = fact.valueOrNull(facts);
    if (value == null) {
      return unknownOrAbsent(facts);
    }
    if (!dateKnown) {
      return Verdict.UNKNOWN;
    }
    return datedTest.test(value, param) ? Verdict.YES : Verdict.NO;
  }

  /** The verdict over a fact with no value: not met when it cannot apply, else unknown. */
  private int unknownOrAbsent(Facts facts) {
    return fact.absentFrom(facts) ? Verdict.NO : Verdict.UNKNOWN;
  }

  /**
   * The test of a known value. Each standard fact has a call of its own, so that the compiler
   * sees at each only the tests of the conditions over that fact (one or two in a catalogue, where
   * a single call would see them all) and can inline them.
   */
  private boolean passes(Object value) {
    return switch (fact.slot()) {
      case 0 -> test.test(value);
      case 1 -> test.test(value);
      case 2 -> test.test(value);
      case 3 -> test.test(value);
      case 4 -> test.test(value);
      case 5 -> test.test(value);
      case 6 -> test.test(value);
      case 7 -> test.test(value);
      case 8 -> test.test(value);
      case 9 -> test.test(value);
      case 10 -> test.test(value);
      case 11 -> test.test(value);
      default -> test.test(value);
    };
  }

  /** The rule's name. */
  @Override
  public String toString() {
    return name;
  }
}
