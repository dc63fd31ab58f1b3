package org.areso.json;

import static org.areso.json.EventWriter.NODES;

import io.vavr.collection.Map;
import io.vavr.collection.Traversable;
import io.vavr.control.Option;
import java.lang.reflect.RecordComponent;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Explanation;
import org.areso.core.ethics.Audit;
import org.areso.core.ethics.Violation;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.ReasonMessages;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Text;
import org.areso.core.lifecycle.Rejection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes what Areso decides or refuses, for a host that shows it or keeps it for an audit: a
 * decision with its explanation tree, a command's rejection, a charter's audit. A reason is written
 * as its code, its message and its data: the record's components, each in the form the events
 * give such values, a sensitive value revealed or redacted.
 */
final class OutcomeWriter {

  static final String DECISION = "Decision";
  static final String REJECTION = "Rejection";
  static final String AUDIT = "Audit";
  /**
   * The schema version of a rejection and an audit: 2 since their {@code language} may be
   * {@code DE} or {@code IT}.
   */
  static final int CURRENT = 2;
  /**
   * The schema version of a decision: 2 since a text may carry German ({@code "de"}) and Italian
   * ({@code "it"}); a version 1 document is read as it is, having none.
   */
  static final int DECISION_CURRENT = 2;

  private final EventWriter values;

  OutcomeWriter(EventWriter values) {
    this.values = values;
  }

  ObjectNode decision(Decision d) {
    ObjectNode o = header(DECISION);
    o.put("policy", d.policy());
    o.put("verdict", d.verdict().name());
    o.set("missing", EventWriter.array(d.missing(), fact -> NODES.objectNode()
        .put("fact", fact.name()).set("question", text(fact.question()))));
    o.set("reasons", EventWriter.array(d.reasons(), r -> reason(r, Option.none())));
    o.set("explanation", explanation(d.explanation()));
    return o;
  }

  private static ObjectNode explanation(Explanation e) {
    ObjectNode o = NODES.objectNode();
    o.put("rule", e.rule());
    o.set("description", text(e.description()));
    o.set("reference", e.reference().<JsonNode>map(OutcomeWriter::reference)
        .getOrElse(NODES.nullNode()));
    o.put("verdict", e.verdict().name());
    o.set("seen", EventWriter.array(e.seen(), NODES::stringNode));
    o.set("note", e.note().<JsonNode>map(OutcomeWriter::text).getOrElse(NODES.nullNode()));
    o.set("children", EventWriter.array(e.children(), OutcomeWriter::explanation));
    return o;
  }

  ObjectNode rejection(Rejection r, Locale language) {
    ObjectNode o = header(REJECTION);
    o.put("language", languageCode(language));
    o.put("kind", r.kind().name());
    reasonInto(o, r, Option.some(language));
    return o;
  }

  ObjectNode audit(Audit a, Locale language) {
    ObjectNode o = header(AUDIT);
    o.put("language", languageCode(language));
    o.put("programme", a.charter().programme());
    o.set("charter", reference(a.charter().source()));
    o.put("clean", a.isClean());
    o.set("violations", EventWriter.array(a.violations(), v -> violation(v, language)));
    return o;
  }

  private ObjectNode violation(Violation v, Locale language) {
    ObjectNode o = NODES.objectNode();
    o.put("principle", v.principle().name());
    o.put("severity", v.severity().name());
    reasonInto(o, v.reason(), Option.some(language));
    o.put("message", v.message(language));
    ObjectNode seen = o.putObject("seen");
    v.seen().forEach((key, value) -> seen.put(key, value));
    o.put("article", v.article().wording().in(language));
    o.set("charter", reference(v.charter()));
    return o;
  }

  private static ObjectNode header(String type) {
    ObjectNode o = NODES.objectNode();
    o.put("type", type);
    o.put("schemaVersion", DECISION.equals(type) ? DECISION_CURRENT : CURRENT);
    return o;
  }

  /** The language of a locale's messages: {@code FR}, {@code DE}, {@code IT} or {@code EN}. */
  private static String languageCode(Locale locale) {
    String language = ReasonMessages.bundleLocale(locale).getLanguage();
    return language.isEmpty() ? "EN" : language.toUpperCase(Locale.ROOT);
  }

  /** A reason: its code, its message in one language or in all four, its data. */
  private ObjectNode reason(Reason r, Option<Locale> language) {
    ObjectNode o = NODES.objectNode();
    reasonInto(o, r, language);
    return o;
  }

  private void reasonInto(ObjectNode o, Reason r, Option<Locale> language) {
    o.put("code", r.code());
    o.set("message", language.<JsonNode>map(l -> NODES.stringNode(r.message(l)))
        .getOrElse(() -> text(Text.of(r.message(Language.FR), r.message(Language.EN),
            r.message(Locale.GERMAN), r.message(Locale.ITALIAN)))));
    o.set("data", components(r, language));
  }

  /** A record's components under their names; an object without any for another class. */
  private ObjectNode components(Object record, Option<Locale> language) {
    ObjectNode o = NODES.objectNode();
    RecordComponent[] components = record.getClass().getRecordComponents();
    if (components == null) {
      return o;
    }
    for (RecordComponent component : components) {
      try {
        o.set(component.getName(), value(component.getAccessor().invoke(record), language));
      } catch (ReflectiveOperationException | RuntimeException unreadable) {
        // A host's reason in a package it does not export: its data stays unwritten.
        return NODES.objectNode();
      }
    }
    return o;
  }

  /** A value of a reason's data, in the form the events give such values. */
  private JsonNode value(Object value, Option<Locale> language) {
    if (value == null) {
      return NODES.nullNode();
    } else if (value instanceof Sensitive<?> s) {
      return values.sensitive(Sensitive.of(String.valueOf(s.reveal())));
    } else if (value instanceof String s) {
      return NODES.stringNode(s);
    } else if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      return NODES.numberNode(((Number) value).longValue());
    } else if (value instanceof Number n) {
      return NODES.stringNode(n.toString());
    } else if (value instanceof Enum<?> e) {
      return NODES.stringNode(e.name());
    } else if (value instanceof TemporalAccessor) {
      return NODES.stringNode(value.toString());
    } else if (value instanceof Text t) {
      return language.<JsonNode>map(l -> NODES.stringNode(t.in(l))).getOrElse(() -> text(t));
    } else if (value instanceof Class<?> c) {
      return NODES.stringNode(c.getSimpleName());
    } else if (value instanceof Option<?> option) {
      return option.isEmpty() ? NODES.nullNode() : value(option.get(), language);
    } else if (value instanceof Map<?, ?> map) {
      ObjectNode o = NODES.objectNode();
      map.forEach((k, v) -> o.set(String.valueOf(k instanceof Enum<?> e ? e.name() : k),
          value(v, language)));
      return o;
    } else if (value instanceof Traversable<?> items) {
      return EventWriter.array(items, item -> value(item, language));
    } else if (value instanceof DateWindow w) {
      return CommandWriter.window(w);
    } else if (value instanceof LegalReference reference) {
      return reference(reference);
    } else if (value instanceof Reason reason) {
      return reason(reason, language);
    } else if (value.getClass().isRecord()) {
      return components(value, language);
    }
    return NODES.stringNode(String.valueOf(value));
  }

  static ObjectNode reference(LegalReference r) {
    ObjectNode o = NODES.objectNode();
    o.put("code", r.code());
    o.put("article", r.article());
    EventWriter.text(o, "item", r.item());
    EventWriter.text(o, "url", r.url());
    o.put("verified", r.isVerified());
    o.put("kind", r.kind().name());
    o.put("citation", r.citation());
    return o;
  }

  static ObjectNode text(Text t) {
    return PlanForm.text(t);
  }
}
