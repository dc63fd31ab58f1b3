package org.areso.core.eligibility;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Decisions and screening results from a {@linkplain CompiledRuleTree#trace(Facts) trace} of the
 * compiled tree: the verdict, the missing facts and the reasons as {@link Evaluation} finds them,
 * without its outcome tree; a decision's explanation is built from the same trace, on demand.
 * A tree reading more facts than a trace holds is left to {@link Evaluation} whole.
 */
final class Tracing {

  private static final String CONDITION_NOT_MET = "CONDITION_NOT_MET";
  private static final String EXCLUSION_MET = "EXCLUSION_MET";
  private static final String RULE_NOT_IN_FORCE = "RULE_NOT_IN_FORCE";
  private static final String DEROGATION_APPLIED = "DEROGATION_APPLIED";
  private static final String DEROGATIONS_CONFLICT = "DEROGATIONS_CONFLICT";
  private static final String FACT_MISSING = "FACT_MISSING";

  private Tracing() {}

  /** The decision {@link Evaluation#decide} makes, its explanation built on demand. */
  static Decision decide(String policy, Rule root, CompiledRuleTree tree, Facts facts) {
    if (!tree.traceable()) {
      return Evaluation.decide(policy, root, facts);
    }
    LocalDate date = facts.dateOrNull();
    long day = date != null ? date.toEpochDay() : 0L;
    byte[] states = tree.trace(facts, date != null, day);
    int verdict = states[0] & 3;
    if (verdict == Verdict.YES) {
      return new Decision(policy, Verdict.ELIGIBLE, List.empty(), List.empty(),
          () -> tree.explain(states, facts, day));
    }
    Fact<?>[] missing = tree.missing(states, date != null);
    Reasons reasons = new Reasons(tree, states, facts, date);
    tree.failures(states, reasons);
    for (Fact<?> fact : missing) {
      reasons.add(new EligibilityReason.FactMissing(fact.name(), fact.question()));
    }
    return new Decision(policy, Verdict.ofCode(verdict), List.of(missing),
        reasons.reversed.reverse(), () -> tree.explain(states, facts, day));
  }

  /** What {@link #decide} would give, less the reasons' texts and the explanation. */
  static ScreenResult screen(String policy, Rule root, CompiledRuleTree tree, Facts facts,
      ScreenResult eligible) {
    if (!tree.traceable()) {
      return ofDecision(Evaluation.decide(policy, root, facts));
    }
    byte[] states = tree.trace(facts);
    int verdict = states[0] & 3;
    if (verdict == Verdict.YES) {
      return eligible;
    }
    Fact<?>[] missing = tree.missing(states, facts.dateOrNull() != null);
    Codes codes = new Codes(tree, missing.length);
    tree.failures(states, codes);
    for (Fact<?> fact : missing) {
      codes.add(FACT_MISSING, fact.name());
    }
    return ScreenResult.of(policy, Verdict.ofCode(verdict), codes.codes, codes.subjects,
        codes.count, missing);
  }

  /** The screening result of a decision. */
  static ScreenResult ofDecision(Decision decision) {
    Seq<EligibilityReason> reasons = decision.reasons();
    String[] codes = new String[reasons.size()];
    String[] subjects = new String[reasons.size()];
    int i = 0;
    for (EligibilityReason reason : reasons) {
      codes[i] = reason.code();
      subjects[i++] = subject(reason);
    }
    return ScreenResult.of(decision.policy(), decision.verdict(), codes, subjects, codes.length,
        decision.missing().toJavaArray(Fact<?>[]::new));
  }

  /** The rule or fact a reason of a decision is about. */
  static String subject(EligibilityReason reason) {
    if (reason instanceof EligibilityReason.ConditionNotMet r) {
      return r.rule();
    } else if (reason instanceof EligibilityReason.RuleNotInForce r) {
      return r.rule();
    } else if (reason instanceof EligibilityReason.DerogationApplied r) {
      return r.rule();
    } else if (reason instanceof EligibilityReason.DerogationsConflict r) {
      return r.rule();
    } else if (reason instanceof EligibilityReason.FactMissing r) {
      return r.fact();
    }
    throw new IllegalArgumentException("not a reason of a decision: " + reason.code());
  }

  /** The reasons of a decision, whole. */
  private static final class Reasons implements CompiledRuleTree.Sink {
    /** The reasons found, last first. */
    List<EligibilityReason> reversed = List.empty();
    private final CompiledRuleTree tree;
    private final byte[] states;
    private final Facts facts;
    private final LocalDate date;

    Reasons(CompiledRuleTree tree, byte[] states, Facts facts, LocalDate date) {
      this.tree = tree;
      this.states = states;
      this.facts = facts;
      this.date = date;
    }

    void add(EligibilityReason reason) {
      reversed = reversed.prepend(reason);
    }

    @Override
    public void notInForce(int node) {
      Rule rule = tree.rule(node);
      add(new EligibilityReason.RuleNotInForce(rule.name(), rule.validity().get(), date,
          rule.reference()));
    }

    @Override
    public void conditionNotMet(int node, boolean expected) {
      Condition c = (Condition) tree.rule(node);
      Object value = c.fact().valueOrNull(facts);
      String seen = value != null ? Fact.show(value) : c.fact().absentFrom(facts) ? "none" : "?";
      add(new EligibilityReason.ConditionNotMet(c.name(), c.description(), c.reference(),
          c.fact().name(), seen, expected));
    }

    @Override
    public void derogationApplied(int node, int slot) {
      Derogation d = tree.derogation(slot);
      add(new EligibilityReason.DerogationApplied(tree.rule(node).name(), d.label(),
          d.when().reference()));
    }

    @Override
    public void conflict(int node) {
      add(new EligibilityReason.DerogationsConflict(tree.rule(node).name(),
          tree.applying(node, states, true), tree.applying(node, states, false)));
    }
  }

  /** The reasons' codes and subjects only. */
  private static final class Codes implements CompiledRuleTree.Sink {
    String[] codes;
    String[] subjects;
    int count;
    private final CompiledRuleTree tree;

    Codes(CompiledRuleTree tree, int missing) {
      this.tree = tree;
      this.codes = new String[missing + 2];
      this.subjects = new String[missing + 2];
    }

    void add(String code, String subject) {
      if (count == codes.length) {
        codes = Arrays.copyOf(codes, count * 2);
        subjects = Arrays.copyOf(subjects, count * 2);
      }
      codes[count] = code;
      subjects[count++] = subject;
    }

    @Override
    public void notInForce(int node) {
      add(RULE_NOT_IN_FORCE, tree.rule(node).name());
    }

    @Override
    public void conditionNotMet(int node, boolean expected) {
      add(expected ? CONDITION_NOT_MET : EXCLUSION_MET, tree.rule(node).name());
    }

    @Override
    public void derogationApplied(int node, int slot) {
      add(DEROGATION_APPLIED, tree.rule(node).name());
    }

    @Override
    public void conflict(int node) {
      add(DEROGATIONS_CONFLICT, tree.rule(node).name());
    }
  }
}
