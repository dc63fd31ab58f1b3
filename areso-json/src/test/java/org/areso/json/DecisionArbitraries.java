package org.areso.json;

import io.vavr.collection.List;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.EligibilityReason;
import org.areso.core.eligibility.Explanation;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;
import org.areso.rules.eligibility.AresoPolicy;
import org.areso.rules.eligibility.AresoSocial2023Policy;
import org.areso.rules.eligibility.AuraDialogueQvtPolicy;
import org.areso.rules.eligibility.SoresoPolicy;
import org.areso.rules.eligibility.WorkplaceSocialServicePolicy;
import org.areso.testkit.jqwik.AresoArbitraries;

/**
 * Decisions: the five catalogue policies' over generated structures and requests, and decisions
 * given by hand, with any text, any reason of every type and any explanation tree.
 */
final class DecisionArbitraries {

  /** The catalogue's policies. */
  static final List<Policy> POLICIES = List.of(AresoPolicy.policy(),
      AresoSocial2023Policy.policy(), SoresoPolicy.policy(), AuraDialogueQvtPolicy.policy(),
      WorkplaceSocialServicePolicy.policy());

  /**
   * A JSON form that reads every decision made here: it knows the fact the catalogue declares and
   * the one of {@link OutcomeFixtures}.
   */
  static final AresoJson JSON = AresoJson.builder()
      .declaredFact(AuraDialogueQvtPolicy.PRIVATE_NON_PROFIT)
      .declaredFact(OutcomeFixtures.WORKS_COUNCIL).build();

  private static final List<Fact<?>> FACTS = Fact.STANDARD
      .append(AuraDialogueQvtPolicy.PRIVATE_NON_PROFIT).append(OutcomeFixtures.WORKS_COUNCIL)
      .toList();

  private DecisionArbitraries() { }

  static Arbitrary<Decision> anyDecision() {
    return Arbitraries.oneOf(evaluated(), byHand());
  }

  /** A decision of a catalogue policy over a generated structure and request. */
  static Arbitrary<Decision> evaluated() {
    Arbitrary<Facts> facts = Combinators.combine(EventArbitraries.structure(),
            AresoArbitraries.dates().injectNull(0.2),
            Arbitraries.of(InterventionContext.class).injectNull(0.3),
            Arbitraries.of("accompaniment", "joint-training", "seminar").injectNull(0.3))
        .as((structure, day, context, format) -> {
          Facts f = Facts.of(structure);
          f = day == null ? f : f.requestDate(day);
          f = context == null ? f : f.context(context);
          return format == null ? f : f.format(format);
        });
    return Combinators.combine(Arbitraries.of(POLICIES.toJavaList()), facts)
        .as(Policy::evaluate);
  }

  /** A decision given by hand: any policy, verdict, known facts, reasons and tree. */
  static Arbitrary<Decision> byHand() {
    return Combinators.combine(EventArbitraries.anyText(), Arbitraries.of(Verdict.class),
            Arbitraries.of(FACTS.toJavaList()).set().ofMaxSize(3),
            reason().list().ofMaxSize(5), explanation(3))
        .as((policy, verdict, missing, reasons, explanation) -> new Decision(policy, verdict,
            List.ofAll(missing).sortBy(Fact::name), List.ofAll(reasons), explanation));
  }

  /** Any reason a decision may hold, of every type. */
  static Arbitrary<EligibilityReason> reason() {
    Arbitrary<String> t = EventArbitraries.anyText();
    Arbitrary<List<String>> texts = t.list().ofMaxSize(3).map(List::ofAll);
    Arbitrary<Option<LegalReference>> reference = reference().injectNull(0.4).map(Option::of);
    var windows = AresoArbitraries.dateWindows();
    java.util.List<Arbitrary<? extends EligibilityReason>> all = java.util.List.of(
        Combinators.combine(t, text(), reference, t, t, Arbitraries.of(true, false))
            .as(EligibilityReason.ConditionNotMet::new),
        Combinators.combine(t, text()).as(EligibilityReason.FactMissing::new),
        Combinators.combine(t, windows, AresoArbitraries.dates(), reference)
            .as(EligibilityReason.RuleNotInForce::new),
        Combinators.combine(t, t, reference).as(EligibilityReason.DerogationApplied::new),
        Combinators.combine(t, texts, texts).as(EligibilityReason.DerogationsConflict::new),
        t.map(EligibilityReason.EmptyPolicy::new),
        t.map(EligibilityReason.EmptyComposition::new),
        t.map(EligibilityReason.RuleWithoutReference::new),
        Combinators.combine(t, Arbitraries.integers())
            .as(EligibilityReason.DuplicateRuleName::new),
        Combinators.combine(t, t, text()).as(EligibilityReason.DerogationNeverApplies::new),
        Combinators.combine(t, t, t).as(EligibilityReason.DerogationsAlwaysConflict::new),
        t.map(EligibilityReason.ParameterWithoutValue::new),
        Combinators.combine(t, windows, windows)
            .as(EligibilityReason.ParameterPeriodsOverlap::new),
        Combinators.combine(t, t, t).as(EligibilityReason.FactWrongType::new),
        t.map(EligibilityReason.FactNotDeclared::new));
    return Arbitraries.oneOf(all);
  }

  /** An explanation tree at most depth levels below its root. */
  static Arbitrary<Explanation> explanation(int depth) {
    Arbitrary<List<Explanation>> children = depth == 0 ? Arbitraries.just(List.empty())
        : explanation(depth - 1).list().ofMaxSize(2).map(List::ofAll);
    return Combinators.combine(EventArbitraries.anyText(), text(),
            reference().injectNull(0.4).map(Option::of), Arbitraries.of(Verdict.class),
            EventArbitraries.anyText().list().ofMaxSize(3).map(List::ofAll),
            text().injectNull(0.5).map(Option::of), children)
        .as(Explanation::new);
  }

  /** A text in French and English, with or without German and Italian. */
  static Arbitrary<Text> text() {
    return Combinators.combine(EventArbitraries.anyText(), EventArbitraries.anyText(),
        translation(), translation()).as(Text::new);
  }

  private static Arbitrary<Option<String>> translation() {
    return Arbitraries.oneOf(Arbitraries.just(Option.<String>none()),
        EventArbitraries.anyText().map(Option::some));
  }

  /** Any reference its builder accepts: an article or a page, with or without item and link. */
  static Arbitrary<LegalReference> reference() {
    Arbitrary<String> part = Arbitraries.oneOf(EventArbitraries.anyText(),
        Arbitraries.of("CASF", "L.312-1", "I 8°", "Code du travail"));
    return Combinators.combine(part, part, part,
            Arbitraries.of("", "https://www.legifrance.gouv.fr/", "http://anact.fr/areso"),
            Arbitraries.of(true, false), Arbitraries.of(true, false))
        .as((code, article, item, url, verified, page) -> {
          LegalReference.Builder b = LegalReference.builder().code(code).article(article)
              .item(item).url(url).verified(verified);
          return page ? b.page().build() : b.build();
        })
        .filter(built -> built.isValid()).map(built -> built.get());
  }
}
