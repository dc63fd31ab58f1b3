package org.areso.core.lifecycle;

import io.vavr.collection.Seq;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The transitions of a lifecycle by stage and by the exact class of their command, or of their
 * event. A stage has a handful of transitions: its classes are compared by identity in a small
 * array, in declaration order, which costs less than hashing the class (an identity map or a
 * {@link ClassValue} were measured slower on a replay); a stage with more than {@value #SCANNED}
 * transitions is looked up in an identity map instead. Immutable once built, and thread-safe.
 */
final class RuleTable {

  /** The most transitions of one stage compared one by one. */
  static final int SCANNED = 16;

  /** Per stage: its classes and transitions in turn, {class, rule, class, rule, ...}. */
  private final Object[][] rows;
  private final Map<Class<?>, Rule>[] large;

  /**
   * Indexes the transitions by their source stage and the class {@code key} reads.
   *
   * @param stages how many stages
   * @param all the transitions but the starting one, at most one per stage and class
   * @param key the command's or the event's class of a transition
   */
  @SuppressWarnings("unchecked")
  RuleTable(int stages, Seq<Rule> all, Function<Rule, Class<?>> key) {
    this.rows = new Object[stages][];
    this.large = new Map[stages];
    for (int stage = 0; stage < stages; stage++) {
      Object[] row = new Object[0];
      for (Rule rule : all) {
        if (rule.from.ordinal() == stage) {
          row = Arrays.copyOf(row, row.length + 2);
          row[row.length - 2] = key.apply(rule);
          row[row.length - 1] = rule;
        }
      }
      if (row.length > 2 * SCANNED) {
        Map<Class<?>, Rule> map = new IdentityHashMap<>();
        for (int i = 0; i < row.length; i += 2) {
          map.putIfAbsent((Class<?>) row[i], (Rule) row[i + 1]);
        }
        large[stage] = map;
      } else {
        rows[stage] = row;
      }
    }
  }

  /** The transition from a stage for an exact class, or null when the stage has none. */
  Rule get(int stage, Class<?> type) {
    Object[] row = rows[stage];
    if (row == null) {
      return large[stage].get(type);
    }
    for (int i = 0; i < row.length; i += 2) {
      if (row[i] == type) {
        return (Rule) row[i + 1];
      }
    }
    return null;
  }
}
