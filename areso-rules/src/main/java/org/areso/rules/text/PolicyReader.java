package org.areso.rules.text;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.areso.core.eligibility.Condition;
import org.areso.core.eligibility.DatedParameter;
import org.areso.core.eligibility.Derogation;
import org.areso.core.eligibility.EligibilityReason;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.areso.rules.text.PolicyMessages.Word;
import org.areso.rules.text.PolicyMessages.Wording;

/**
 * Compiles a policy file's {@link Node}s to a {@link Policy}, collecting every error. A part in
 * error is replaced by a placeholder rule of the same name, so that the engine's own checks
 * (duplicate names, derogations) still run over the whole file. One reader reads one file.
 */
final class PolicyReader {

  private static final Set<String> TOP = HashSet.of("policy", "title", "valid", "references",
      "parameters", "facts", "rules");
  private static final Set<String> REFERENCE = HashSet.of("kind", "code", "article", "item", "url",
      "verified");
  private static final Set<String> PARAMETER = HashSet.of("type", "periods");
  private static final Set<String> PERIOD = HashSet.of("from", "to", "value", "cites");
  private static final Set<String> FACT = HashSet.of("type", "question");
  private static final Set<String> WINDOW = HashSet.of("from", "to");
  private static final Set<String> BILINGUAL = HashSet.of("fr", "en", "de", "it");
  private static final Set<String> HEADER = HashSet.of("rule", "description", "cites", "valid");
  private static final Seq<String> KINDS = List.of("fact", "all", "any", "not", "base");
  private static final Set<String> DEROGATION = HashSet.of("label", "decides", "when");
  private static final LegalReference PLACEHOLDER = LegalReference.builder().code("?")
      .article("?").build().get();

  /** A fact a condition may read, and its kind. */
  private record Known(Fact<?> fact, ValueKind kind) {}

  /**
   * A parameter the file defines, and its kind: none for a part in error, already reported, so
   * that a use of a faulty parameter is not also told that it is unknown.
   */
  private record Parameter(Option<DatedParameter<?>> parameter, Option<ValueKind> kind) {}

  private static final Map<String, Known> STANDARD = LinkedHashMap.ofEntries(List.of(
      standard(Fact.REQUEST_DATE, ValueKind.DATE),
      standard(Fact.REQUESTED_FORMAT, ValueKind.TEXT),
      standard(Fact.CONTEXT, ValueKind.CONTEXT),
      standard(Fact.CASF_ITEMS, ValueKind.CASF_ITEMS),
      standard(Fact.FUNDING_SOURCES, ValueKind.FUNDING),
      standard(Fact.HEADCOUNT, ValueKind.NUMBER),
      standard(Fact.STAFF_REPRESENTATION, ValueKind.YES_NO),
      standard(Fact.COUNTRY, ValueKind.COUNTRY),
      standard(Fact.LEGAL_FORM, ValueKind.LEGAL_FORM),
      standard(Fact.FINESS_CATEGORY, ValueKind.FINESS_CATEGORY),
      standard(Fact.REGION, ValueKind.REGION),
      standard(Fact.CANTON, ValueKind.CANTON)));

  private final Seq<Fact<?>> hostFacts;
  private List<PolicyTextError> errors = List.empty();
  private Map<String, LegalReference> references = LinkedHashMap.empty();
  private Map<String, Parameter> parameters = LinkedHashMap.empty();
  private Map<String, Known> facts = STANDARD;
  private Map<String, List<Node>> ruleAt = LinkedHashMap.empty();
  private Map<String, Node> derogationAt = LinkedHashMap.empty();

  /** A policy read with its validity, and where the text says it. */
  record Version(Policy policy, Option<DateWindow> validity, int line, int column) {}

  PolicyReader(Seq<Fact<?>> hostFacts) {
    this.hostFacts = hostFacts;
  }

  private static Tuple2<String, Known> standard(Fact<?> fact, ValueKind kind) {
    return Tuple.of(fact.name(), new Known(fact, kind));
  }

  Validation<Seq<PolicyTextError>, Policy> read(Node root) {
    return version(root).map(Version::policy);
  }

  /** The policy and its validity: the days of the requests it decides, every day when none. */
  Validation<Seq<PolicyTextError>, Version> version(Node root) {
    Option<Node.Mapping> top = mapping(root, Word.POLICY);
    if (top.isEmpty()) {
      return Validation.invalid(errors);
    }
    Node.Mapping policy = top.get();
    keys(policy, TOP);
    Option<String> id = required(policy, "policy").flatMap(this::text);
    Option<Text> title = required(policy, "title").flatMap(this::bilingual);
    Option<DateWindow> validity = policy.get("valid").flatMap(v -> window("valid", v));
    Node versionAt = policy.get("valid").orElse(policy.get("policy")).getOrElse(policy);
    policy.get("references").flatMap(n -> mapping(n, Word.REFERENCES))
        .forEach(this::references);
    policy.get("facts").flatMap(n -> mapping(n, Word.FACTS)).forEach(this::facts);
    policy.get("parameters").flatMap(n -> mapping(n, Word.PARAMETERS))
        .forEach(this::parameters);
    Seq<Rule> rules = required(policy, "rules")
        .flatMap(n -> sequence(n, Word.RULES))
        .map(list -> list.items().map(this::rule)).getOrElse(List.empty());
    Validation<Seq<Reason>, Policy> built = Policy.of(id.getOrElse("?"),
        title.getOrElse(Text.of("?", "?")), rules);
    if (built.isInvalid()) {
      Node idAt = policy.get("policy").getOrElse(policy);
      Node rulesAt = policy.get("rules").getOrElse(policy);
      built.getError().forEach(reason -> errors = errors.append(
          fromReason(reason, where(reason, idAt, rulesAt))));
    }
    return errors.isEmpty()
        ? Validation.valid(new Version(built.get(), validity, versionAt.line(), versionAt.column()))
        : Validation.invalid(errors.sortBy(e -> e.line() * 1_000_000L + e.column()));
  }

  /** Where the engine's reason about a rule points: the rule, or the derogation, it names. */
  private Node where(Reason reason, Node idAt, Node rulesAt) {
    if (reason instanceof EligibilityReason.DuplicateRuleName duplicate) {
      return rule(duplicate.rule(), 1, rulesAt);
    } else if (reason instanceof EligibilityReason.RuleWithoutReference uncited) {
      return rule(uncited.rule(), 0, rulesAt);
    } else if (reason instanceof EligibilityReason.EmptyComposition empty) {
      return rule(empty.rule(), 0, rulesAt);
    } else if (reason instanceof EligibilityReason.DerogationNeverApplies never) {
      return derogationAt.get(never.rule() + "/" + never.label())
          .getOrElse(() -> rule(never.rule(), 0, rulesAt));
    } else if (reason instanceof EligibilityReason.DerogationsAlwaysConflict conflict) {
      return derogationAt.get(conflict.rule() + "/" + conflict.denying())
          .getOrElse(() -> rule(conflict.rule(), 0, rulesAt));
    } else if (reason instanceof EligibilityReason.EmptyPolicy) {
      return rulesAt;
    }
    return idAt;
  }

  private Node rule(String name, int index, Node otherwise) {
    return ruleAt.get(name).flatMap(at -> at.size() > index ? Option.some(at.get(index))
        : at.headOption()).getOrElse(otherwise);
  }

  // -- references, facts, parameters ------------------------------------------------------------

  private void references(Node.Mapping all) {
    for (Node.Entry entry : unique(all)) {
      Option<LegalReference> reference = mapping(entry.value(), Word.REFERENCE)
          .flatMap(this::reference);
      references = references.put(entry.key().value(), reference.getOrElse(PLACEHOLDER));
    }
  }

  private Option<LegalReference> reference(Node.Mapping node) {
    keys(node, REFERENCE);
    LegalReference.Builder builder = LegalReference.builder();
    Option<String> kind = node.get("kind").flatMap(this::text);
    if (kind.exists(k -> k.equals("page"))) {
      builder.page();
    } else if (kind.exists(k -> !k.equals("article"))) {
      badValue(node.get("kind").get(), Word.ARTICLE_OR_PAGE);
    }
    required(node, "code").flatMap(this::text).forEach(builder::code);
    required(node, "article").flatMap(this::text).forEach(builder::article);
    node.get("item").flatMap(this::text).forEach(builder::item);
    node.get("url").flatMap(this::text).forEach(builder::url);
    node.get("verified").flatMap(this::yesNo).forEach(builder::verified);
    return built(builder.build(), reason -> placed(reason, node));
  }

  /**
   * Where a refusal of a mapping's value is reported: at its key's value (a url's line), else at
   * the mapping; nowhere for a blank field whose key is missing, already reported (MISSING_KEY).
   */
  private static Option<Node> placed(Reason reason, Node.Mapping node) {
    if (!(reason instanceof FieldReason field)) {
      return Option.of(node);
    }
    Option<Node> value = node.get(field.field());
    return value.isDefined() || reason instanceof FieldReason.Blank ? value : Option.of(node);
  }

  private void facts(Node.Mapping all) {
    for (Node.Entry entry : unique(all)) {
      String name = entry.key().value();
      Option<Node.Mapping> node = mapping(entry.value(), Word.FACT);
      node.forEach(n -> keys(n, FACT));
      Option<ValueKind> kind = node.flatMap(n -> required(n, "type")).flatMap(this::declarable);
      Option<Text> question = node.flatMap(n -> required(n, "question")).flatMap(this::bilingual);
      if (STANDARD.containsKey(name)) {
        error(entry.key(), Wording.FACT_CONFLICT.with(name));
        continue;
      }
      if (kind.isEmpty() || question.isEmpty()) {
        facts = facts.put(name, new Known(Fact.of(name, String.class, Text.of("?", "?")),
            ValueKind.TEXT));
        continue;
      }
      Option<Fact<?>> host = hostFacts.find(f -> f.name().equals(name));
      if (host.isDefined() && host.get().type() != kind.get().type()) {
        error(entry.key(),
            Wording.FACT_CONFLICT_HOST.with(name, host.get().type().getSimpleName()));
      }
      Fact<?> fact = host.getOrElse(() -> Fact.of(name, kind.get().type(), question.get()));
      facts = facts.put(name, new Known(fact, kind.get()));
    }
  }

  private void parameters(Node.Mapping all) {
    for (Node.Entry entry : unique(all)) {
      String name = entry.key().value();
      Option<Node.Mapping> node = mapping(entry.value(), Word.PARAMETER);
      node.forEach(n -> keys(n, PARAMETER));
      Option<ValueKind> kind = node.flatMap(n -> required(n, "type")).flatMap(this::declarable);
      Option<Node.Sequence> periods = node.flatMap(n -> required(n, "periods"))
          .flatMap(n -> sequence(n, Word.PERIODS));
      // known from here on, even in error: its uses are placeholders, not unknown parameters
      parameters = parameters.put(name, new Parameter(Option.none(), kind));
      if (kind.isEmpty() || periods.isEmpty()) {
        continue;
      }
      DatedParameter.Builder<Object> builder = DatedParameter.named(name);
      Map<DateWindow, Node> periodAt = LinkedHashMap.empty();
      boolean complete = true;
      for (Node item : periods.get().items()) {
        Option<Node.Mapping> period = mapping(item, Word.PERIOD);
        period.forEach(p -> keys(p, PERIOD));
        Option<LocalDate> from = period.flatMap(p -> required(p, "from")).flatMap(this::date);
        Option<LocalDate> to = period.flatMap(p -> required(p, "to")).flatMap(this::date);
        Option<Object> value = period.flatMap(p -> required(p, "value"))
            .flatMap(v -> value(v, kind.get()));
        Option<LegalReference> cites = period.flatMap(p -> p.get("cites").isEmpty()
            ? missingCitation(p) : cites(p.get("cites").get()));
        // a period that ends before it starts is told at its own line, not at the parameter's
        Option<DateWindow> window = from.isEmpty() || to.isEmpty() ? Option.none()
            : built(DateWindow.of(name, from.get(), to.get()), item);
        if (window.isEmpty() || value.isEmpty() || cites.isEmpty()) {
          complete = false;
        } else {
          periodAt = periodAt.put(window.get(), item);
          builder.value(from.get(), to.get(), value.get(), cites.get());
        }
      }
      if (complete) {
        Map<DateWindow, Node> at = periodAt;
        built(builder.build(), reason -> Option.of(
            reason instanceof EligibilityReason.ParameterPeriodsOverlap overlap
                ? at.get(overlap.second()).getOrElse(entry.key()) : entry.key()))
            .forEach(p -> parameters = parameters.put(name,
                new Parameter(Option.some(p), kind)));
      }
    }
  }

  private Option<LegalReference> missingCitation(Node.Mapping period) {
    error(period, Wording.MISSING_CITATION.with());
    return Option.none();
  }

  // -- rules ------------------------------------------------------------------------------------

  private Rule rule(Node node) {
    Option<Node.Mapping> mapping = mapping(node, Word.RULE);
    if (mapping.isEmpty()) {
      return placeholder("?" + node.line() + ":" + node.column());
    }
    Node.Mapping m = mapping.get();
    String name = required(m, "rule").flatMap(this::text)
        .getOrElse(() -> "?" + m.line() + ":" + m.column());
    ruleAt = ruleAt.put(name, ruleAt.get(name).getOrElse(List.empty()).append(m));
    Option<Text> description = required(m, "description").flatMap(this::bilingual);
    Option<LegalReference> cites = m.get("cites").flatMap(this::cites);
    Option<DateWindow> valid = m.get("valid").flatMap(v -> window("valid", v));
    Seq<String> kinds = KINDS.filter(k -> m.get(k).isDefined());
    Option<Rule> rule;
    if (kinds.isEmpty()) {
      error(m, Wording.MISSING_KEY_FORM.with(name));
      rule = Option.none();
    } else if (kinds.size() > 1) {
      error(m, Wording.WRONG_SHAPE_FORMS.with(name, kinds));
      rule = Option.none();
    } else {
      Text text = description.getOrElse(Text.of("?", "?"));
      rule = switch (kinds.head()) {
        case "fact" -> {
          unique(m);
          yield condition(m, name, text);
        }
        case "all", "any" -> composition(m, name, text, kinds.head());
        case "not" -> {
          keys(m, HEADER.add("not"));
          Rule negated = rule(m.get("not").get());
          yield Option.some(Rule.not(name, text, negated));
        }
        default -> withDerogations(m, name, text);
      };
    }
    if (rule.isEmpty() || description.isEmpty()) {
      return placeholder(name);
    }
    Rule result = rule.get();
    // a rule with a key out of place (a misspelt 'cites'?) is told that, not also that it cites
    // nothing
    boolean strayKey = m.entries().map(e -> e.key().value()).exists(key -> !HEADER.contains(key)
        && !KINDS.contains(key) && !key.equals("derogations") && Operators.find(key).isEmpty());
    result = cites.isDefined() ? result.citing(cites.get())
        : strayKey ? result.citing(PLACEHOLDER) : result;
    return valid.isDefined() ? result.validDuring(valid.get()) : result;
  }

  private Option<Rule> composition(Node.Mapping m, String name, Text text, String kind) {
    keys(m, HEADER.add(kind));
    Option<Node.Sequence> parts = sequence(m.get(kind).get(), Word.COMPOSED_RULES);
    if (parts.isEmpty()) {
      return Option.none();
    }
    Seq<Rule> rules = parts.get().items().map(this::rule);
    return Option.some(kind.equals("all") ? Rule.allOf(name, text, rules)
        : Rule.anyOf(name, text, rules));
  }

  private Option<Rule> withDerogations(Node.Mapping m, String name, Text text) {
    keys(m, HEADER.addAll(List.of("base", "derogations")));
    Rule base = rule(m.get("base").get());
    Option<Node.Sequence> list = required(m, "derogations")
        .flatMap(n -> sequence(n, Word.DEROGATIONS));
    if (list.isEmpty()) {
      return Option.none();
    }
    List<Derogation> derogations = List.empty();
    boolean complete = true;
    for (Node item : list.get().items()) {
      Option<Node.Mapping> d = mapping(item, Word.DEROGATION);
      d.forEach(n -> keys(n, DEROGATION));
      Option<String> label = d.flatMap(n -> required(n, "label")).flatMap(this::text);
      Option<Boolean> grants = d.flatMap(n -> required(n, "decides")).flatMap(this::decides);
      Option<Rule> when = d.flatMap(n -> required(n, "when")).map(this::rule);
      label.forEach(l -> derogationAt = derogationAt.put(name + "/" + l, d.get()));
      if (label.isEmpty() || grants.isEmpty() || when.isEmpty()) {
        complete = false;
      } else {
        derogations = derogations.append(new Derogation(label.get(), when.get(), grants.get()));
      }
    }
    return complete ? Option.some(Rule.withDerogations(name, text, base, derogations))
        : Option.none();
  }

  private Option<Boolean> decides(Node node) {
    return text(node).flatMap(t -> switch (t) {
      case "ELIGIBLE" -> Option.some(true);
      case "NOT_ELIGIBLE" -> Option.some(false);
      default -> {
        badValue(node, Word.DECISION);
        yield Option.none();
      }
    });
  }

  private Option<Rule> condition(Node.Mapping m, String name, Text text) {
    Option<Known> known = text(m.get("fact").get()).flatMap(f -> {
      Option<Known> k = facts.get(f);
      if (k.isEmpty()) {
        error(m.get("fact").get(),
            Wording.UNKNOWN_FACT.with(Tree.clip(f), facts.keySet().toList()));
      }
      return k;
    });
    Seq<Node.Entry> others = m.entries()
        .filter(e -> !HEADER.contains(e.key().value()) && !e.key().value().equals("fact"));
    if (others.isEmpty()) {
      error(m, Wording.MISSING_KEY_COMPARISON.with(name));
      return Option.none();
    }
    // Beside a known comparison, another key is a key out of place (a misspelt 'cites'), not a
    // second comparison; with none, it is taken for a misspelt comparison.
    Seq<Node.Entry> comparisons =
        others.filter(e -> Operators.find(e.key().value()).isDefined());
    Seq<Node.Entry> operators = comparisons.isEmpty() ? others : comparisons;
    others.filter(e -> !operators.contains(e)).forEach(e -> error(e.key(),
        Wording.UNKNOWN_KEY.with(Tree.clip(e.key().value()),
            HEADER.add("fact").toList().sorted().appendAll(Operators.names()))));
    Option<Rule> rule = Option.none();
    for (Node.Entry operator : operators) {
      Option<Rule> compiled = Operators.find(operator.key().value()).fold(() -> {
        error(operator.key(), Wording.UNKNOWN_OPERATOR.with(Tree.clip(operator.key().value()),
            Operators.names()));
        return Option.<Rule>none();
      }, op -> known.flatMap(k -> op.compile(this, name, text, k.fact(), k.kind(), operator)));
      // what it tests, so that the engine knows two conditions of other names for the same test
      rule = rule.orElse(compiled.map(r -> r instanceof Condition c
          ? c.withCriterion(List.of(operator.key().value(), written(operator.value()))) : r));
    }
    if (operators.size() > 1) {
      error(operators.get(1).key(), Wording.WRONG_SHAPE_COMPARISONS.with());
      return Option.none();
    }
    return rule;
  }

  /**
   * An operand as the file writes it, without its position: the same comparison of the same fact
   * with the same operand compiles to the same test.
   */
  private static Object written(Node node) {
    if (node instanceof Node.Scalar scalar) {
      return scalar.value().strip();
    } else if (node instanceof Node.Sequence list) {
      return list.items().map(PolicyReader::written);
    }
    return ((Node.Mapping) node).entries()
        .map(e -> Tuple.of(e.key().value(), written(e.value())));
  }

  private static Rule placeholder(String name) {
    return Rule.condition(name, Text.of("?", "?"), Fact.REQUEST_DATE, day -> false)
        .citing(PLACEHOLDER);
  }

  // -- what operators read ----------------------------------------------------------------------

  /** A value of a kind, or an error. */
  Option<Object> value(Node node, ValueKind kind) {
    Option<Object> value = text(node).flatMap(kind::parse);
    if (value.isEmpty() && node instanceof Node.Scalar) {
      badValue(node, kind.expected());
    }
    return value;
  }

  /** A list of values of a kind (a single value is a list of one), or errors. */
  Option<Set<Object>> values(Node node, ValueKind kind) {
    Seq<Node> items = node instanceof Node.Sequence list ? list.items() : List.of(node);
    Seq<Option<Object>> parsed = items.map(item -> value(item, kind));
    return parsed.exists(Option::isEmpty) ? Option.none()
        : Option.some(parsed.map(Option::get).toLinkedSet());
  }

  /** A parameter compared with, written {@code {parameter: name}}, with its kind. */
  Option<Tuple2<DatedParameter<?>, ValueKind>> parameter(Node node) {
    if (!(node instanceof Node.Mapping m)) {
      return Option.none();
    }
    keys(m, HashSet.of("parameter"));
    return required(m, "parameter").flatMap(this::parameterNamed);
  }

  /** A parameter by its name. */
  Option<Tuple2<DatedParameter<?>, ValueKind>> parameterNamed(Node node) {
    return text(node).flatMap(name -> {
      Option<Parameter> p = parameters.get(name);
      if (p.isEmpty()) {
        error(node, Wording.UNKNOWN_PARAMETER.with(Tree.clip(name)));
      }
      // a parameter in error, already reported, stands for a placeholder of its kind, if any
      return p.flatMap(found -> found.kind().map(kind -> Tuple.of(
          found.parameter().getOrElse(() -> placeholder(name, kind)), kind)));
    });
  }

  /** A parameter that stands for one in error; the policy is refused, so it never decides. */
  private static DatedParameter<?> placeholder(String name, ValueKind kind) {
    LocalDate day = LocalDate.EPOCH;
    return DatedParameter.named(name).value(day, day, kind, PLACEHOLDER).build().get();
  }

  /** The window written under a key ({@code valid}, {@code within}), named so when inverted. */
  Option<DateWindow> window(String key, Node node) {
    Option<Node.Mapping> m = mapping(node, Word.WINDOW);
    m.forEach(w -> keys(w, WINDOW));
    Option<LocalDate> from = m.flatMap(w -> required(w, "from")).flatMap(this::date);
    Option<LocalDate> to = m.flatMap(w -> required(w, "to")).flatMap(this::date);
    return from.isEmpty() || to.isEmpty() ? Option.none()
        : built(DateWindow.of(key, from.get(), to.get()), node);
  }

  Option<Boolean> yesNo(Node node) {
    Option<Boolean> value = text(node).flatMap(ValueKind::yesNo);
    if (value.isEmpty() && node instanceof Node.Scalar) {
      badValue(node, ValueKind.YES_NO.expected());
    }
    return value;
  }

  void mismatch(Node at, String operator, String fact, ValueKind kind) {
    error(at, Wording.OPERATOR_MISMATCH.with(operator, fact, kind.expected()));
  }

  // -- shapes -----------------------------------------------------------------------------------

  private Option<LegalReference> cites(Node node) {
    if (node instanceof Node.Mapping inline) {
      return reference(inline);
    }
    return text(node).flatMap(key -> {
      Option<LegalReference> found = references.get(key);
      if (found.isEmpty()) {
        error(node, Wording.UNKNOWN_REFERENCE.with(Tree.clip(key), references.keySet().toList()));
        // the rule does cite something: the engine is not to report it as citing nothing
        return Option.some(PLACEHOLDER);
      }
      return found;
    });
  }

  private Option<ValueKind> declarable(Node node) {
    return text(node).flatMap(word -> {
      Option<ValueKind> kind = ValueKind.declarable(word);
      if (kind.isEmpty()) {
        badValue(node, Word.DECLARABLE_KIND);
      }
      return kind;
    });
  }

  private Option<LocalDate> date(Node node) {
    return value(node, ValueKind.DATE).map(LocalDate.class::cast);
  }

  private Option<Text> bilingual(Node node) {
    Option<Node.Mapping> m = mapping(node, Word.BILINGUAL_TEXT);
    m.forEach(t -> keys(t, BILINGUAL));
    Option<String> fr = m.flatMap(t -> required(t, "fr")).flatMap(this::text);
    Option<String> en = m.flatMap(t -> required(t, "en")).flatMap(this::text);
    // German and Italian are optional: a text without them is written in English there
    Option<Option<String>> de = m.map(t -> t.get("de").flatMap(this::text));
    Option<Option<String>> it = m.map(t -> t.get("it").flatMap(this::text));
    return fr.isEmpty() || en.isEmpty() ? Option.none()
        : Option.some(new Text(fr.get(), en.get(), de.get(), it.get()));
  }

  private Option<String> text(Node node) {
    if (node instanceof Node.Scalar scalar && !scalar.value().isBlank()) {
      return Option.some(scalar.value().strip());
    }
    error(node, Wording.WRONG_SHAPE.with(shape(node)));
    return Option.none();
  }

  private Option<Node.Mapping> mapping(Node node, Word part) {
    if (node instanceof Node.Mapping m) {
      return Option.some(m);
    }
    error(node, Wording.WRONG_SHAPE_MAPPING.with(part, shape(node)));
    return Option.none();
  }

  private Option<Node.Sequence> sequence(Node node, Word part) {
    if (node instanceof Node.Sequence s) {
      return Option.some(s);
    }
    error(node, Wording.WRONG_SHAPE_LIST.with(part, shape(node)));
    return Option.none();
  }

  private static Word shape(Node node) {
    return switch (node.shape()) {
      case "text" -> ((Node.Scalar) node).value().isBlank() ? Word.SHAPE_BLANK : Word.SHAPE_TEXT;
      case "mapping" -> Word.SHAPE_MAPPING;
      default -> Word.SHAPE_LIST;
    };
  }

  private Option<Node> required(Node.Mapping m, String key) {
    Option<Node> value = m.get(key);
    if (value.isEmpty()) {
      error(m, Wording.MISSING_KEY.with(key));
    }
    return value;
  }

  /** Reports the keys a mapping repeats, and returns its entries without repeats. */
  private Seq<Node.Entry> unique(Node.Mapping m) {
    List<Node.Entry> kept = List.empty();
    java.util.HashSet<String> seen = new java.util.HashSet<>();
    for (Node.Entry entry : m.entries()) {
      if (seen.add(entry.key().value())) {
        kept = kept.append(entry);
      } else {
        error(entry.key(), Wording.DUPLICATE_KEY.with(Tree.clip(entry.key().value())));
      }
    }
    return kept;
  }

  private void keys(Node.Mapping m, Set<String> allowed) {
    unique(m);
    m.entries().filter(e -> !allowed.contains(e.key().value())).forEach(e ->
        error(e.key(), Wording.UNKNOWN_KEY.with(Tree.clip(e.key().value()),
            allowed.toList().sorted())));
  }

  private void badValue(Node node, Word expected) {
    String seen = node instanceof Node.Scalar s ? Tree.clip(s.value()) : node.shape();
    error(node, Wording.BAD_VALUE.with(seen, expected));
  }

  private <T> Option<T> built(Validation<Seq<Reason>, T> built, Node at) {
    return built(built, reason -> Option.of(at));
  }

  /** A value built, or none with each refusal reported where {@code at} places it, if anywhere. */
  private <T> Option<T> built(Validation<Seq<Reason>, T> built,
      Function<Reason, Option<Node>> at) {
    if (built.isInvalid()) {
      built.getError().forEach(reason -> at.apply(reason)
          .forEach(node -> errors = errors.append(fromReason(reason, node))));
    }
    return built.toOption();
  }

  private static PolicyTextError fromReason(Reason reason, Node at) {
    return new PolicyTextError(at.line(), at.column(), reason);
  }

  void error(Node at, PolicyTextProblem problem) {
    errors = errors.append(PolicyTextError.at(at, problem));
  }

  /** Builds a condition over a fact. */
  @SuppressWarnings("unchecked")
  static Rule condition(String name, Text text, Fact<?> fact, Predicate<Object> test) {
    return Rule.condition(name, text, (Fact<Object>) fact, test);
  }

  /** Builds a condition over a fact and a parameter. */
  @SuppressWarnings("unchecked")
  static Rule condition(String name, Text text, Fact<?> fact, DatedParameter<?> parameter,
      BiPredicate<Object, Object> test) {
    return Rule.condition(name, text, (Fact<Object>) fact, (DatedParameter<Object>) parameter,
        test);
  }
}
