package org.areso.core.programme;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;

/**
 * The identifier of an intervention format (format d'intervention), such as {@code accompaniment},
 * {@code joint-training} or {@code seminar}: 1 to 64 lower-case letters, digits and hyphens.
 *
 * <p>Immutable and thread-safe; equal when the text is equal.
 */
public final class FormatId {

  /** The field name used in reasons. */
  public static final String FIELD = "format";

  private static final int MAX_LENGTH = 64;

  private final String value;

  private FormatId(String value) {
    this.value = value;
  }

  /**
   * Reads a format identifier.
   *
   * @param raw the identifier, not null
   * @return the identifier, or the reasons it was refused: {@code FIELD_BLANK},
   *     {@code FIELD_TOO_LONG} or {@code FIELD_MALFORMED}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, FormatId> of(String raw) {
    String text = requireNonNull(raw, "raw").strip();
    if (text.isEmpty()) {
      return Validation.invalid(List.of(new FieldReason.Blank(FIELD)));
    }
    if (text.length() > MAX_LENGTH) {
      return Validation.invalid(List.of(new FieldReason.TooLong(FIELD, text.length(), MAX_LENGTH)));
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return Validation.invalid(List.of(new FieldReason.Malformed(FIELD, text,
            Text.of("lettres minuscules, chiffres et tirets", "lower-case letters, digits and"
                + " hyphens"))));
      }
    }
    return Validation.valid(new FormatId(text));
  }

  /**
   * The identifier's text.
   *
   * @return the text, never null
   */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FormatId that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
