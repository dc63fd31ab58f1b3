package org.areso.core.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A SIRET number: the fourteen-digit identifier of a French establishment (établissement), made of
 * its legal unit's {@link Siren} and a five-digit internal number (NIC). Both the fourteen digits
 * and the SIREN they start with must pass the Luhn check.
 *
 * <p>La Poste (SIREN 356 000 000) is the known exception: it has more establishments than the Luhn
 * check leaves room for, so its SIRET numbers are valid when the plain sum of their fourteen digits
 * is a multiple of 5. Areso accepts a La Poste SIRET that passes either check.
 *
 * <p>Immutable and thread-safe. Equal when the digits are equal.
 */
public final class Siret extends CodeValue {

  /** The field name used in reasons. */
  public static final String FIELD = "siret";

  private static final Text EXPECTED = Text.of("14 chiffres", "14 digits",
          "14 Ziffern",
          "14 cifre");

  private Siret(String digits) {
    super(digits);
  }

  /**
   * Reads a SIRET typed by a person. Spaces between digit groups ({@code 356 000 000 00048}) are
   * ignored.
   *
   * @param raw the text, not null
   * @return the SIRET, or the reasons it was refused: {@code FIELD_BLANK}, {@code FIELD_TOO_LONG},
   *     {@code FIELD_MALFORMED} (not fourteen digits) or {@code CHECK_DIGIT_MISMATCH}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, Siret> parse(String raw) {
    // The common case, fourteen digits that pass both checks, read without the steps below
    // (the same SIRET they would give); anything else takes them and gets its reasons.
    Siret plain = plainOrNull(raw);
    if (plain != null) {
      return Validation.valid(plain);
    }
    return Input.digits(FIELD, raw, 14, EXPECTED).flatMap(compact -> {
      boolean laPoste = compact.startsWith(Siren.LA_POSTE);
      boolean valid = Luhn.isValid(compact.substring(0, 9))
          && (Luhn.isValid(compact) || laPoste && Luhn.digitSum(compact) % 5 == 0);
      if (!valid) {
        String algorithm = laPoste ? "Luhn / La Poste: sum of digits mod 5" : "Luhn";
        return Input.invalid(new FieldReason.CheckDigitMismatch(FIELD, compact, algorithm));
      }
      return Validation.valid(new Siret(compact));
    });
  }

  /**
   * The SIRET of fourteen digits that pass both checks, the common case, as {@link #parse} gives
   * it; null for any other text, which {@link #parse} reads with its reasons.
   */
  static Siret plainOrNull(String raw) {
    return raw.length() == 14 && Input.isDigits(raw) && Luhn.isValid(raw, 9) && Luhn.isValid(raw)
        ? new Siret(raw) : null;
  }

  /**
   * The fourteen digits.
   *
   * @return the digits, never null
   */
  public String value() {
    return text();
  }

  /**
   * The SIREN of the legal unit this establishment belongs to: the first nine digits.
   *
   * @return the SIREN, never null
   */
  public Siren siren() {
    return Siren.ofChecked(text().substring(0, 9));
  }

  /**
   * The establishment's internal number (NIC): the last five digits.
   *
   * @return the NIC, never null
   */
  public String nic() {
    return text().substring(9);
  }
}
