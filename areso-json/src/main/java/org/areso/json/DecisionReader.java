package org.areso.json;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.EligibilityReason;
import org.areso.core.eligibility.Explanation;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.LegalReference;

/**
 * Reads a decision from a document in the current schema version; the inverse of
 * {@link OutcomeWriter#decision}. A missing fact is found by its name among the facts the reader
 * knows; a reason by its stable code, rebuilt from its data. What the writer derives (a reason's
 * message, a fact's question, a reference's citation) is not read: the model gives it again.
 */
final class DecisionReader {

  private DecisionReader() { }

  static Decision read(Field r, Map<String, Fact<?>> facts) {
    Seq<Fact<?>> missing = r.objects("missing").map(m -> fact(m, facts));
    return new Decision(r.text("policy"), r.constant("verdict", Verdict.class), missing,
        r.objects("reasons").map(DecisionReader::reason),
        explanation(r.object("explanation")));
  }

  private static Fact<?> fact(Field m, Map<String, Fact<?>> facts) {
    return facts.get(m.text("fact")).getOrElseThrow(() -> new Unreadable(
        new JsonError.FieldInvalid(m.pathOf("fact"), List.empty())));
  }

  static Explanation explanation(Field e) {
    return new Explanation(e.text("rule"), e.bilingual("description"),
        optionalReference(e, "reference"), e.constant("verdict", Verdict.class), e.texts("seen"),
        e.isNull("note") ? Option.none() : Option.some(e.bilingual("note")),
        e.objects("children").map(DecisionReader::explanation));
  }

  /**
   * A reason, by its code, from the components the writer put in its data. A code no reason of
   * this version has, or one its data contradicts, is invalid under the reason's {@code code}.
   */
  static EligibilityReason reason(Field r) {
    String code = r.text("code");
    Field d = r.object("data");
    EligibilityReason reason = switch (code) {
      case "CONDITION_NOT_MET", "EXCLUSION_MET" -> new EligibilityReason.ConditionNotMet(
          d.text("rule"), d.bilingual("description"), optionalReference(d, "reference"),
          d.text("fact"), d.text("seen"), d.booleanValue("expected"));
      case "FACT_MISSING" ->
          new EligibilityReason.FactMissing(d.text("fact"), d.bilingual("question"));
      case "RULE_NOT_IN_FORCE" -> new EligibilityReason.RuleNotInForce(d.text("rule"),
          CommandReader.window(d, "validity"), d.date("date"), optionalReference(d, "reference"));
      case "DEROGATION_APPLIED" -> new EligibilityReason.DerogationApplied(d.text("rule"),
          d.text("label"), optionalReference(d, "reference"));
      case "DEROGATIONS_CONFLICT" -> new EligibilityReason.DerogationsConflict(d.text("rule"),
          d.texts("granting"), d.texts("denying"));
      case "EMPTY_POLICY" -> new EligibilityReason.EmptyPolicy(d.text("policy"));
      case "EMPTY_COMPOSITION" -> new EligibilityReason.EmptyComposition(d.text("rule"));
      case "RULE_WITHOUT_REFERENCE" ->
          new EligibilityReason.RuleWithoutReference(d.text("rule"));
      case "DUPLICATE_RULE_NAME" ->
          new EligibilityReason.DuplicateRuleName(d.text("rule"), d.intValue("count"));
      case "DEROGATION_NEVER_APPLIES" -> new EligibilityReason.DerogationNeverApplies(
          d.text("rule"), d.text("label"), d.bilingual("reason"));
      case "DEROGATIONS_ALWAYS_CONFLICT" -> new EligibilityReason.DerogationsAlwaysConflict(
          d.text("rule"), d.text("granting"), d.text("denying"));
      case "PARAMETER_WITHOUT_VALUE" ->
          new EligibilityReason.ParameterWithoutValue(d.text("parameter"));
      case "PARAMETER_PERIODS_OVERLAP" -> new EligibilityReason.ParameterPeriodsOverlap(
          d.text("parameter"), CommandReader.window(d, "first"),
          CommandReader.window(d, "second"));
      case "FACT_WRONG_TYPE" -> new EligibilityReason.FactWrongType(d.text("fact"),
          d.text("expected"), d.text("received"));
      case "FACT_NOT_DECLARED" -> new EligibilityReason.FactNotDeclared(d.text("fact"));
      default -> throw new Unreadable(new JsonError.FieldInvalid(r.pathOf("code"),
          List.empty()));
    };
    if (!reason.code().equals(code)) {
      throw new Unreadable(new JsonError.FieldInvalid(r.pathOf("code"), List.empty()));
    }
    return reason;
  }

  private static Option<LegalReference> optionalReference(Field parent, String key) {
    return parent.isNull(key) ? Option.none() : Option.some(reference(parent, key));
  }

  /** A legal reference as {@link OutcomeWriter#reference} writes it, checked by its builder. */
  static LegalReference reference(Field parent, String key) {
    Field r = parent.object(key);
    LegalReference.Builder b = LegalReference.builder()
        .code(r.text("code"))
        .article(r.text("article"))
        .verified(r.booleanValue("verified"));
    r.optionalText("item").forEach(b::item);
    r.optionalText("url").forEach(b::url);
    if (r.constant("kind", LegalReference.Kind.class) == LegalReference.Kind.PAGE) {
      b.page();
    }
    return parent.valid(key, b.build());
  }
}
