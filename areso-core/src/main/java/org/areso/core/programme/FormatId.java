package org.areso.core.programme;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;

/**
 * The identifier of an intervention format (format d'intervention), such as {@code accompaniment},
 * {@code joint-training} or {@code seminar}: 1 to 64 lower-case letters, digits and hyphens.
 *
 * <p>Read what a person or a host supplies with {@link #of(String)}, which says why it refuses;
 * the constructor is for identifiers known to be well formed, such as constants. Immutable and
 * thread-safe; equal when the text is equal, shown as the text.
 *
 * @param value the identifier's text, well formed, not null
 */
public record FormatId(String value) {

  /** The field name used in reasons. */
  public static final String FIELD = "format";

  private static final int MAX_LENGTH = 64;
  private static final Text EXPECTED = Text.of("lettres minuscules, chiffres et tirets",
      "lower-case letters, digits and hyphens",
      "Kleinbuchstaben, Ziffern und Bindestriche",
      "lettere minuscole, cifre e trattini");

  /**
   * Creates an identifier from well-formed text.
   *
   * @throws NullPointerException if value is null (a programmer error)
   * @throws IllegalArgumentException if value is not 1 to 64 lower-case letters, digits and
   *     hyphens (a programmer error: read untrusted text with {@link #of(String)})
   */
  public FormatId {
    requireNonNull(value, "value");
    if (refusal(value).isDefined()) {
      throw new IllegalArgumentException("not a format identifier: " + value);
    }
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
    return refusal(text).<Validation<Seq<Reason>, FormatId>>map(r -> Validation.invalid(List.of(r)))
        .getOrElse(() -> Validation.valid(new FormatId(text)));
  }

  /** Why stripped text is not an identifier, if it is not. */
  private static Option<Reason> refusal(String text) {
    if (text.isEmpty()) {
      return Option.some(new FieldReason.Blank(FIELD));
    }
    if (text.length() > MAX_LENGTH) {
      return Option.some(new FieldReason.TooLong(FIELD, text.length(), MAX_LENGTH));
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
        return Option.some(new FieldReason.Malformed(FIELD, text, EXPECTED));
      }
    }
    return Option.none();
  }

  /** The identifier's text. */
  @Override
  public String toString() {
    return value;
  }
}
