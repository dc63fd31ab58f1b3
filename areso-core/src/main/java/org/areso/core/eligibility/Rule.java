package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;

/**
 * A named eligibility rule (règle): a {@link Condition} over one fact, or a composition —
 * {@link AllOf}, {@link AnyOf}, {@link Not}, or a base rule with labelled {@link Derogation}s
 * ({@link WithDerogations}). Each rule cites its {@link LegalReference} and may be valid only during
 * a {@link DateWindow}: outside it, the rule is not met.
 *
 * <p>Rules are data: they are checked when a {@link Policy} is built, and evaluated by it. Every
 * implementation is immutable and thread-safe.
 */
public sealed interface Rule permits Condition, Rule.AllOf, Rule.AnyOf, Rule.Not,
    Rule.WithDerogations {

  /**
   * The rule's name, unique in its policy, written as a sentence: {@code fundedByStateBudget}.
   *
   * @return the name, never null
   */
  String name();

  /**
   * What the rule asks, in French and English.
   *
   * @return the description, never null
   */
  Text description();

  /**
   * The legal text the rule rests on; a policy refuses a condition without one.
   *
   * @return the reference, never null
   */
  Option<LegalReference> reference();

  /**
   * The days the rule is in force; none means always.
   *
   * @return the window, never null
   */
  Option<DateWindow> validity();

  /**
   * This rule citing a reference.
   *
   * @param reference the reference, not null
   * @return a new rule, never null
   * @throws NullPointerException if reference is null (a programmer error)
   */
  Rule citing(LegalReference reference);

  /**
   * This rule in force only during a window: outside it, and when the request's date is
   * unknown, it is not met or undetermined.
   *
   * @param window the window, not null
   * @return a new rule, never null
   * @throws NullPointerException if window is null (a programmer error)
   */
  Rule validDuring(DateWindow window);

  /**
   * A condition on one fact: met when the fact is known and passes the test, undetermined when the
   * fact is unknown.
   *
   * @param name the rule's name, not null
   * @param description what it asks, not null
   * @param fact the fact it reads, not null
   * @param test the test of a known value; must be pure, not null
   * @param <T> the fact's type
   * @return the condition, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  static <T> Condition condition(String name, Text description, Fact<T> fact,
      Predicate<? super T> test) {
    requireNonNull(test, "test");
    return Condition.create(name, description, fact, test);
  }

  /**
   * A condition on one fact and a {@link DatedParameter} resolved by the request's date: met when
   * both are known and pass the test; undetermined when the fact or the date is unknown; not met
   * when no value of the parameter is in force on the request's date.
   *
   * @param name the rule's name, not null
   * @param description what it asks, not null
   * @param fact the fact it reads, not null
   * @param parameter the parameter, not null
   * @param test the test of a known value against the parameter's value; pure, not null
   * @param <T> the fact's type
   * @param <P> the parameter's type
   * @return the condition, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  @SuppressWarnings("unchecked")
  static <T, P> Condition condition(String name, Text description, Fact<T> fact,
      DatedParameter<P> parameter, BiPredicate<? super T, ? super P> test) {
    requireNonNull(parameter, "parameter");
    requireNonNull(test, "test");
    // The parameter's values are of its type P: the test is called as it is, unwrapped.
    return Condition.create(name, description, fact, parameter,
        (BiPredicate<? super T, Object>) (BiPredicate<?, ?>) test);
  }

  /**
   * Met when every rule is met (Kleene conjunction). Every unmet rule is reported.
   *
   * @param name the rule's name, not null
   * @param description what it asks, not null
   * @param rules the rules, not null; a policy refuses an empty list
   * @return the rule, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  static AllOf allOf(String name, Text description, Iterable<? extends Rule> rules) {
    return new AllOf(name, description, Option.none(), Option.none(), List.ofAll(rules));
  }

  /**
   * Met when one rule is met (Kleene disjunction).
   *
   * @param name the rule's name, not null
   * @param description what it asks, not null
   * @param rules the rules, not null; a policy refuses an empty list
   * @return the rule, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  static AnyOf anyOf(String name, Text description, Iterable<? extends Rule> rules) {
    return new AnyOf(name, description, Option.none(), Option.none(), List.ofAll(rules));
  }

  /**
   * Met when the rule is not met; undetermined when it is undetermined.
   *
   * @param name the rule's name, not null
   * @param description what it asks, not null
   * @param rule the rule, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  static Not not(String name, Text description, Rule rule) {
    return new Not(name, description, Option.none(), Option.none(), rule);
  }

  /**
   * A base rule overridden by derogations, in default logic as Catala writes it: when no derogation
   * applies, the base decides; when some apply and agree, they decide; when two apply and disagree,
   * the result is undetermined and the conflict is reported — never resolved by order.
   *
   * @param name the rule's name, not null
   * @param description what it asks, not null
   * @param base the base rule, not null
   * @param derogations the derogations, not null
   * @return the rule, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  static WithDerogations withDerogations(String name, Text description, Rule base,
      Iterable<Derogation> derogations) {
    return new WithDerogations(name, description, Option.none(), Option.none(), base,
        List.ofAll(derogations));
  }

  /**
   * Checks what every composed rule carries besides its parts: its name, description, reference
   * and window, none null.
   *
   * @throws NullPointerException naming the first that is null (a programmer error)
   */
  private static void requireHeader(String name, Text description,
      Option<LegalReference> reference, Option<DateWindow> validity) {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(reference, "reference");
    requireNonNull(validity, "validity");
  }

  /**
   * Met when every rule is met.
   *
   * @param name the name, not null
   * @param description the description, not null
   * @param reference the reference, not null
   * @param validity the window in force, not null
   * @param rules the rules, not null
   */
  record AllOf(String name, Text description, Option<LegalReference> reference,
      Option<DateWindow> validity, Seq<Rule> rules) implements Rule {
    /** Creates the rule. @throws NullPointerException if an argument or a rule is null */
    public AllOf {
      requireHeader(name, description, reference, validity);
      rules.forEach(r -> requireNonNull(r, "rules"));
    }

    @Override
    public AllOf citing(LegalReference reference) {
      return new AllOf(name, description, Option.some(requireNonNull(reference, "reference")),
          validity, rules);
    }

    @Override
    public AllOf validDuring(DateWindow window) {
      return new AllOf(name, description, reference, Option.some(requireNonNull(window, "window")),
          rules);
    }
  }

  /**
   * Met when one rule is met.
   *
   * @param name the name, not null
   * @param description the description, not null
   * @param reference the reference, not null
   * @param validity the window in force, not null
   * @param rules the rules, not null
   */
  record AnyOf(String name, Text description, Option<LegalReference> reference,
      Option<DateWindow> validity, Seq<Rule> rules) implements Rule {
    /** Creates the rule. @throws NullPointerException if an argument or a rule is null */
    public AnyOf {
      requireHeader(name, description, reference, validity);
      rules.forEach(r -> requireNonNull(r, "rules"));
    }

    @Override
    public AnyOf citing(LegalReference reference) {
      return new AnyOf(name, description, Option.some(requireNonNull(reference, "reference")),
          validity, rules);
    }

    @Override
    public AnyOf validDuring(DateWindow window) {
      return new AnyOf(name, description, reference, Option.some(requireNonNull(window, "window")),
          rules);
    }
  }

  /**
   * Met when its rule is not met.
   *
   * @param name the name, not null
   * @param description the description, not null
   * @param reference the reference, not null
   * @param validity the window in force, not null
   * @param rule the negated rule, not null
   */
  record Not(String name, Text description, Option<LegalReference> reference,
      Option<DateWindow> validity, Rule rule) implements Rule {
    /** Creates the rule. @throws NullPointerException if an argument is null */
    public Not {
      requireHeader(name, description, reference, validity);
      requireNonNull(rule, "rule");
    }

    @Override
    public Not citing(LegalReference reference) {
      return new Not(name, description, Option.some(requireNonNull(reference, "reference")),
          validity, rule);
    }

    @Override
    public Not validDuring(DateWindow window) {
      return new Not(name, description, reference, Option.some(requireNonNull(window, "window")),
          rule);
    }
  }

  /**
   * A base rule and the derogations that override it.
   *
   * @param name the name, not null
   * @param description the description, not null
   * @param reference the reference, not null
   * @param validity the window in force, not null
   * @param base the base rule, not null
   * @param derogations the derogations, not null
   */
  record WithDerogations(String name, Text description, Option<LegalReference> reference,
      Option<DateWindow> validity, Rule base, Seq<Derogation> derogations) implements Rule {
    /** Creates the rule. @throws NullPointerException if an argument is null */
    public WithDerogations {
      requireHeader(name, description, reference, validity);
      requireNonNull(base, "base");
      derogations.forEach(d -> requireNonNull(d, "derogations"));
    }

    @Override
    public WithDerogations citing(LegalReference reference) {
      return new WithDerogations(name, description,
          Option.some(requireNonNull(reference, "reference")), validity, base, derogations);
    }

    @Override
    public WithDerogations validDuring(DateWindow window) {
      return new WithDerogations(name, description, reference,
          Option.some(requireNonNull(window, "window")), base, derogations);
    }
  }
}
