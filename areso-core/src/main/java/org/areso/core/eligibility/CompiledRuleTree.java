package org.areso.core.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;

/**
 * A rule tree compiled to flat arrays, for the verdict-only fast path: evaluation walks the arrays
 * and allocates nothing per rule. It always agrees with {@link Evaluation}.
 */
final class CompiledRuleTree {

  private static final byte CONDITION = 0;
  private static final byte ALL = 1;
  private static final byte ANY = 2;
  private static final byte NOT = 3;
  private static final byte DEROGATIONS = 4;

  private final byte[] kind;
  private final boolean[] dated;
  private final long[] from;
  private final long[] to;
  private final Condition[] conditions;
  private final int[] first;
  private final int[] count;
  private final int[] children;
  private final boolean[] grants;

  private CompiledRuleTree(ArrayList<Rule> nodes, ArrayList<int[]> edges,
      ArrayList<Boolean> grantsBySlot) {
    int n = nodes.size();
    kind = new byte[n];
    dated = new boolean[n];
    from = new long[n];
    to = new long[n];
    conditions = new Condition[n];
    first = new int[n];
    count = new int[n];
    int total = edges.stream().mapToInt(e -> e.length).sum();
    children = new int[total];
    grants = new boolean[total];
    int slot = 0;
    for (int i = 0; i < n; i++) {
      Rule rule = nodes.get(i);
      if (rule.validity().isDefined()) {
        dated[i] = true;
        from[i] = rule.validity().get().start().toEpochDay();
        to[i] = rule.validity().get().end().toEpochDay();
      }
      if (rule instanceof Condition c) {
        kind[i] = CONDITION;
        conditions[i] = c;
      } else if (rule instanceof Rule.AllOf) {
        kind[i] = ALL;
      } else if (rule instanceof Rule.AnyOf) {
        kind[i] = ANY;
      } else if (rule instanceof Rule.Not) {
        kind[i] = NOT;
      } else {
        kind[i] = DEROGATIONS;
      }
      first[i] = slot;
      count[i] = edges.get(i).length;
      for (int child : edges.get(i)) {
        children[slot] = child;
        grants[slot] = grantsBySlot.get(slot);
        slot++;
      }
    }
  }

  /** Compiles a rule tree; node 0 is the root. */
  static CompiledRuleTree compile(Rule root) {
    ArrayList<Rule> nodes = new ArrayList<>();
    ArrayList<int[]> edges = new ArrayList<>();
    ArrayList<Boolean> grants = new ArrayList<>();
    add(root, nodes, edges);
    // Slots are laid out node by node, in the order of nodes.
    for (int i = 0; i < nodes.size(); i++) {
      Rule rule = nodes.get(i);
      if (rule instanceof Rule.WithDerogations with) {
        grants.add(false);
        with.derogations().forEach(d -> grants.add(d.grants()));
      } else {
        for (int j = 0; j < edges.get(i).length; j++) {
          grants.add(false);
        }
      }
    }
    return new CompiledRuleTree(nodes, edges, grants);
  }

  private static int add(Rule rule, ArrayList<Rule> nodes, ArrayList<int[]> edges) {
    int index = nodes.size();
    nodes.add(rule);
    edges.add(new int[0]);
    io.vavr.collection.Seq<Rule> kids;
    if (rule instanceof Rule.AllOf all) {
      kids = all.rules();
    } else if (rule instanceof Rule.AnyOf any) {
      kids = any.rules();
    } else if (rule instanceof Rule.Not not) {
      kids = io.vavr.collection.List.of(not.rule());
    } else if (rule instanceof Rule.WithDerogations with) {
      kids = with.derogations().map(Derogation::when).prepend(with.base());
    } else {
      kids = io.vavr.collection.List.empty();
    }
    int[] childIndices = new int[kids.size()];
    int i = 0;
    for (Rule kid : kids) {
      childIndices[i++] = add(kid, nodes, edges);
    }
    edges.set(index, childIndices);
    return index;
  }

  /** The verdict code of the whole tree. */
  int run(Facts facts) {
    LocalDate date = facts.dateOrNull();
    boolean known = date != null;
    long day = known ? date.toEpochDay() : 0L;
    return eval(0, facts, known, day);
  }

  private int eval(int node, Facts facts, boolean known, long day) {
    int inForce = Verdict.YES;
    if (dated[node]) {
      if (!known) {
        inForce = Verdict.UNKNOWN;
      } else if (day < from[node] || day > to[node]) {
        return Verdict.NO;
      }
    }
    int start = first[node];
    int end = start + count[node];
    int verdict;
    switch (kind[node]) {
      case CONDITION -> verdict = conditions[node].test(facts);
      case ALL -> {
        verdict = Verdict.YES;
        for (int s = start; s < end && verdict != Verdict.NO; s++) {
          verdict = Math.min(verdict, eval(children[s], facts, known, day));
        }
      }
      case ANY -> {
        verdict = Verdict.NO;
        for (int s = start; s < end && verdict != Verdict.YES; s++) {
          verdict = Math.max(verdict, eval(children[s], facts, known, day));
        }
      }
      case NOT -> verdict = Verdict.YES - eval(children[start], facts, known, day);
      default -> {
        int base = eval(children[start], facts, known, day);
        int applying = 0;
        int possible = 0;
        for (int s = start + 1; s < end; s++) {
          int when = eval(children[s], facts, known, day);
          int bit = grants[s] ? 2 : 1;
          if (when == Verdict.YES) {
            applying |= bit;
          } else if (when == Verdict.UNKNOWN) {
            possible |= bit;
          }
        }
        verdict = derogate(base, applying, possible);
      }
    }
    return Math.min(inForce, verdict);
  }

  /**
   * Default logic over three values. {@code applying} and {@code possible} are bit sets of the
   * conclusions of the derogations that surely apply and that may apply: 1 denies, 2 grants.
   */
  static int derogate(int base, int applying, int possible) {
    if (applying == 3) {
      return Verdict.UNKNOWN;
    }
    if (applying != 0) {
      return (applying | possible) == 3 ? Verdict.UNKNOWN
          : applying == 2 ? Verdict.YES : Verdict.NO;
    }
    if (possible == 0) {
      return base;
    }
    if (base == Verdict.UNKNOWN) {
      return Verdict.UNKNOWN;
    }
    int baseBit = base == Verdict.YES ? 2 : 1;
    return (possible | baseBit) == baseBit ? base : Verdict.UNKNOWN;
  }
}
