package org.areso.core.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * A FINESS number: the nine-character identifier of a French health, social or medico-social
 * establishment or legal entity in the FINESS register (Fichier national des établissements
 * sanitaires et sociaux).
 *
 * <p>The first two characters are the département ({@code 01}–{@code 95}, {@code 2A}, {@code 2B},
 * {@code 97} for overseas), the last is a Luhn check digit. Corsican numbers ({@code 2A…},
 * {@code 2B…}) are checked for form only: the letter-to-digit convention of their key is not
 * published, and Areso would rather accept a wrong key than refuse a real number.
 *
 * <p>Immutable and thread-safe. Equal when the characters are equal.
 */
public final class Finess extends CodeValue {

  /** The field name used in reasons. */
  public static final String FIELD = "finess";

  private static final Text EXPECTED = Text.of(
      "9 caractères : le département (2 chiffres, 2A ou 2B) puis 7 chiffres",
      "9 characters: the département (2 digits, 2A or 2B) then 7 digits");

  private Finess(String value) {
    super(value);
  }

  /**
   * Reads a FINESS number typed by a person. Spaces are ignored; {@code 2a} is read as {@code 2A}.
   *
   * @param raw the text, not null
   * @return the FINESS number, or the reasons it was refused: {@code FIELD_BLANK},
   *     {@code FIELD_TOO_LONG}, {@code FIELD_MALFORMED} or {@code CHECK_DIGIT_MISMATCH}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, Finess> parse(String raw) {
    return Input.required(FIELD, raw, Input.MAX_RAW_LENGTH).flatMap(text -> {
      String compact = Input.compact(text);
      if (compact.length() != 9) {
        return Input.invalid(new FieldReason.Malformed(FIELD, text, EXPECTED));
      }
      String prefix = compact.substring(0, 2);
      String upperPrefix = prefix.toUpperCase(java.util.Locale.ROOT);
      boolean corsica = upperPrefix.equals("2A") || upperPrefix.equals("2B");
      boolean digitPrefix = Input.isDigits(prefix) && !prefix.equals("00") && !prefix.equals("20")
          && !prefix.equals("96") && !prefix.equals("98") && !prefix.equals("99");
      if (!(corsica || digitPrefix) || !Input.isDigits(compact.substring(2))) {
        return Input.invalid(new FieldReason.Malformed(FIELD, text, EXPECTED));
      }
      String normalised = upperPrefix + compact.substring(2);
      if (!corsica && !Luhn.isValid(normalised)) {
        return Input.invalid(new FieldReason.CheckDigitMismatch(FIELD, normalised, "Luhn"));
      }
      return Validation.valid(new Finess(normalised));
    });
  }

  /**
   * The nine characters, Corsican letters in upper case.
   *
   * @return the value, never null
   */
  public String value() {
    return text();
  }

  /**
   * The département part: the first two characters ({@code 75}, {@code 2A}, {@code 97}).
   *
   * @return the two characters, never null
   */
  public String departementPrefix() {
    return text().substring(0, 2);
  }
}
