package org.areso.core.eligibility;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.ArrayList;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;

/**
 * A rule tree compiled to flat arrays, for the verdict-only fast path: evaluation walks the arrays
 * and allocates nothing per rule. It always agrees with {@link Evaluation}.
 *
 * <p>A {@linkplain #trace(Facts) trace} evaluates every node (no short cut) into one byte per node,
 * from which the missing facts ({@link #missing(byte[], boolean)}) and the reasons
 * ({@link #failures(byte[], Sink)}) follow as {@link Evaluation} finds them, without building an
 * outcome tree. The {@linkplain #explain(byte[], Facts, long) explanation tree} follows from the trace
 * too, equal to the one {@link Evaluation} builds.
 */
final class CompiledRuleTree {

  /** Receives the reasons a {@linkplain #failures(byte[], Sink) failure walk} finds, in order. */
  interface Sink {
    /** A rule (node) was not in force on the request's date. */
    void notInForce(int node);

    /** A condition (node) was not met, or met under a negation ({@code expected} false). */
    void conditionNotMet(int node, boolean expected);

    /** The derogation at a slot of a node applied against what was expected. */
    void derogationApplied(int node, int slot);

    /** The derogations of a node that apply disagree. */
    void conflict(int node);
  }

  // A node's trace: bits 0-1 its verdict, bits 2-3 its verdict before its window (inner), then
  // flags.
  private static final int INNER_SHIFT = 2;
  private static final int NOT_IN_FORCE = 16;
  private static final int VALUE_UNKNOWN = 32;
  /** More distinct facts than a missing-fact mask holds: traces are refused. */
  private static final int MAX_FACTS = 64;
  private static final Fact<?>[] NO_FACT = new Fact<?>[0];

  private static final byte CONDITION = 0;
  private static final byte ALL = 1;
  private static final byte ANY = 2;
  private static final byte NOT = 3;
  private static final byte DEROGATIONS = 4;

  private final byte[] kind;
  private final boolean[] dated;
  /** A condition with no window of its own. */
  private final boolean[] leaf;
  private final long[] from;
  private final long[] to;
  private final Condition[] conditions;
  private final int[] first;
  private final int[] count;
  private final int[] children;
  private final boolean[] grants;
  private final Rule[] rules;
  private final Derogation[] derogations;
  private final Fact<?>[] factTable;
  private final int[] factOf;
  private final int dateBit;

  // What a node's explanation always holds, built once.
  private final String[] names;
  private final Text[] descriptions;
  private final Option<LegalReference>[] references;
  /** A condition's line when its fact is unknown, {@code fact = ?}. */
  private final String[] unknownSeen;
  /** The start of a condition's line, {@code fact = }. */
  private final String[] seenPrefix;
  /** A condition's parameter, or null. */
  private final DatedParameter<?>[] parameters;
  /** The line of a condition's parameter by its period in force, {@code parameter = value}. */
  private final String[][] parameterSeen;
  /** The line of a condition's parameter when no period is in force, {@code parameter = ?}. */
  private final String[] parameterUnknown;
  /** The note of a condition whose parameter has no value on the day, in French and English. */
  private final String[] noValueFr;
  private final String[] noValueEn;
  /** The end of the note of a dated node not in force, in French and English. */
  private final String[] notInForceFr;
  private final String[] notInForceEn;
  /** The explanation of a condition with no window nor parameter whose fact is unknown. */
  private final Explanation[] unknownLeaf;
  /** The note of the derogation at a slot, naming it. */
  private final Option<Text>[] derogationNotes;
  /** Whether an explanation shows the request's date: a node is dated or a condition reads it. */
  private final boolean showsDate;

  private CompiledRuleTree(ArrayList<Rule> nodes, ArrayList<int[]> edges,
      ArrayList<Boolean> grantsBySlot) {
    int n = nodes.size();
    rules = nodes.toArray(new Rule[0]);
    factOf = new int[n];
    kind = new byte[n];
    dated = new boolean[n];
    leaf = new boolean[n];
    from = new long[n];
    to = new long[n];
    conditions = new Condition[n];
    first = new int[n];
    count = new int[n];
    int total = edges.stream().mapToInt(e -> e.length).sum();
    children = new int[total];
    grants = new boolean[total];
    derogations = new Derogation[total];
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
        leaf[i] = !dated[i];
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
        if (rule instanceof Rule.WithDerogations with && slot > first[i]) {
          derogations[slot] = with.derogations().get(slot - first[i] - 1);
        }
        slot++;
      }
    }
    // The facts a trace may find missing, in the order a decision lists them (by name).
    ArrayList<Fact<?>> facts = new ArrayList<>();
    facts.add(Fact.REQUEST_DATE);
    for (Condition c : conditions) {
      if (c != null && !facts.contains(c.fact())) {
        facts.add(c.fact());
      }
    }
    facts.sort(Evaluation.BY_NAME);
    factTable = facts.toArray(new Fact<?>[0]);
    for (int i = 0; i < n; i++) {
      factOf[i] = conditions[i] == null ? -1 : indexOf(conditions[i].fact());
    }
    dateBit = indexOf(Fact.REQUEST_DATE);
    names = new String[n];
    descriptions = new Text[n];
    references = options(n);
    unknownSeen = new String[n];
    seenPrefix = new String[n];
    parameters = new DatedParameter<?>[n];
    parameterSeen = new String[n][];
    parameterUnknown = new String[n];
    noValueFr = new String[n];
    noValueEn = new String[n];
    notInForceFr = new String[n];
    notInForceEn = new String[n];
    unknownLeaf = new Explanation[n];
    for (int i = 0; i < n; i++) {
      Rule rule = rules[i];
      names[i] = rule.name();
      descriptions[i] = rule.description();
      references[i] = rule.reference();
      if (dated[i]) {
        String window = rule.validity().get().toString();
        notInForceFr[i] = " (en vigueur " + window + ")";
        notInForceEn[i] = " (in force " + window + ")";
      }
      Condition c = conditions[i];
      if (c == null) {
        continue;
      }
      seenPrefix[i] = c.fact().name() + " = ";
      unknownSeen[i] = seenPrefix[i] + "?";
      if (c.parameter().isDefined()) {
        DatedParameter<?> p = c.parameter().get();
        parameters[i] = p;
        parameterSeen[i] = p.periods().map(period -> p.name() + " = " + Fact.show(period.value()))
            .toJavaArray(String[]::new);
        parameterUnknown[i] = p.name() + " = ?";
        noValueFr[i] = "aucune valeur de « " + p.name() + " » le ";
        noValueEn[i] = "no value of '" + p.name() + "' on ";
      } else if (!dated[i]) {
        unknownLeaf[i] = new Explanation(names[i], descriptions[i], references[i],
            Verdict.UNDETERMINED, List.of(unknownSeen[i]), Option.none(), List.empty());
      }
    }
    boolean shows = false;
    for (int i = 0; i < n; i++) {
      shows |= dated[i] || conditions[i] != null && conditions[i].fact() == Fact.REQUEST_DATE;
    }
    showsDate = shows;
    derogationNotes = options(total);
    for (int s = 0; s < total; s++) {
      if (derogations[s] != null) {
        derogationNotes[s] = Option.some(derogations[s].describe());
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> Option<T>[] options(int n) {
    return (Option<T>[]) new Option<?>[n];
  }

  private int indexOf(Fact<?> fact) {
    for (int i = 0; i < factTable.length; i++) {
      // Facts the decision's sorted set takes for one (same name, same hash) share an index.
      if (Evaluation.BY_NAME.compare(factTable[i], fact) == 0) {
        return i;
      }
    }
    throw new IllegalStateException("not compiled: " + fact);
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
    Seq<Rule> kids;
    if (rule instanceof Rule.AllOf all) {
      kids = all.rules();
    } else if (rule instanceof Rule.AnyOf any) {
      kids = any.rules();
    } else if (rule instanceof Rule.Not not) {
      kids = List.of(not.rule());
    } else if (rule instanceof Rule.WithDerogations with) {
      kids = with.derogations().map(Derogation::when).prepend(with.base());
    } else {
      kids = List.empty();
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
      case CONDITION -> verdict = conditions[node].test(facts, known, day);
      case ALL -> {
        verdict = Verdict.YES;
        for (int s = start; s < end && verdict != Verdict.NO; s++) {
          verdict = Math.min(verdict, child(children[s], facts, known, day));
        }
      }
      case ANY -> {
        verdict = Verdict.NO;
        for (int s = start; s < end && verdict != Verdict.YES; s++) {
          verdict = Math.max(verdict, child(children[s], facts, known, day));
        }
      }
      case NOT -> verdict = Verdict.YES - child(children[start], facts, known, day);
      default -> verdict = derogations(start, end, facts, known, day);
    }
    return Math.min(inForce, verdict);
  }

  /** The verdict of a base rule and its derogations, at slots {@code start} to {@code end}. */
  private int derogations(int start, int end, Facts facts, boolean known, long day) {
    int base = child(children[start], facts, known, day);
    int applying = 0;
    int possible = 0;
    for (int s = start + 1; s < end; s++) {
      int when = child(children[s], facts, known, day);
      int bit = grants[s] ? 2 : 1;
      if (when == Verdict.YES) {
        applying |= bit;
      } else if (when == Verdict.UNKNOWN) {
        possible |= bit;
      }
    }
    return derogate(base, applying, possible);
  }

  /** A part's verdict: a condition in force at all times is tested in place, with no walk. */
  private int child(int node, Facts facts, boolean known, long day) {
    return leaf[node] ? conditions[node].test(facts, known, day) : eval(node, facts, known, day);
  }

  /** Whether {@link #trace(Facts)} can be used: the tree reads at most 64 distinct facts. */
  boolean traceable() {
    return factTable.length <= MAX_FACTS;
  }

  /**
   * Evaluates every node, with no short cut: one byte per node, its verdict (the root's in
   * {@code [0] & 3}), its inner verdict and its flags. Allocates the array only.
   */
  byte[] trace(Facts facts) {
    LocalDate date = facts.dateOrNull();
    return trace(facts, date != null, date != null ? date.toEpochDay() : 0L);
  }

  /** The same, the request's date given as known or not and as an epoch day. */
  byte[] trace(Facts facts, boolean dateKnown, long day) {
    byte[] states = new byte[kind.length];
    trace(0, facts, dateKnown, day, states);
    return states;
  }

  private int trace(int node, Facts facts, boolean known, long day, byte[] states) {
    int inForce = Verdict.YES;
    if (dated[node]) {
      if (!known) {
        inForce = Verdict.UNKNOWN;
      } else if (day < from[node] || day > to[node]) {
        // Not in force: neither its reasons nor its missing facts depend on its parts.
        states[node] = (byte) (Verdict.NO | NOT_IN_FORCE);
        return Verdict.NO;
      }
    }
    int start = first[node];
    int end = start + count[node];
    int verdict;
    int flags = 0;
    switch (kind[node]) {
      case CONDITION -> {
        verdict = conditions[node].test(facts, known, day);
        if (verdict == Verdict.UNKNOWN && conditions[node].fact().valueOrNull(facts) == null) {
          flags = VALUE_UNKNOWN;
        }
      }
      case ALL -> {
        verdict = Verdict.YES;
        for (int s = start; s < end; s++) {
          verdict = Math.min(verdict, trace(children[s], facts, known, day, states));
        }
      }
      case ANY -> {
        verdict = Verdict.NO;
        for (int s = start; s < end; s++) {
          verdict = Math.max(verdict, trace(children[s], facts, known, day, states));
        }
      }
      case NOT -> verdict = Verdict.YES - trace(children[start], facts, known, day, states);
      default -> {
        int base = trace(children[start], facts, known, day, states);
        int applying = 0;
        int possible = 0;
        for (int s = start + 1; s < end; s++) {
          int when = trace(children[s], facts, known, day, states);
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
    int result = Math.min(inForce, verdict);
    states[node] = (byte) (result | verdict << INNER_SHIFT | flags);
    return result;
  }

  private static int verdictOf(byte[] states, int node) {
    return states[node] & 3;
  }

  /**
   * The facts missing from a traced decision, in the order {@link Decision#missing()} lists them;
   * empty unless the root is undetermined.
   */
  Fact<?>[] missing(byte[] states, boolean dateKnown) {
    if (verdictOf(states, 0) != Verdict.UNKNOWN) {
      return NO_FACT;
    }
    long mask = missing(0, states, dateKnown);
    Fact<?>[] missing = new Fact<?>[Long.bitCount(mask)];
    int i = 0;
    for (int bit = 0; bit < factTable.length; bit++) {
      if ((mask & 1L << bit) != 0) {
        missing[i++] = factTable[bit];
      }
    }
    return missing;
  }

  /** The missing facts of an undetermined node, as {@link Evaluation}'s outcome holds them. */
  private long missing(int node, byte[] states, boolean known) {
    long mask = 0;
    if ((states[node] >> INNER_SHIFT & 3) == Verdict.UNKNOWN) {
      mask = innerMissing(node, states, known);
    }
    if (dated[node] && !known) {
      mask |= 1L << dateBit;
    }
    return mask;
  }

  private long innerMissing(int node, byte[] states, boolean known) {
    int start = first[node];
    int end = start + count[node];
    long mask = 0;
    switch (kind[node]) {
      case CONDITION -> {
        if ((states[node] & VALUE_UNKNOWN) != 0) {
          mask |= 1L << factOf[node];
        }
        if (conditions[node].parameter().isDefined() && !known) {
          mask |= 1L << dateBit;
        }
      }
      case ALL, ANY, NOT -> {
        for (int s = start; s < end; s++) {
          if (verdictOf(states, children[s]) == Verdict.UNKNOWN) {
            mask |= missing(children[s], states, known);
          }
        }
      }
      default -> {
        // Only what could change the verdict: undecided derogations that would decide otherwise.
        int base = verdictOf(states, children[start]);
        int applying = 0;
        for (int s = start + 1; s < end; s++) {
          if (verdictOf(states, children[s]) == Verdict.YES) {
            applying |= grants[s] ? 2 : 1;
          }
        }
        int decided = applying != 0 ? applying
            : base == Verdict.YES ? 2 : base == Verdict.NO ? 1 : 0;
        if (applying == 0 && base == Verdict.UNKNOWN) {
          mask |= missing(children[start], states, known);
        }
        for (int s = start + 1; s < end && applying != 3; s++) {
          int bit = grants[s] ? 2 : 1;
          if (verdictOf(states, children[s]) == Verdict.UNKNOWN && bit != decided) {
            mask |= missing(children[s], states, known);
          }
        }
      }
    }
    return mask;
  }

  /**
   * Walks a traced decision for every reason it is not eligible, in the order {@link Evaluation}
   * lists them (the missing facts apart).
   */
  void failures(byte[] states, Sink sink) {
    failures(0, true, false, states, sink);
  }

  private void failures(int node, boolean expected, boolean conflictsOnly, byte[] states,
      Sink sink) {
    int verdict = verdictOf(states, node);
    if (verdict == (expected ? Verdict.YES : Verdict.NO)) {
      return;
    }
    if ((states[node] & NOT_IN_FORCE) != 0) {
      if (expected && !conflictsOnly) {
        sink.notInForce(node);
      }
      return;
    }
    int start = first[node];
    int end = start + count[node];
    switch (kind[node]) {
      case CONDITION -> {
        if (verdict != Verdict.UNKNOWN && !conflictsOnly) {
          sink.conditionNotMet(node, expected);
        }
      }
      case NOT -> failures(children[start], !expected, conflictsOnly, states, sink);
      case ALL, ANY -> {
        for (int s = start; s < end; s++) {
          failures(children[s], expected, conflictsOnly, states, sink);
        }
      }
      default -> {
        int applying = 0;
        for (int s = start + 1; s < end; s++) {
          if (verdictOf(states, children[s]) == Verdict.YES) {
            applying |= grants[s] ? 2 : 1;
          }
        }
        if (applying == 3) {
          sink.conflict(node);
          return;
        }
        if (applying != 0) {
          for (int s = start + 1; s < end && !conflictsOnly; s++) {
            if (verdictOf(states, children[s]) == Verdict.YES && grants[s] != expected) {
              sink.derogationApplied(node, s);
            }
          }
        } else {
          failures(children[start], expected, conflictsOnly, states, sink);
        }
        // A derogation left undetermined by a conflict inside its own condition holds the
        // verdict open even when every fact is known: that conflict is a reason too.
        for (int s = start + 1; s < end; s++) {
          if (verdictOf(states, children[s]) == Verdict.UNKNOWN) {
            failures(children[s], true, true, states, sink);
          }
        }
      }
    }
  }

  /** The start of a line of the request's date, {@code request_date = }. */
  private static final String DATE_SEEN = Fact.REQUEST_DATE.name() + " = ";
  /** The line of an unknown request date. */
  private static final String DATE_UNKNOWN = DATE_SEEN + "?";

  /**
   * The explanation tree of a traced decision, equal to the one {@link Evaluation} builds: each
   * node's verdict is read from the trace (the parts of a node not in force, which the trace
   * skips, are traced on a copy), the values seen are read again, and the texts that do not
   * depend on the request were built once. Does not change {@code states}.
   *
   * @param day the request's date as an epoch day, when it is known
   */
  Explanation explain(byte[] states, Facts facts, long day) {
    LocalDate date = facts.dateOrNull();
    String dateSeen = date == null ? DATE_UNKNOWN : showsDate ? withDate(DATE_SEEN, date, "")
        : null;
    return explain(0, null, states, facts, date, day, dateSeen);
  }

  /**
   * {@code before + date + after}, the date as {@link LocalDate#toString()} writes it, in one
   * string: a year of four digits is written from the date's fields.
   */
  static String withDate(String before, LocalDate date, String after) {
    int year = date.getYear();
    if (year < 1000 || year > 9999) {
      return before + date + after;
    }
    int month = date.getMonthValue();
    int day = date.getDayOfMonth();
    return before + year + (month < 10 ? "-0" : "-") + month + (day < 10 ? "-0" : "-") + day
        + after;
  }

  /**
   * A node's explanation; {@code label}, when not null, replaces its note. {@code dateSeen} is
   * the line of the request's date, shared by the nodes that show it.
   */
  private Explanation explain(int node, Option<Text> label, byte[] states, Facts facts,
      LocalDate date, long day, String dateSeen) {
    int state = states[node];
    if ((state & VALUE_UNKNOWN) != 0 && unknownLeaf[node] != null && label == null) {
      return unknownLeaf[node];
    }
    boolean notInForce = (state & NOT_IN_FORCE) != 0;
    byte[] traced = states;
    if (notInForce) {
      // The trace skipped its parts: they are traced on a copy.
      traced = states.clone();
      for (int s = first[node]; s < first[node] + count[node]; s++) {
        trace(children[s], facts, date != null, day, traced);
      }
    }
    int start = first[node];
    int end = start + count[node];
    List<String> seen = dated[node] ? List.of(dateSeen) : List.empty();
    Option<Text> note = Option.none();
    List<Explanation> parts = List.empty();
    switch (kind[node]) {
      case CONDITION -> {
        DatedParameter<?> p = parameters[node];
        if (p != null) {
          int period = date == null ? -1 : p.periodIndex(day);
          seen = seen.prepend(period < 0 ? parameterUnknown[node] : parameterSeen[node][period]);
          if (date != null && period < 0) {
            note = Option.some(Text.of(withDate(noValueFr[node], date, ""),
                withDate(noValueEn[node], date, "")));
          }
        }
        seen = seen.prepend(factSeen(node, facts, dateSeen));
      }
      case DEROGATIONS -> {
        for (int s = end - 1; s > start; s--) {
          parts = parts.prepend(explain(children[s], derogationNotes[s], traced, facts, date,
              day, dateSeen));
        }
        parts = parts.prepend(explain(children[start], null, traced, facts, date, day,
            dateSeen));
        note = derogationNote(node, traced);
      }
      default -> {
        for (int s = end - 1; s >= start; s--) {
          parts = parts.prepend(explain(children[s], null, traced, facts, date, day,
              dateSeen));
        }
      }
    }
    if (notInForce) {
      note = Option.some(Text.of(withDate("pas en vigueur le ", date, notInForceFr[node]),
          withDate("not in force on ", date, notInForceEn[node])));
    }
    return new Explanation(names[node], descriptions[node], references[node],
        Verdict.ofCode(state & 3), seen, label == null ? note : label, parts);
  }

  /** A condition's line of its fact, {@code fact = value}. */
  private String factSeen(int node, Facts facts, String dateSeen) {
    Fact<?> fact = conditions[node].fact();
    if (fact == Fact.REQUEST_DATE) {
      return dateSeen;
    }
    Object value = fact.valueOrNull(facts);
    return value != null ? seenPrefix[node] + Fact.show(value)
        : fact.absentFrom(facts) ? seenPrefix[node] + "none" : unknownSeen[node];
  }

  /** The note of a node with derogations: those that apply, or their conflict. */
  private Option<Text> derogationNote(int node, byte[] states) {
    List<String> granting = applying(node, states, true);
    List<String> denying = applying(node, states, false);
    if (granting.isEmpty() && denying.isEmpty()) {
      return Option.none();
    }
    if (!granting.isEmpty() && !denying.isEmpty()) {
      String grant = granting.mkString(", ");
      String deny = denying.mkString(", ");
      return Option.some(Text.of("conflit : " + grant + " accordent, " + deny + " refusent",
          "conflict: " + grant + " grant, " + deny + " deny"));
    }
    String label = granting.appendAll(denying).mkString(", ");
    return Option.some(Text.of("dérogation appliquée : " + label,
        "derogation applied: " + label));
  }

  /** The rule of a node. */
  Rule rule(int node) {
    return rules[node];
  }

  /** The derogation at a slot of a node with derogations. */
  Derogation derogation(int slot) {
    return derogations[slot];
  }

  /** The labels of the derogations of a node that apply, granting ({@code true}) or denying. */
  List<String> applying(int node, byte[] states, boolean granting) {
    List<String> labels = List.empty();
    for (int s = first[node] + count[node] - 1; s > first[node]; s--) {
      if (verdictOf(states, children[s]) == Verdict.YES && grants[s] == granting) {
        labels = labels.prepend(derogations[s].label());
      }
    }
    return labels;
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
