package org.areso.core.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * Why an engagement is asked for: the context of the request (contexte de la demande). Read by the
 * eligibility rules and recorded by the engagement's pre-diagnosis.
 */
public enum InterventionContext implements Labelled {
  /** Getting out of a deadlock, a conflict or degraded relations (curatif). */
  CURATIVE,
  /** Preventing degradation from the first signs of tension (préventif). */
  PREVENTIVE,
  /** Outside any tension, learning to dialogue better. */
  LEARNING;

  /** The field name used in reasons. */
  public static final String FIELD = "context";

  /**
   * The context's label in French, English, German and Italian.
   *
   * @return the label, never null
   */
  @Override
  public Text label() {
    return Labels.of(this);
  }

  private static final Map<String, InterventionContext> BY_CODE =
      List.of(values()).toMap(c -> c.name(), c -> c);

  /**
   * Reads a context name ({@code CURATIVE}, {@code preventive}, {@code Learning}) in any case,
   * surrounding spaces ignored.
   *
   * @param raw the text, not null
   * @return the context, or {@code FIELD_BLANK} / {@code UNKNOWN_VALUE}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, InterventionContext> parse(String raw) {
    return Input.code(FIELD, raw, BY_CODE, List.of(values()).map(InterventionContext::name));
  }
}
