package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.kernel.BundledReason;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;

/**
 * Why a structure is not (or not yet) eligible, why a policy was refused when built, or why a
 * fact could not be read: each a typed {@link Reason} with a stable code and a message in French
 * and English. Every implementation is an immutable record.
 */
public sealed interface EligibilityReason extends BundledReason {

  private static String cited(Option<LegalReference> reference) {
    return reference.map(r -> " [" + r.citation() + "]").getOrElse("");
  }

  /**
   * A condition was not met (or, under a negation, was met when it must not be).
   *
   * @param rule the rule's name, not null
   * @param description what it asks, not null
   * @param reference its legal reference, not null
   * @param fact the fact it read, not null
   * @param seen the value it saw, not null
   * @param expected true when the rule had to be met, false when it had to fail (under a not)
   */
  record ConditionNotMet(String rule, Text description, Option<LegalReference> reference,
      String fact, String seen, boolean expected) implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public ConditionNotMet {
      requireNonNull(rule, "rule");
      requireNonNull(description, "description");
      requireNonNull(reference, "reference");
      requireNonNull(fact, "fact");
      requireNonNull(seen, "seen");
    }

    @Override
    public String code() {
      return expected ? "CONDITION_NOT_MET" : "EXCLUSION_MET";
    }

    @Override
    public Seq<?> arguments() {
      return List.of(rule, description, cited(reference), fact, seen);
    }
  }

  /**
   * A fact needed to decide is unknown: the question a form must ask.
   *
   * @param fact the fact's name, not null
   * @param question the question, not null
   */
  record FactMissing(String fact, Text question) implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public FactMissing {
      requireNonNull(fact, "fact");
      requireNonNull(question, "question");
    }

    @Override
    public String code() {
      return "FACT_MISSING";
    }
  }

  /**
   * A rule was not in force on the request's date.
   *
   * @param rule the rule's name, not null
   * @param validity the days it is in force, not null
   * @param date the request's date, not null
   * @param reference its legal reference, not null
   */
  record RuleNotInForce(String rule, DateWindow validity, LocalDate date,
      Option<LegalReference> reference) implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public RuleNotInForce {
      requireNonNull(rule, "rule");
      requireNonNull(validity, "validity");
      requireNonNull(date, "date");
      requireNonNull(reference, "reference");
    }

    @Override
    public String code() {
      return "RULE_NOT_IN_FORCE";
    }

    @Override
    public Seq<?> arguments() {
      return List.of(rule, validity.start(), validity.end(), date, cited(reference));
    }
  }

  /**
   * A derogation applied and decided against eligibility.
   *
   * @param rule the rule it overrides, not null
   * @param label the derogation's label, not null
   * @param reference its legal reference, not null
   */
  record DerogationApplied(String rule, String label, Option<LegalReference> reference)
      implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public DerogationApplied {
      requireNonNull(rule, "rule");
      requireNonNull(label, "label");
      requireNonNull(reference, "reference");
    }

    @Override
    public String code() {
      return "DEROGATION_APPLIED";
    }

    @Override
    public Seq<?> arguments() {
      return List.of(rule, label, cited(reference));
    }
  }

  /**
   * Derogations that all apply disagree: the verdict is undetermined, never chosen by order.
   *
   * @param rule the rule they override, not null
   * @param granting the labels of those that grant eligibility, not null
   * @param denying the labels of those that deny it, not null
   */
  record DerogationsConflict(String rule, Seq<String> granting, Seq<String> denying)
      implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public DerogationsConflict {
      requireNonNull(rule, "rule");
      requireNonNull(granting, "granting");
      requireNonNull(denying, "denying");
    }

    @Override
    public String code() {
      return "DEROGATIONS_CONFLICT";
    }
  }

  /**
   * A policy has no rule.
   *
   * @param policy the policy's identifier, not null
   */
  record EmptyPolicy(String policy) implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if policy is null */
    public EmptyPolicy {
      requireNonNull(policy, "policy");
    }

    @Override
    public String code() {
      return "EMPTY_POLICY";
    }
  }

  /**
   * An all-of or any-of rule lists no rule.
   *
   * @param rule the rule's name, not null
   */
  record EmptyComposition(String rule) implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if rule is null */
    public EmptyComposition {
      requireNonNull(rule, "rule");
    }

    @Override
    public String code() {
      return "EMPTY_COMPOSITION";
    }
  }

  /**
   * A condition, or a derogation's rule, cites no legal reference.
   *
   * @param rule the rule's name, not null
   */
  record RuleWithoutReference(String rule) implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if rule is null */
    public RuleWithoutReference {
      requireNonNull(rule, "rule");
    }

    @Override
    public String code() {
      return "RULE_WITHOUT_REFERENCE";
    }
  }

  /**
   * Two rules of a policy have the same name.
   *
   * @param rule the repeated name, not null
   * @param count how many rules have it
   */
  record DuplicateRuleName(String rule, int count) implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if rule is null */
    public DuplicateRuleName {
      requireNonNull(rule, "rule");
    }

    @Override
    public String code() {
      return "DUPLICATE_RULE_NAME";
    }
  }

  /**
   * A derogation can never apply: its rule is in force on no day its base rule is in force.
   *
   * @param rule the rule it overrides, not null
   * @param label the derogation's label, not null
   * @param reason why, in both languages, not null
   */
  record DerogationNeverApplies(String rule, String label, Text reason)
      implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public DerogationNeverApplies {
      requireNonNull(rule, "rule");
      requireNonNull(label, "label");
      requireNonNull(reason, "reason");
    }

    @Override
    public String code() {
      return "DEROGATION_NEVER_APPLIES";
    }
  }

  /**
   * Two derogations to the same rule apply under the same rule and decide opposite verdicts: they
   * would conflict every time they apply.
   *
   * @param rule the rule they override, not null
   * @param granting the label of the one that grants, not null
   * @param denying the label of the one that denies, not null
   */
  record DerogationsAlwaysConflict(String rule, String granting, String denying)
      implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public DerogationsAlwaysConflict {
      requireNonNull(rule, "rule");
      requireNonNull(granting, "granting");
      requireNonNull(denying, "denying");
    }

    @Override
    public String code() {
      return "DEROGATIONS_ALWAYS_CONFLICT";
    }
  }

  /**
   * A dated parameter has no value at all.
   *
   * @param parameter the parameter's name, not null
   */
  record ParameterWithoutValue(String parameter) implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if parameter is null */
    public ParameterWithoutValue {
      requireNonNull(parameter, "parameter");
    }

    @Override
    public String code() {
      return "PARAMETER_WITHOUT_VALUE";
    }
  }

  /**
   * Two periods of a dated parameter share a day, so that day would have two values.
   *
   * @param parameter the parameter's name, not null
   * @param first one period, not null
   * @param second the other, not null
   */
  record ParameterPeriodsOverlap(String parameter, DateWindow first, DateWindow second)
      implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public ParameterPeriodsOverlap {
      requireNonNull(parameter, "parameter");
      requireNonNull(first, "first");
      requireNonNull(second, "second");
    }

    @Override
    public String code() {
      return "PARAMETER_PERIODS_OVERLAP";
    }
  }

  /**
   * A value given for a fact is not of the fact's type.
   *
   * @param fact the fact's name, not null
   * @param expected the expected type, not null
   * @param received the type received, not null
   */
  record FactWrongType(String fact, String expected, String received)
      implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public FactWrongType {
      requireNonNull(fact, "fact");
      requireNonNull(expected, "expected");
      requireNonNull(received, "received");
    }

    @Override
    public String code() {
      return "FACT_WRONG_TYPE";
    }
  }

  /**
   * A standard fact was given as a declared one: it is read from the structure or the request.
   *
   * @param fact the fact's name, not null
   */
  record FactNotDeclared(String fact) implements EligibilityReason {
    /** Creates the reason. @throws NullPointerException if fact is null */
    public FactNotDeclared {
      requireNonNull(fact, "fact");
    }

    @Override
    public String code() {
      return "FACT_NOT_DECLARED";
    }
  }
}
