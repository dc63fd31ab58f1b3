package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;

/**
 * A programme's eligibility policy: rules that must all be met, checked when the policy is built
 * and compiled once for the fast path.
 *
 * <p>{@link #evaluate(Facts)} explains; {@link #screen(Facts)} gives the verdict with the reasons'
 * codes and the missing facts, and {@link #verdict(Facts)} only decides, for bulk screening,
 * allocating nothing per rule; all three always agree. Immutable and thread-safe.
 */
public final class Policy {

  private final String id;
  private final Rule.AllOf root;
  private final CompiledRuleTree compiled;
  private final ScreenResult eligible;

  private Policy(String id, Rule.AllOf root) {
    this.id = id;
    this.root = root;
    this.compiled = CompiledRuleTree.compile(root);
    this.eligible = ScreenResult.eligible(id);
  }

  /**
   * Builds a policy whose rules must all be met, checking every rule.
   *
   * @param id the policy's identifier, such as {@code areso-social-2023}, not null
   * @param title what it decides, in French and English, not null
   * @param rules its rules, not null
   * @return the policy, or every reason found: {@code FIELD_BLANK} for a blank id,
   *     {@code EMPTY_POLICY}, {@code EMPTY_COMPOSITION}, {@code RULE_WITHOUT_REFERENCE},
   *     {@code DUPLICATE_RULE_NAME}, {@code DEROGATION_NEVER_APPLIES},
   *     {@code DEROGATIONS_ALWAYS_CONFLICT}
   * @throws NullPointerException if an argument or a rule is null (a programmer error)
   */
  public static Validation<Seq<Reason>, Policy> of(String id, Text title,
      Iterable<? extends Rule> rules) {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    Rule.AllOf root = Rule.allOf(id.strip(), title, rules);
    List<Reason> errors = List.empty();
    if (id.isBlank()) {
      errors = errors.append(new FieldReason.Blank("policy"));
    }
    if (root.rules().isEmpty()) {
      errors = errors.append(new EligibilityReason.EmptyPolicy(id.strip()));
    }
    List<Rule> all = List.empty();
    for (Rule rule : root.rules()) {
      all = all.appendAll(flatten(rule));
      errors = errors.appendAll(check(rule, Option.none()));
    }
    errors = errors.appendAll(all.groupBy(Rule::name).filter(e -> e._2.size() > 1)
        .toList().sortBy(e -> e._1)
        .map(e -> new EligibilityReason.DuplicateRuleName(e._1, e._2.size())));
    return errors.isEmpty() ? Validation.valid(new Policy(id.strip(), root))
        : Validation.invalid(errors);
  }

  private static Seq<Rule> flatten(Rule rule) {
    return List.<Rule>of(rule).appendAll(parts(rule).flatMap(Policy::flatten));
  }

  private static Seq<Rule> parts(Rule rule) {
    if (rule instanceof Rule.AllOf all) {
      return all.rules();
    } else if (rule instanceof Rule.AnyOf any) {
      return any.rules();
    } else if (rule instanceof Rule.Not not) {
      return List.of(not.rule());
    } else if (rule instanceof Rule.WithDerogations with) {
      return with.derogations().map(Derogation::when).prepend(with.base());
    }
    return List.empty();
  }

  /** The errors of a rule whose ancestors are in force during {@code window} (none = always). */
  private static Seq<Reason> check(Rule rule, Option<DateWindow> window) {
    Option<DateWindow> inForce = intersect(window, rule.validity());
    List<Reason> errors = List.empty();
    if (rule instanceof Condition && rule.reference().isEmpty()) {
      errors = errors.append(new EligibilityReason.RuleWithoutReference(rule.name()));
    }
    if ((rule instanceof Rule.AllOf || rule instanceof Rule.AnyOf) && parts(rule).isEmpty()) {
      errors = errors.append(new EligibilityReason.EmptyComposition(rule.name()));
    }
    if (rule instanceof Rule.WithDerogations with) {
      errors = errors.appendAll(checkDerogations(with, inForce));
    }
    for (Rule part : parts(rule)) {
      errors = errors.appendAll(check(part, inForce.isEmpty() ? window : inForce));
    }
    return errors;
  }

  private static Seq<Reason> checkDerogations(Rule.WithDerogations with,
      Option<DateWindow> inForce) {
    List<Reason> errors = List.empty();
    Seq<Derogation> derogations = with.derogations();
    for (Derogation d : derogations) {
      Option<DateWindow> when = d.when().validity();
      if (inForce.isDefined() && when.isDefined() && !inForce.get().overlaps(when.get())) {
        errors = errors.append(new EligibilityReason.DerogationNeverApplies(with.name(), d.label(),
            Text.of("elle est en vigueur " + when.get() + ", la règle " + inForce.get(),
                "it is in force " + when.get() + ", the rule " + inForce.get())));
      }
      if (d.when() instanceof Rule.AnyOf any && any.rules().isEmpty()) {
        errors = errors.append(new EligibilityReason.DerogationNeverApplies(with.name(), d.label(),
            Text.of("sa règle est une alternative vide", "its rule is an empty any-of")));
      }
    }
    for (int i = 0; i < derogations.size(); i++) {
      for (int j = i + 1; j < derogations.size(); j++) {
        Derogation a = derogations.get(i);
        Derogation b = derogations.get(j);
        if (a.grants() != b.grants() && sameTest(a.when(), b.when())) {
          errors = errors.append(new EligibilityReason.DerogationsAlwaysConflict(with.name(),
              a.grants() ? a.label() : b.label(), a.grants() ? b.label() : a.label()));
        }
      }
    }
    return errors;
  }

  /**
   * Whether two rules are met in the same cases by what they test, whatever their names,
   * descriptions and references: the same rule; conditions that {@link Condition#testsAsDoes
   * test the same}; or compositions of one form, in force on the same days, whose parts (base and
   * derogations) test the same in the same order. Sound, not complete: rules written otherwise
   * that happen to be met in the same cases (an {@code all} of its parts in another order,
   * {@code at_least: 11} and {@code greater_than: 10}) are not found to be the same.
   */
  private static boolean sameTest(Rule a, Rule b) {
    if (a == b) {
      return true;
    }
    if (!a.validity().equals(b.validity())) {
      return false;
    }
    if (a instanceof Condition x && b instanceof Condition y) {
      return x.testsAsDoes(y);
    } else if (a instanceof Rule.AllOf x && b instanceof Rule.AllOf y) {
      return sameTests(x.rules(), y.rules());
    } else if (a instanceof Rule.AnyOf x && b instanceof Rule.AnyOf y) {
      return sameTests(x.rules(), y.rules());
    } else if (a instanceof Rule.Not x && b instanceof Rule.Not y) {
      return sameTest(x.rule(), y.rule());
    } else if (a instanceof Rule.WithDerogations x && b instanceof Rule.WithDerogations y) {
      return sameTest(x.base(), y.base()) && x.derogations().size() == y.derogations().size()
          && x.derogations().zip(y.derogations())
              .forAll(d -> d._1.grants() == d._2.grants() && sameTest(d._1.when(), d._2.when()));
    }
    return false;
  }

  private static boolean sameTests(Seq<Rule> a, Seq<Rule> b) {
    return a.size() == b.size() && a.zip(b).forAll(pair -> sameTest(pair._1, pair._2));
  }

  private static Option<DateWindow> intersect(Option<DateWindow> a, Option<DateWindow> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty()) {
      return a;
    }
    LocalDate start = a.get().start().isAfter(b.get().start()) ? a.get().start() : b.get().start();
    LocalDate end = a.get().end().isBefore(b.get().end()) ? a.get().end() : b.get().end();
    // An empty intersection keeps the narrower ancestor window: the derogation check reports it.
    return DateWindow.of(start, end).toOption().orElse(b);
  }

  /**
   * The policy's identifier.
   *
   * @return the identifier, never null
   */
  public String id() {
    return id;
  }

  /**
   * What the policy decides.
   *
   * @return the title, never null
   */
  public Text title() {
    return root.description();
  }

  /**
   * The policy's rules, all of which must be met.
   *
   * @return the rules, never null, never empty
   */
  public Seq<Rule> rules() {
    return root.rules();
  }

  /**
   * Every rule of the policy, composed ones and derogations' rules included, depth first.
   *
   * @return the rules, never null
   */
  public Seq<Rule> allRules() {
    return root.rules().flatMap(Policy::flatten);
  }

  /**
   * The facts of its own that the policy's conditions read ({@link Fact#of}), such as a
   * programme's {@code private_non_profit}: what a host, a screening or a case table supplies
   * beside the structure and the request. Each once, in the order the rules first read them.
   *
   * @return the facts, none for a policy that reads standard facts only; never null
   */
  public Seq<Fact<?>> declaredFacts() {
    return allRules().filter(Condition.class::isInstance).<Fact<?>>map(r -> ((Condition) r).fact())
        .filter(fact -> !Fact.STANDARD.contains(fact)).distinct();
  }

  /**
   * Decides and explains: the verdict, every missing fact that could change it, every reason and
   * the explanation tree. Never throws on missing data. The verdict, missing facts and reasons
   * come from the compiled policy; the explanation tree is built from the same walk of it when
   * first asked for.
   *
   * @param facts the request's facts, not null
   * @return the decision, never null
   * @throws NullPointerException if facts is null (a programmer error)
   */
  public Decision evaluate(Facts facts) {
    return Tracing.decide(id, root, compiled, requireNonNull(facts, "facts"));
  }

  /**
   * Decides, with the reasons' codes and the missing facts but no texts and no explanation, for
   * bulk screening: walks the compiled policy once. Its verdict, {@link ScreenResult#reasonCodes()}
   * and {@link ScreenResult#missing()} are always equal to those of {@code evaluate(facts)}. An
   * eligible request allocates nothing but its trace; another one its codes and missing facts.
   *
   * @param facts the request's facts, not null
   * @return the result, never null
   * @throws NullPointerException if facts is null (a programmer error)
   */
  public ScreenResult screen(Facts facts) {
    return Tracing.screen(id, root, compiled, requireNonNull(facts, "facts"), eligible);
  }

  /**
   * Decides only, for bulk screening: walks the compiled policy, allocating nothing per rule.
   * Always equal to {@code evaluate(facts).verdict()}.
   *
   * @param facts the request's facts, not null
   * @return the verdict, never null
   * @throws NullPointerException if facts is null (a programmer error)
   */
  public Verdict verdict(Facts facts) {
    return Verdict.ofCode(compiled.run(requireNonNull(facts, "facts")));
  }

  /** The identifier. */
  @Override
  public String toString() {
    return id;
  }
}
