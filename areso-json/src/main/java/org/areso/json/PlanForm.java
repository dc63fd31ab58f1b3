package org.areso.json;

import static org.areso.json.EventWriter.NODES;

import org.areso.core.kernel.Text;
import org.areso.core.planning.Days;
import org.areso.core.planning.Format;
import org.areso.core.planning.Plan;
import org.areso.core.planning.SessionLength;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan as a tree and back: its format with every figure, its budget and its sessions in date
 * order; a number of days as the object {@code {"halfDays": n}}.
 */
final class PlanForm {

  /** The name a plan is written under, in its {@code type} field. */
  static final String TYPE = "Plan";

  /**
   * The plan's schema version that this version of areso-json writes and reads: 2 since a text
   * may carry German ({@code "de"}) and Italian ({@code "it"}); a version 1 document is read as it
   * is, having none.
   */
  static final int CURRENT = 2;

  private PlanForm() { }

  static ObjectNode write(Plan plan) {
    ObjectNode o = NODES.objectNode();
    o.put("type", TYPE);
    o.put("schemaVersion", CURRENT);
    o.set("format", format(plan.format()));
    o.set("budget", days(plan.budget()));
    o.set("sessions", EventWriter.array(plan.sessions(), CommandWriter::session));
    return o;
  }

  static ObjectNode format(Format f) {
    ObjectNode o = NODES.objectNode();
    o.put("id", f.id());
    o.set("name", text(f.name()));
    o.set("minDays", days(f.minDays()));
    o.set("typicalDays", days(f.typicalDays()));
    o.set("maxDays", days(f.maxDays()));
    o.put("sessionLength", f.sessionLength().name());
    o.put("minSpanDays", f.minSpanDays());
    o.put("maxSpanDays", f.maxSpanDays());
    o.put("minGapDays", f.minGapDays());
    o.put("maxGapDays", f.maxGapDays());
    o.put("bounds", f.bounds().name());
    return o;
  }

  static ObjectNode days(Days d) {
    return NODES.objectNode().put("halfDays", d.halfDays());
  }

  /** A text: French and English, and German and Italian where translated. */
  static ObjectNode text(Text t) {
    ObjectNode node = NODES.objectNode().put("fr", t.fr()).put("en", t.en());
    t.de().forEach(de -> node.put("de", de));
    t.it().forEach(it -> node.put("it", it));
    return node;
  }

  static Plan read(String type, Field r) {
    return Plan.of(format(r.object("format")), days(r, "budget"),
        r.objects("sessions").map(CommandReader::session));
  }

  static Format format(Field r) {
    Format.Builder b = Format.builder()
        .id(r.text("id"))
        .name(r.bilingual("name"))
        .days(days(r, "minDays"), days(r, "typicalDays"), days(r, "maxDays"))
        .sessionLength(r.constant("sessionLength", SessionLength.class))
        .span(r.intValue("minSpanDays"), r.intValue("maxSpanDays"))
        .gap(r.intValue("minGapDays"), r.intValue("maxGapDays"))
        .bounds(r.constant("bounds", Format.Bounds.class));
    return r.validAt(b.build());
  }

  static Days days(Field parent, String key) {
    Field d = parent.object(key);
    return d.valid("halfDays", Days.parseHalfDays("halfDays", d.intValue("halfDays")));
  }
}
