package org.areso.rules.text;

import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.Predicate;
import org.areso.core.eligibility.DatedParameter;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.Text;
import org.areso.rules.FinessCategories;
import org.areso.rules.Funders;
import org.areso.rules.text.PolicyMessages.Wording;

/**
 * The comparisons a condition of a policy file makes, by the name the file writes: each checks
 * that it applies to the fact's kind, reads its operand and builds the engine's condition. The
 * lookups in the catalogue's legal data (FINESS categories, funders) are named comparisons here,
 * never code in the file.
 */
final class Operators {

  /** Compiles one comparison of a condition. */
  @FunctionalInterface
  interface Operator {
    Option<Rule> compile(PolicyReader reader, String rule, Text text, Fact<?> fact,
        ValueKind kind, Node.Entry entry);
  }

  private static final java.util.Set<FundingSource> LISTED_STATE_PROGRAMMES = java.util.Set.copyOf(
      Funders.stateBudgetProgrammes().map(Funders.Entry::source).toJavaList());

  private static final Map<String, Operator> ALL = LinkedHashMap.<String, Operator>empty()
      .put("equals", (r, n, t, f, k, e) -> equality(r, n, t, f, k, e, true))
      .put("not_equals", (r, n, t, f, k, e) -> equality(r, n, t, f, k, e, false))
      .put("one_of", (r, n, t, f, k, e) -> membership(r, n, t, f, k, e, true))
      .put("not_one_of", (r, n, t, f, k, e) -> membership(r, n, t, f, k, e, false))
      .put("contains_any", (r, n, t, f, k, e) -> elements(r, n, t, f, k, e, 0))
      .put("contains_all", (r, n, t, f, k, e) -> elements(r, n, t, f, k, e, 1))
      .put("contains_none", (r, n, t, f, k, e) -> elements(r, n, t, f, k, e, 2))
      .put("is_none", Operators::isNone)
      .put("at_least", (r, n, t, f, k, e) -> order(r, n, t, f, k, e, c -> c >= 0))
      .put("at_most", (r, n, t, f, k, e) -> order(r, n, t, f, k, e, c -> c <= 0))
      .put("above", (r, n, t, f, k, e) -> order(r, n, t, f, k, e, c -> c > 0))
      .put("below", (r, n, t, f, k, e) -> order(r, n, t, f, k, e, c -> c < 0))
      .put("within", Operators::within)
      .put("during", Operators::during)
      .put("known", Operators::known)
      .put("contains_kind", Operators::containsKind)
      .put("contains_listed_state_programme", Operators::listedStateProgramme)
      .put("in_casf_l312_1", (r, n, t, f, k, e) -> finess(r, n, t, f, k, e,
          entry -> entry.isSocialOrMedicoSocial()))
      .put("in_finess_register", (r, n, t, f, k, e) -> finess(r, n, t, f, k, e, entry -> true))
      .put("in_casf_items", Operators::inCasfItems);

  private Operators() {}

  static Option<Operator> find(String name) {
    return ALL.get(name);
  }

  static List<String> names() {
    return ALL.keySet().toList();
  }

  private static Option<Rule> mismatch(PolicyReader reader, Fact<?> fact, ValueKind kind,
      Node.Entry entry) {
    reader.mismatch(entry.key(), entry.key().value(), fact.name(), kind);
    return Option.none();
  }

  private static Option<Rule> equality(PolicyReader reader, String rule, Text text, Fact<?> fact,
      ValueKind kind, Node.Entry entry, boolean equal) {
    if (kind.isSet()) {
      return mismatch(reader, fact, kind, entry);
    }
    if (entry.value() instanceof Node.Mapping) {
      return withParameter(reader, rule, text, fact, kind, entry,
          (value, param) -> value.equals(param) == equal);
    }
    return reader.value(entry.value(), kind)
        .map(literal -> PolicyReader.condition(rule, text, fact, v -> v.equals(literal) == equal));
  }

  private static Option<Rule> membership(PolicyReader reader, String rule, Text text,
      Fact<?> fact, ValueKind kind, Node.Entry entry, boolean member) {
    if (kind.isSet()) {
      return mismatch(reader, fact, kind, entry);
    }
    return reader.values(entry.value(), kind).map(Operators::lookup).map(literals ->
        PolicyReader.condition(rule, text, fact, v -> literals.test(v) == member));
  }

  /** How: 0 contains any, 1 contains all, 2 contains none. */
  private static Option<Rule> elements(PolicyReader reader, String rule, Text text, Fact<?> fact,
      ValueKind kind, Node.Entry entry, int how) {
    if (!kind.isSet()) {
      return mismatch(reader, fact, kind, entry);
    }
    return reader.values(entry.value(), kind).map(literals -> {
      Predicate<Object> listed = lookup(literals);
      int count = literals.size();
      Predicate<Object> test = how == 0 ? v -> ((Set<?>) v).exists(listed)
          : how == 1 ? v -> ((Set<?>) v).count(listed) == count
          : v -> !((Set<?>) v).exists(listed);
      return PolicyReader.condition(rule, text, fact, test);
    });
  }

  /**
   * A membership test for a file's list of literals, built once when the file is read: a bit test
   * for constants of one enum, a hash lookup otherwise (the literals are distinct: the reader makes
   * them a set).
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Predicate<Object> lookup(Set<Object> literals) {
    if (!literals.isEmpty() && literals.forAll(Enum.class::isInstance)) {
      Class<? extends Enum> type = ((Enum<?>) literals.head()).getDeclaringClass();
      if (literals.forAll(type::isInstance)) {
        EnumSet constants = EnumSet.noneOf(type);
        literals.forEach(constants::add);
        return constants::contains;
      }
    }
    java.util.Set<Object> hashed = java.util.Set.copyOf(literals.toJavaSet());
    return hashed::contains;
  }

  private static Option<Rule> isNone(PolicyReader reader, String rule, Text text, Fact<?> fact,
      ValueKind kind, Node.Entry entry) {
    if (!kind.isSet() && kind != ValueKind.FINESS_CATEGORY) {
      return mismatch(reader, fact, kind, entry);
    }
    // One test per case, so that a decision calls one predicate, not a predicate of a predicate.
    boolean set = kind.isSet();
    return reader.yesNo(entry.value()).map(none -> PolicyReader.condition(rule, text, fact,
        set ? none ? v -> ((Set<?>) v).isEmpty() : v -> !((Set<?>) v).isEmpty()
            : none ? v -> ((FinessCategory) v).isNone() : v -> !((FinessCategory) v).isNone()));
  }

  /** Compares with {@code Comparable.compareTo}: the fact's value against the operand. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Option<Rule> order(PolicyReader reader, String rule, Text text, Fact<?> fact,
      ValueKind kind, Node.Entry entry, java.util.function.IntPredicate accepts) {
    if (!kind.isOrdered()) {
      return mismatch(reader, fact, kind, entry);
    }
    if (entry.value() instanceof Node.Mapping) {
      return withParameter(reader, rule, text, fact, kind, entry,
          (value, param) -> accepts.test(((Comparable) value).compareTo(param)));
    }
    return reader.value(entry.value(), kind).map(literal -> PolicyReader.condition(rule, text,
        fact, v -> accepts.test(((Comparable) v).compareTo(literal))));
  }

  private static Option<Rule> withParameter(PolicyReader reader, String rule, Text text,
      Fact<?> fact, ValueKind kind, Node.Entry entry,
      java.util.function.BiPredicate<Object, Object> test) {
    return reader.parameter(entry.value()).flatMap(found -> {
      if (found._2 != kind) {
        reader.error(entry.value(), Wording.OPERATOR_MISMATCH_PARAMETER.with(found._2.expected(),
            fact.name(), kind.expected()));
        return Option.none();
      }
      return Option.some(PolicyReader.condition(rule, text, fact, found._1, test));
    });
  }

  private static Option<Rule> within(PolicyReader reader, String rule, Text text, Fact<?> fact,
      ValueKind kind, Node.Entry entry) {
    if (kind != ValueKind.DATE) {
      return mismatch(reader, fact, kind, entry);
    }
    return reader.window(entry.key().value(), entry.value()).map(window ->
        PolicyReader.condition(rule, text, fact, v -> window.contains((LocalDate) v)));
  }

  private static Option<Rule> during(PolicyReader reader, String rule, Text text, Fact<?> fact,
      ValueKind kind, Node.Entry entry) {
    if (fact != Fact.REQUEST_DATE) {
      return mismatch(reader, fact, kind, entry);
    }
    Option<Tuple2<DatedParameter<?>, ValueKind>> found = reader.parameterNamed(entry.value());
    if (found.exists(p -> p._2 != ValueKind.YES_NO)) {
      reader.error(entry.value(), Wording.OPERATOR_MISMATCH_DURING.with());
      return Option.none();
    }
    return found.map(p -> PolicyReader.condition(rule, text, fact, p._1,
        (day, open) -> (Boolean) open));
  }

  private static Option<Rule> known(PolicyReader reader, String rule, Text text, Fact<?> fact,
      ValueKind kind, Node.Entry entry) {
    return reader.yesNo(entry.value()).flatMap(yes -> {
      if (!yes) {
        reader.error(entry.value(), Wording.BAD_VALUE_KNOWN.with());
        return Option.none();
      }
      return Option.some(PolicyReader.condition(rule, text, fact, v -> true));
    });
  }

  private static Option<Rule> containsKind(PolicyReader reader, String rule, Text text,
      Fact<?> fact, ValueKind kind, Node.Entry entry) {
    if (kind != ValueKind.FUNDING) {
      return mismatch(reader, fact, kind, entry);
    }
    java.util.List<Node> items = entry.value() instanceof Node.Sequence list
        ? list.items().toJavaList() : java.util.List.of(entry.value());
    List<FundingSource.Kind> kinds = List.empty();
    boolean complete = true;
    for (Node item : items) {
      Option<FundingSource.Kind> k = item instanceof Node.Scalar s ? List.of(
          FundingSource.Kind.values()).find(v -> v.name().equals(s.value().strip()
              .toUpperCase(Locale.ROOT))) : Option.none();
      if (k.isEmpty()) {
        reader.error(item, Wording.BAD_VALUE_FUNDER_KIND.with(
            List.of(FundingSource.Kind.values()).map(Enum::name)));
        complete = false;
      } else {
        kinds = kinds.append(k.get());
      }
    }
    EnumSet<FundingSource.Kind> wanted = EnumSet.noneOf(FundingSource.Kind.class);
    kinds.forEach(wanted::add);
    return complete ? Option.some(PolicyReader.condition(rule, text, fact, containsKind(wanted)))
        : Option.none();
  }

  private static Option<Rule> listedStateProgramme(PolicyReader reader, String rule, Text text,
      Fact<?> fact, ValueKind kind, Node.Entry entry) {
    if (kind != ValueKind.FUNDING) {
      return mismatch(reader, fact, kind, entry);
    }
    return reader.yesNo(entry.value()).map(yes -> PolicyReader.condition(rule, text, fact,
        v -> ((Set<?>) v).exists(LISTED_STATE_PROGRAMMES::contains)
            == yes));
  }

  private static Option<Rule> finess(PolicyReader reader, String rule, Text text, Fact<?> fact,
      ValueKind kind, Node.Entry entry,
      java.util.function.Predicate<FinessCategories.Entry> test) {
    if (kind != ValueKind.FINESS_CATEGORY) {
      return mismatch(reader, fact, kind, entry);
    }
    // The categories the comparison holds for, looked up once: one hash lookup per decision.
    java.util.Set<String> holding = java.util.Set.copyOf(FinessCategories.all().filter(test)
        .map(e -> e.category().code()).toJavaList());
    return reader.yesNo(entry.value()).map(yes -> PolicyReader.condition(rule, text, fact,
        yes ? v -> holding.contains(((FinessCategory) v).code())
            : v -> !holding.contains(((FinessCategory) v).code())));
  }

  /** Whether a set of funders has one of the kinds: one comparison when only one is wanted. */
  private static Predicate<Object> containsKind(EnumSet<FundingSource.Kind> wanted) {
    long kinds = 0;
    for (FundingSource.Kind kind : wanted) {
      kinds |= 1L << kind.ordinal();
    }
    long mask = kinds;
    return v -> anyOfKinds((Set<?>) v, mask);
  }

  /**
   * Whether a source of a set is of one of the kinds of a mask (bit {@code ordinal}). A linked
   * set of one or two sources, what a structure mostly has, is read by its ends, with no
   * iterator: it is tested on every request of a screening.
   */
  private static boolean anyOfKinds(Set<?> sources, long mask) {
    if (sources instanceof LinkedHashSet && sources.size() <= 2) {
      return !sources.isEmpty()
          && (ofKinds(sources.head(), mask) || ofKinds(sources.last(), mask));
    }
    for (Object source : sources) {
      if (ofKinds(source, mask)) {
        return true;
      }
    }
    return false;
  }

  private static boolean ofKinds(Object source, long mask) {
    return (mask & 1L << ((FundingSource) source).kind().ordinal()) != 0;
  }

  private static Option<Rule> inCasfItems(PolicyReader reader, String rule, Text text,
      Fact<?> fact, ValueKind kind, Node.Entry entry) {
    if (kind != ValueKind.FINESS_CATEGORY) {
      return mismatch(reader, fact, kind, entry);
    }
    return reader.values(entry.value(), ValueKind.CASF_ITEMS).map(items -> PolicyReader.condition(
        rule, text, fact, v -> FinessCategories.find((FinessCategory) v)
            .exists(e -> e.casfItems().exists(item -> items.contains((CasfItem) item)))));
  }
}
