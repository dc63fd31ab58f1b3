package org.areso.core.eligibility;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Comparator;
import org.areso.core.kernel.Text;

/** The explained evaluation of a rule tree: verdicts, missing facts, reasons, explanation. */
final class Evaluation {

  /** The order of a decision's missing facts. */
  static final Comparator<Fact<?>> BY_NAME =
      Comparator.<Fact<?>, String>comparing(Fact::name).thenComparing(Fact::hashCode);
  private static final TreeSet<Fact<?>> NONE = TreeSet.empty(BY_NAME);

  /** One evaluated rule. */
  record Outcome(Rule rule, int verdict, TreeSet<Fact<?>> missing, boolean notInForce,
      Seq<Outcome> children, Seq<String> seen, Option<Text> note) {

    Explanation explanation() {
      return new Explanation(rule.name(), rule.description(), rule.reference(),
          Verdict.ofCode(verdict), seen, note, children.map(Outcome::explanation));
    }
  }

  private final Facts facts;
  private final Option<LocalDate> date;

  private Evaluation(Facts facts) {
    this.facts = facts;
    this.date = Option.of(facts.dateOrNull());
  }

  static Decision decide(String policy, Rule root, Facts facts) {
    Outcome outcome = new Evaluation(facts).eval(root);
    Seq<EligibilityReason> reasons = failures(outcome, true, Option.of(facts.dateOrNull()));
    Seq<Fact<?>> missing = outcome.verdict == Verdict.UNKNOWN ? outcome.missing.toList()
        : List.empty();
    if (outcome.verdict == Verdict.YES) {
      reasons = List.empty();
    }
    reasons = reasons.appendAll(missing.map(f -> new EligibilityReason.FactMissing(f.name(),
        f.question())));
    return new Decision(policy, Verdict.ofCode(outcome.verdict), missing, reasons,
        outcome.explanation());
  }

  private Outcome eval(Rule rule) {
    int inForce = Verdict.YES;
    Option<Text> note = Option.none();
    if (rule.validity().isDefined()) {
      if (date.isEmpty()) {
        inForce = Verdict.UNKNOWN;
      } else if (!rule.validity().get().contains(date.get())) {
        inForce = Verdict.NO;
        note = Option.some(Text.of("pas en vigueur le " + date.get() + " (en vigueur "
            + rule.validity().get() + ")", "not in force on " + date.get() + " (in force "
            + rule.validity().get() + ")"));
      }
    }
    Outcome inner = inner(rule);
    int verdict = Math.min(inForce, inner.verdict);
    TreeSet<Fact<?>> missing = NONE;
    if (verdict == Verdict.UNKNOWN) {
      missing = inner.verdict == Verdict.UNKNOWN ? inner.missing : NONE;
      if (inForce == Verdict.UNKNOWN) {
        missing = missing.add(Fact.REQUEST_DATE);
      }
    }
    Seq<String> seen = inner.seen;
    if (rule.validity().isDefined()) {
      seen = seen.append(Fact.REQUEST_DATE.name() + " = " + date.map(Fact::show).getOrElse("?"));
    }
    return new Outcome(rule, verdict, missing, inForce == Verdict.NO, inner.children, seen,
        note.orElse(inner.note));
  }

  private Outcome inner(Rule rule) {
    if (rule instanceof Condition c) {
      return condition(c);
    } else if (rule instanceof Rule.AllOf all) {
      Seq<Outcome> children = all.rules().map(this::eval);
      int verdict = children.foldLeft(Verdict.YES, (v, o) -> Math.min(v, o.verdict));
      return composed(rule, verdict, children, children,
          Option.none());
    } else if (rule instanceof Rule.AnyOf any) {
      Seq<Outcome> children = any.rules().map(this::eval);
      int verdict = children.foldLeft(Verdict.NO, (v, o) -> Math.max(v, o.verdict));
      return composed(rule, verdict, children, children,
          Option.none());
    } else if (rule instanceof Rule.Not not) {
      Outcome child = eval(not.rule());
      return composed(rule, Verdict.YES - child.verdict, List.of(child), List.of(child),
          Option.none());
    }
    Rule.WithDerogations with = (Rule.WithDerogations) rule;
    Outcome base = eval(with.base());
    Seq<Outcome> whens = with.derogations().map(d -> eval(d.when()));
    int applying = 0;
    int possible = 0;
    Seq<String> granting = List.empty();
    Seq<String> denying = List.empty();
    for (int i = 0; i < whens.size(); i++) {
      Derogation d = with.derogations().get(i);
      int bit = d.grants() ? 2 : 1;
      if (whens.get(i).verdict == Verdict.YES) {
        applying |= bit;
        granting = d.grants() ? granting.append(d.label()) : granting;
        denying = d.grants() ? denying : denying.append(d.label());
      } else if (whens.get(i).verdict == Verdict.UNKNOWN) {
        possible |= bit;
      }
    }
    int verdict = CompiledRuleTree.derogate(base.verdict, applying, possible);
    Option<Text> note = Option.none();
    if (applying == 3) {
      note = Option.some(Text.of("conflit : " + granting.mkString(", ") + " accordent, "
          + denying.mkString(", ") + " refusent", "conflict: " + granting.mkString(", ")
          + " grant, " + denying.mkString(", ") + " deny"));
    } else if (applying != 0) {
      String label = granting.appendAll(denying).mkString(", ");
      note = Option.some(Text.of("dérogation appliquée : " + label,
          "derogation applied: " + label));
    }
    // Only what could change the verdict: undecided derogations that would decide otherwise.
    int decided = applying != 0 ? applying
        : base.verdict == Verdict.YES ? 2 : base.verdict == Verdict.NO ? 1 : 0;
    List<Outcome> sources = applying == 0 ? List.of(base) : List.empty();
    for (int i = 0; i < whens.size() && applying != 3; i++) {
      int bit = with.derogations().get(i).grants() ? 2 : 1;
      if (whens.get(i).verdict == Verdict.UNKNOWN && bit != decided) {
        sources = sources.append(whens.get(i));
      }
    }
    Seq<Outcome> children = whens.zip(with.derogations()).map(p -> labelled(p._1, p._2))
        .prepend(base);
    return composed(rule, verdict, children, sources, note);
  }

  private static Outcome labelled(Outcome when, Derogation d) {
    return new Outcome(when.rule, when.verdict, when.missing, when.notInForce, when.children,
        when.seen, Option.some(d.describe()));
  }

  private static Outcome composed(Rule rule, int verdict, Seq<Outcome> children,
      Seq<Outcome> sources, Option<Text> note) {
    TreeSet<Fact<?>> missing = NONE;
    if (verdict == Verdict.UNKNOWN) {
      for (Outcome o : sources) {
        if (o.verdict == Verdict.UNKNOWN) {
          missing = missing.addAll(o.missing);
        }
      }
    }
    return new Outcome(rule, verdict, missing, false, children, List.empty(), note);
  }

  private Outcome condition(Condition c) {
    int verdict = c.test(facts);
    Option<?> value = c.fact().read(facts);
    TreeSet<Fact<?>> missing = NONE;
    if (verdict == Verdict.UNKNOWN) {
      if (value.isEmpty()) {
        missing = missing.add(c.fact());
      }
      if (c.parameter().isDefined() && date.isEmpty()) {
        missing = missing.add(Fact.REQUEST_DATE);
      }
    }
    Seq<String> seen = List.of(c.fact().name() + " = "
        + value.map(Fact::show).getOrElse(() -> c.fact().absentFrom(facts) ? "none" : "?"));
    Option<Text> note = Option.none();
    if (c.parameter().isDefined()) {
      DatedParameter<?> p = c.parameter().get();
      Option<?> inForce = date.flatMap(p::valueOn);
      seen = seen.append(p.name() + " = " + inForce.map(Fact::show).getOrElse("?"));
      if (date.isDefined() && inForce.isEmpty()) {
        note = Option.some(Text.of("aucune valeur de « " + p.name() + " » le " + date.get(),
            "no value of '" + p.name() + "' on " + date.get()));
      }
    }
    return new Outcome(c, verdict, missing, false, List.empty(), seen, note);
  }

  /** Every reason why an outcome is not what was expected (met, or not met under a negation). */
  private static Seq<EligibilityReason> failures(Outcome o, boolean expected,
      Option<LocalDate> date) {
    if (o.verdict == (expected ? Verdict.YES : Verdict.NO)) {
      return List.empty();
    }
    Rule rule = o.rule;
    if (o.notInForce) {
      return expected
          ? List.of(new EligibilityReason.RuleNotInForce(rule.name(), rule.validity().get(),
              date.get(), rule.reference()))
          : List.empty();
    }
    if (rule instanceof Condition c) {
      return o.verdict == Verdict.UNKNOWN ? List.empty()
          : List.of(new EligibilityReason.ConditionNotMet(c.name(), c.description(),
              c.reference(), c.fact().name(), o.seen.head().substring(c.fact().name().length()
                  + 3), expected));
    } else if (rule instanceof Rule.Not) {
      return failures(o.children.head(), !expected, date);
    } else if (rule instanceof Rule.WithDerogations with) {
      Seq<Outcome> whens = o.children.tail();
      Seq<String> granting = List.empty();
      Seq<String> denying = List.empty();
      List<EligibilityReason> applied = List.empty();
      for (int i = 0; i < whens.size(); i++) {
        Derogation d = with.derogations().get(i);
        if (whens.get(i).verdict == Verdict.YES) {
          granting = d.grants() ? granting.append(d.label()) : granting;
          denying = d.grants() ? denying : denying.append(d.label());
          if (d.grants() != expected) {
            applied = applied.append(new EligibilityReason.DerogationApplied(with.name(),
                d.label(), d.when().reference()));
          }
        }
      }
      if (!granting.isEmpty() && !denying.isEmpty()) {
        return List.of(new EligibilityReason.DerogationsConflict(with.name(), granting, denying));
      }
      // A derogation left undetermined by a conflict inside its own condition holds the verdict
      // open even when every fact is known: that conflict is a reason too.
      Seq<EligibilityReason> nestedConflicts = whens
          .filter(when -> when.verdict == Verdict.UNKNOWN)
          .flatMap(when -> failures(when, true, date))
          .filter(reason -> reason instanceof EligibilityReason.DerogationsConflict);
      if (!granting.isEmpty() || !denying.isEmpty()) {
        return applied.appendAll(nestedConflicts);
      }
      return failures(o.children.head(), expected, date).appendAll(nestedConflicts);
    }
    return o.children.flatMap(child -> failures(child, expected, date));
  }
}
