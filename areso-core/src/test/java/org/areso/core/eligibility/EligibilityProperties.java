package org.areso.core.eligibility;

import static org.areso.core.eligibility.EligibilityFixtures.CASF;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;
import org.areso.core.kernel.Text;

/** Properties of the engine over random rule trees and random, partly unknown facts. */
class EligibilityProperties {

  private static final Seq<Fact<Boolean>> FACTS = List.range(0, 4).map(i -> Fact.of("f" + i,
      Boolean.class, Text.of("f" + i + " ?", "f" + i + "?")));
  private static final Seq<LocalDate> DAYS = List.of(LocalDate.of(2023, 3, 1),
      LocalDate.of(2023, 9, 1), LocalDate.of(2024, 6, 1));
  private static final Seq<Option<DateWindow>> WINDOWS = List.of(Option.none(), Option.none(),
      Option.some(DateWindow.of(LocalDate.of(2023, 7, 1), LocalDate.of(2024, 4, 30)).get()),
      Option.some(DateWindow.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).get()));

  /** Known values, by fact index; none = unknown; index 4 is the request date. */
  record Known(Seq<Option<Integer>> values) {
    Facts facts() {
      Facts facts = Facts.of(EligibilityFixtures.unknownStructure());
      for (int i = 0; i < FACTS.size(); i++) {
        if (values.get(i).isDefined()) {
          facts = facts.with(FACTS.get(i), values.get(i).get() == 1);
        }
      }
      return values.get(4).isDefined() ? facts.requestDate(DAYS.get(values.get(4).get())) : facts;
    }
  }

  @Provide
  Arbitrary<Rule> rules() {
    return rules(3);
  }

  private Arbitrary<Rule> rules(int depth) {
    if (depth == 0) {
      return leaf();
    }
    return Arbitraries.oneOf(leaf(), allOf(depth - 1), anyOf(depth - 1), not(depth - 1),
        derogated(depth - 1));
  }

  /** Rule trees of the first kind, or ones where derogations nest, apply and conflict often. */
  @Provide
  Arbitrary<Rule> tangled() {
    return Arbitraries.oneOf(rules(3), nested(3), nested(3).map(r -> Rule.not("not",
        Text.of("n", "n"), r)));
  }

  /** Derogations whose rules are derogations, down to {@code depth}. */
  private Arbitrary<Rule> nested(int depth) {
    if (depth == 0) {
      return leaf();
    }
    Arbitrary<Rule> part = Arbitraries.oneOf(leaf(), nested(depth - 1), nested(depth - 1)
        .map(r -> Rule.not("not", Text.of("n", "n"), r)));
    Arbitrary<Derogation> derogation = Combinators.combine(part, Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 99))
        .as((r, grants, id) -> new Derogation("d" + id, r, grants));
    return Combinators.combine(part, derogation.list().ofMinSize(1).ofMaxSize(3),
        Arbitraries.integers().between(0, 3)).as((base, ds, w) -> dated(Rule.withDerogations(
            "with", Text.of("w", "w"), base, ds), w));
  }

  /** Yes in 2023, no in the first quarter of 2024, no value after (so not met). */
  private static final DatedParameter<Boolean> OPEN = DatedParameter.<Boolean>named("open")
      .value(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), true, CASF)
      .value(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31), false, CASF)
      .build().get();

  private Arbitrary<Rule> leaf() {
    return Arbitraries.frequencyOf(Tuple.of(4, plainLeaf()), Tuple.of(1, parameterLeaf()));
  }

  private Arbitrary<Rule> plainLeaf() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 9999))
        .as((f, expected, w, id) -> dated(Rule.condition("c" + id, Text.of("c", "c"),
            FACTS.get(f), v -> v == expected).citing(CASF), w));
  }

  private Arbitrary<Rule> parameterLeaf() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 9999))
        .as((f, expected, w, id) -> dated(Rule.condition("p" + id, Text.of("p", "p"),
            FACTS.get(f), OPEN, (v, open) -> v == expected && open).citing(CASF), w));
  }

  private static Rule dated(Rule rule, int window) {
    return WINDOWS.get(window).map(rule::validDuring).getOrElse(rule);
  }

  private Arbitrary<Rule> allOf(int depth) {
    return rules(depth).list().ofMinSize(1).ofMaxSize(3)
        .map(rs -> Rule.allOf("all", Text.of("a", "a"), rs));
  }

  private Arbitrary<Rule> anyOf(int depth) {
    return rules(depth).list().ofMinSize(1).ofMaxSize(3)
        .map(rs -> Rule.anyOf("any", Text.of("a", "a"), rs));
  }

  private Arbitrary<Rule> not(int depth) {
    return rules(depth).map(r -> Rule.not("not", Text.of("n", "n"), r));
  }

  private Arbitrary<Rule> derogated(int depth) {
    Arbitrary<Derogation> derogation = Combinators.combine(rules(depth), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 99))
        .as((r, grants, id) -> new Derogation("d" + id, r, grants));
    return Combinators.combine(rules(depth), derogation.list().ofMaxSize(3), Arbitraries.integers()
        .between(0, 3)).as((base, ds, w) -> dated(Rule.withDerogations("with", Text.of("w", "w"),
            base, ds), w));
  }

  @Provide
  Arbitrary<Known> known() {
    return Combinators.combine(
        Arbitraries.integers().between(0, 1).optional().list().ofSize(4),
        Arbitraries.integers().between(0, 2).optional())
        .as((values, day) -> new Known(List.ofAll(values).map(Option::ofOptional)
            .append(Option.ofOptional(day))));
  }

  private static Decision explained(Rule rule, Facts facts) {
    return Evaluation.decide("p", rule, facts);
  }

  private static Verdict fast(Rule rule, Facts facts) {
    return Verdict.ofCode(CompiledRuleTree.compile(rule).run(facts));
  }

  @Property(tries = 500)
  void theFastPathAlwaysAgreesWithTheExplainedPath(@ForAll("rules") Rule rule,
      @ForAll("known") Known known) {
    // given
    Facts facts = known.facts();
    // when
    Verdict quick = fast(rule, facts);
    // then
    assertThat(quick).isEqualTo(explained(rule, facts).verdict());
  }

  @Property(tries = 1_000)
  void theCompiledDecisionIsTheExplainedOneWithTheSameExplanation(@ForAll("tangled") Rule rule,
      @ForAll("known") Known known) {
    // given
    Facts facts = known.facts();
    Decision explained = explained(rule, facts);
    // when
    Decision compiled = Tracing.decide("p", rule, CompiledRuleTree.compile(rule), facts);
    // then
    assertThat(compiled.verdict()).isEqualTo(explained.verdict());
    assertThat(compiled.missing()).isEqualTo(explained.missing());
    assertThat(compiled.reasons()).isEqualTo(explained.reasons());
    assertThat(compiled.explanation()).isEqualTo(explained.explanation());
    assertThat(compiled).isEqualTo(explained).hasSameHashCodeAs(explained);
    assertThat(compiled.toString()).isEqualTo(explained.toString());
  }

  @Property(tries = 1_000)
  void aScreeningResultIsTheDecisionLessItsTexts(@ForAll("tangled") Rule rule,
      @ForAll("known") Known known) {
    // given
    Facts facts = known.facts();
    Decision explained = explained(rule, facts);
    // when
    ScreenResult screened = Tracing.screen("p", rule, CompiledRuleTree.compile(rule), facts,
        ScreenResult.eligible("p"));
    // then
    assertThat(screened.verdict()).isEqualTo(explained.verdict());
    assertThat(screened.reasonCodes()).isEqualTo(explained.reasonCodes());
    assertThat(screened.reasonSubjects())
        .isEqualTo(explained.reasons().map(Tracing::subject));
    assertThat(screened.missing()).isEqualTo(explained.missing());
    assertThat(screened).isEqualTo(Tracing.ofDecision(explained));
  }

  @Property(tries = 300)
  void theVerdictAndMissingFactsDoNotDependOnTheOrderRulesAreListed(
      @ForAll("rules") Rule rule, @ForAll("known") Known known, @ForAll long seed) {
    // given
    Facts facts = known.facts();
    Rule shuffled = shuffle(rule, new Random(seed));
    // when
    Decision original = explained(rule, facts);
    Decision reordered = explained(shuffled, facts);
    // then
    assertThat(reordered.verdict()).isEqualTo(original.verdict());
    assertThat(reordered.missing().toJavaSet()).isEqualTo(original.missing().toJavaSet());
    assertThat(fast(shuffled, facts)).isEqualTo(original.verdict());
  }

  @Property(tries = 500)
  void aFactThatIsPresentNeverAppearsInMissing(@ForAll("rules") Rule rule,
      @ForAll("known") Known known) {
    // given
    Facts facts = known.facts();
    // when
    Decision decision = explained(rule, facts);
    // then
    for (Fact<?> fact : decision.missing()) {
      assertThat(facts.get(fact).isEmpty()).as(fact.name()).isTrue();
    }
    assertThat(decision.missing().isEmpty())
        .isEqualTo(decision.verdict() != Verdict.UNDETERMINED || decision.missing().isEmpty());
  }

  @Property(tries = 500)
  void learningAMissingFactNeverUndoesADeterminedVerdict(@ForAll("rules") Rule rule,
      @ForAll("known") Known known, @ForAll("known") Known more) {
    // given: the known facts, plus some of the missing ones learnt
    Seq<Option<Integer>> refined = known.values().zipWith(more.values(), Option::orElse);
    Decision before = explained(rule, known.facts());
    // when
    Decision after = explained(rule, new Known(refined).facts());
    // then
    if (before.verdict().isDetermined()) {
      assertThat(after.verdict()).isEqualTo(before.verdict());
    }
  }

  @Property(tries = 300)
  void anUndeterminedVerdictBecomesDeterminedOnceEveryMissingFactIsKnown(
      @ForAll("rules") Rule rule, @ForAll("known") Known known) {
    // given
    Decision before = explained(rule, known.facts());
    Seq<Option<Integer>> all = known.values().map(v -> v.orElse(Option.some(0)));
    // when
    Decision after = explained(rule, new Known(all).facts());
    // then: with every fact known, only a conflict leaves a verdict undetermined
    if (after.verdict() == Verdict.UNDETERMINED) {
      assertThat(after.reasonCodes()).contains("DEROGATIONS_CONFLICT");
      assertThat(after.missing()).isEmpty();
    }
    if (before.verdict() == Verdict.UNDETERMINED && before.missing().isEmpty()) {
      assertThat(before.reasonCodes()).contains("DEROGATIONS_CONFLICT");
    }
  }

  /** A request over the structure's own facts: sets of 0 to 4 values, a headcount, a date. */
  record StructureRequest(Option<Seq<Integer>> items, Option<Seq<Integer>> funding,
      Option<Integer> headcount, Option<Integer> day) {
    Facts facts() {
      StructureBuilder b = Structure.builder().name("S");
      items.forEach(is -> b.casfItems(is.map(i -> CasfItem.values()[i])));
      funding.forEach(fs -> b.fundingSources(fs.map(i -> i < 3
          ? FundingSource.stateBudgetProgramme(177 + i)
          : FundingSource.of(FundingSource.Kind.values()[i - 2]))));
      headcount.forEach(b::headcount);
      Structure structure = b.build().get();
      return day.isDefined() ? Facts.of(structure, DAYS.get(day.get())) : Facts.of(structure);
    }
  }

  @Provide
  Arbitrary<StructureRequest> structureRequests() {
    Arbitrary<Option<Seq<Integer>>> sets = Arbitraries.integers().between(0, 6).list()
        .ofMaxSize(4).map(l -> (Seq<Integer>) List.ofAll(l)).optional().map(Option::ofOptional);
    return Combinators.combine(sets, sets,
        Arbitraries.integers().between(0, 30).optional().map(Option::ofOptional),
        Arbitraries.integers().between(0, 2).optional().map(Option::ofOptional))
        .as(StructureRequest::new);
  }

  /** Rule trees over the structure's facts and the request date, dated or not. */
  @Provide
  Arbitrary<Rule> structureRules() {
    Arbitrary<Rule> leaf = Combinators.combine(Arbitraries.of(EligibilityFixtures.CASF_ITEM_KNOWN,
        EligibilityFixtures.FUNDED_BY_STATE, EligibilityFixtures.REQUESTED_IN_WINDOW,
        (Rule) Rule.condition("small", Text.of("s", "s"), Fact.HEADCOUNT, h -> h < 11)
            .citing(CASF), (Rule) Rule.condition("open", Text.of("o", "o"), Fact.HEADCOUNT, OPEN,
                (Integer h, Boolean open) -> open && h > 3).citing(CASF)),
        Arbitraries.integers().between(0, 3)).as(EligibilityProperties::dated);
    Arbitrary<Derogation> derogation = Combinators.combine(leaf, Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 99))
        .as((r, grants, id) -> new Derogation("d" + id, r, grants));
    return Arbitraries.oneOf(leaf,
        leaf.list().ofMinSize(1).ofMaxSize(4).map(rs -> Rule.allOf("all", Text.of("a", "a"), rs)),
        leaf.list().ofMinSize(1).ofMaxSize(4).map(rs -> Rule.anyOf("any", Text.of("a", "a"), rs)),
        Combinators.combine(leaf, derogation.list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.integers().between(0, 3)).as((base, ds, w) -> dated(
                Rule.withDerogations("with", Text.of("w", "w"), base, ds), w)));
  }

  @Property(tries = 1_000)
  void theExplanationBuiltFromTheTraceShowsValuesAsTheExplainedPath(
      @ForAll("structureRules") Rule rule, @ForAll("structureRequests") StructureRequest request) {
    // given
    Facts facts = request.facts();
    Decision explained = explained(rule, facts);
    // when
    Decision compiled = Tracing.decide("p", rule, CompiledRuleTree.compile(rule), facts);
    // then
    assertThat(compiled.explanation()).isEqualTo(explained.explanation());
    assertThat(compiled).isEqualTo(explained);
    assertThat(compiled.explain(Language.FR)).isEqualTo(explained.explain(Language.FR));
    assertThat(compiled.explain(Language.EN)).isEqualTo(explained.explain(Language.EN));
  }

  @Property(tries = 500)
  void aSetIsShownSortedAndJoinedWhateverItsSize(
      @ForAll("smallSets") java.util.List<Integer> values) {
    // given
    io.vavr.collection.Set<Integer> set = io.vavr.collection.LinkedHashSet.ofAll(values);
    String expected = set.isEmpty() ? "none"
        : set.toList().map(String::valueOf).sorted().mkString(", ");
    // when / then
    assertThat(Fact.show(set)).isEqualTo(expected);
    assertThat(Fact.show(io.vavr.collection.HashSet.ofAll(values))).isEqualTo(expected);
  }

  @Provide
  Arbitrary<java.util.List<Integer>> smallSets() {
    return Arbitraries.integers().between(-20, 20).list().ofMaxSize(5);
  }

  @Property(tries = 500)
  void aDateIsWrittenWithItsTextsAsLocalDateWritesIt(@ForAll("days") LocalDate day) {
    assertThat(CompiledRuleTree.withDate("le ", day, " (x)")).isEqualTo("le " + day + " (x)");
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(LocalDate.of(1000, 1, 1).toEpochDay() - 400,
            LocalDate.of(9999, 12, 31).toEpochDay() + 400),
        Arbitraries.longs().between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()))
        .map(LocalDate::ofEpochDay);
  }

  private static <T> Seq<T> shuffled(Seq<T> items, Random random) {
    java.util.List<T> copy = new java.util.ArrayList<>(items.toJavaList());
    java.util.Collections.shuffle(copy, random);
    return List.ofAll(copy);
  }

  private static Rule shuffle(Rule rule, Random random) {
    if (rule instanceof Rule.AllOf all) {
      return new Rule.AllOf(all.name(), all.description(), all.reference(), all.validity(),
          shuffled(all.rules().map(r -> shuffle(r, random)), random));
    } else if (rule instanceof Rule.AnyOf any) {
      return new Rule.AnyOf(any.name(), any.description(), any.reference(), any.validity(),
          shuffled(any.rules().map(r -> shuffle(r, random)), random));
    } else if (rule instanceof Rule.Not not) {
      return new Rule.Not(not.name(), not.description(), not.reference(), not.validity(),
          shuffle(not.rule(), random));
    } else if (rule instanceof Rule.WithDerogations with) {
      return new Rule.WithDerogations(with.name(), with.description(), with.reference(),
          with.validity(), shuffle(with.base(), random), shuffled(with.derogations()
              .map(d -> new Derogation(d.label(), shuffle(d.when(), random), d.grants())),
              random));
    }
    return rule;
  }
}
