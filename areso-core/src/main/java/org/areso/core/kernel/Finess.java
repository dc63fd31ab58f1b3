package org.areso.core.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.util.Locale;

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
      "9 characters: the département (2 digits, 2A or 2B) then 7 digits",
      "9 Zeichen: das Département (2 Ziffern, 2A oder 2B), dann 7 Ziffern",
      "9 caratteri: il dipartimento (2 cifre, 2A o 2B), poi 7 cifre");

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
    // The common case, nine digits of a département that pass the check, read without the steps
    // below (the same number they would give); anything else takes them and gets its reasons.
    Finess plain = plainOrNull(raw);
    if (plain != null) {
      return Validation.valid(plain);
    }
    return Input.form(FIELD, raw, EXPECTED, Finess::normalised).flatMap(number ->
        corsican(number) || Luhn.isValid(number) ? Validation.valid(new Finess(number))
            : Input.invalid(new FieldReason.CheckDigitMismatch(FIELD, number, "Luhn")));
  }

  /**
   * The FINESS number of nine digits of a département that pass the check, the common case, as
   * {@link #parse} gives it; null for any other text, which {@link #parse} reads with its reasons.
   */
  static Finess plainOrNull(String raw) {
    return raw.length() == 9 && Input.isDigits(raw) && digitDepartement(raw) && Luhn.isValid(raw)
        ? new Finess(raw) : null;
  }

  /**
   * The nine characters of a FINESS number, Corsican letters in upper case; none when the text
   * is not a département (or {@code 2A}, {@code 2B}) followed by seven digits.
   */
  private static Option<String> normalised(String compact) {
    if (compact.length() != 9 || !Input.isDigits(compact.substring(2))) {
      return Option.none();
    }
    String prefix = compact.substring(0, 2).toUpperCase(Locale.ROOT);
    boolean digitPrefix = Input.isDigits(prefix) && digitDepartement(prefix);
    return Option.when(corsican(prefix) || digitPrefix, prefix + compact.substring(2));
  }

  /**
   * Whether a number (or its prefix) that starts with two digits starts with a département's:
   * not {@code 00}, {@code 20} (Corsica is {@code 2A}, {@code 2B}), {@code 96}, {@code 98} or
   * {@code 99}.
   */
  private static boolean digitDepartement(String number) {
    return !number.startsWith("00") && !number.startsWith("20") && !number.startsWith("96")
        && !number.startsWith("98") && !number.startsWith("99");
  }

  /** Whether a number (or its prefix) is Corsican, whose key is not checked. */
  private static boolean corsican(String number) {
    return number.startsWith("2A") || number.startsWith("2B");
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
