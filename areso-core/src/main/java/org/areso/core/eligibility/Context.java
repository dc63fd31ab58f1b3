package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;

/** Why a structure asks for an engagement: the context of the request (contexte). */
public enum Context {
  /** Get out of a deadlock, a conflict or degraded relations (curatif). */
  CURATIVE,
  /** Prevent degradation from the first signs of tension (préventif). */
  PREVENTIVE,
  /** Outside any tension, learn to dialogue better (apprentissage). */
  LEARNING;

  /** The field name used in reasons and in the screening CSV. */
  public static final String FIELD = "context";

  private static final Seq<String> ACCEPTED = List.of(values()).map(Enum::name);

  /**
   * Reads a context name in any case, surrounding spaces ignored.
   *
   * @param raw the text, not null
   * @return the context, or {@code FIELD_BLANK} / {@code UNKNOWN_VALUE}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, Context> parse(String raw) {
    requireNonNull(raw, "raw");
    String text = raw.strip();
    if (text.isEmpty()) {
      return Validation.invalid(List.of(new FieldReason.Blank(FIELD)));
    }
    String upper = text.toUpperCase(Locale.ROOT);
    for (Context context : values()) {
      if (context.name().equals(upper)) {
        return Validation.valid(context);
      }
    }
    return Validation.invalid(List.of(new FieldReason.UnknownValue(FIELD, text, ACCEPTED)));
  }
}
