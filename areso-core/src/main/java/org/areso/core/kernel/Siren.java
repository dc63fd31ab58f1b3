package org.areso.core.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A SIREN number: the nine-digit identifier of a French legal unit (unité légale) in the INSEE
 * Sirene register, whose last digit is a Luhn check digit.
 *
 * <p>Immutable and thread-safe. Equal when the digits are equal.
 */
public final class Siren extends CodeValue {

  /** The field name used in reasons. */
  public static final String FIELD = "siren";

  /** La Poste's SIREN: its SIRET numbers follow their own check (see {@link Siret}). */
  static final String LA_POSTE = "356000000";

  private static final Text EXPECTED = Text.of("9 chiffres", "9 digits",
          "9 Ziffern",
          "9 cifre");

  private Siren(String digits) {
    super(digits);
  }

  /**
   * Reads a SIREN typed by a person. Spaces between digit groups ({@code 356 000 000}) are
   * ignored.
   *
   * @param raw the text, not null
   * @return the SIREN, or the reasons it was refused: {@code FIELD_BLANK}, {@code FIELD_TOO_LONG},
   *     {@code FIELD_MALFORMED} (not nine digits) or {@code CHECK_DIGIT_MISMATCH}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, Siren> parse(String raw) {
    return Input.digits(FIELD, raw, 9, EXPECTED).flatMap(digits -> Luhn.isValid(digits)
        ? Validation.valid(new Siren(digits))
        : Input.invalid(new FieldReason.CheckDigitMismatch(FIELD, digits, "Luhn")));
  }

  /** For {@link Siret#siren()}: nine digits already checked as part of a valid SIRET. */
  static Siren ofChecked(String digits) {
    return new Siren(digits);
  }

  /**
   * The nine digits.
   *
   * @return the digits, never null
   */
  public String value() {
    return text();
  }

  /**
   * Whether this is La Poste's SIREN, whose SIRET numbers do not follow the Luhn check.
   *
   * @return true for SIREN 356 000 000
   */
  public boolean isLaPoste() {
    return LA_POSTE.equals(text());
  }
}
