package org.areso.core.kernel;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * A Swiss enterprise identification number (UID / IDE): {@code CHE-123.456.789}, eight digits and
 * a mod-11 check digit (weights 5, 4, 3, 2, 7, 6, 5, 4; a remainder that would need the check
 * digit 10 is never issued).
 *
 * <p>Immutable and thread-safe. Equal when the digits are equal.
 */
public final class SwissUid extends CodeValue {

  /** The field name used in reasons. */
  public static final String FIELD = "uid";

  private static final int[] WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4};
  /**
   * The suffixes a UID is printed with, longest first: the VAT number's in German, French and
   * Italian, alone or after the commercial register's ({@code HR}, {@code RC}).
   */
  private static final String[] VAT_SUFFIXES =
      {"HR/MWST", "RC/TVA", "RC/IVA", "MWST", "TVA", "IVA", "HR", "RC"};
  private static final Text EXPECTED = Text.of(
      "CHE suivi de 9 chiffres, par exemple CHE-123.456.788",
      "CHE followed by 9 digits, for example CHE-123.456.788",
      "CHE gefolgt von 9 Ziffern, zum Beispiel CHE-123.456.788",
      "CHE seguito da 9 cifre, per esempio CHE-123.456.788");

  private SwissUid(String digits) {
    super(digits);
  }

  /**
   * Reads a UID typed by a person: {@code CHE-123.456.788}, {@code CHE123456788} or
   * {@code che 123 456 788}; spaces, dots and hyphens (any dash a word processor puts) are
   * ignored, the prefix in any case. The UID as an invoice or a register prints it, followed by
   * {@code MWST}, {@code TVA}, {@code IVA}, {@code HR}, {@code RC}, {@code HR/MWST},
   * {@code RC/TVA} or {@code RC/IVA}, reads as the UID.
   *
   * @param raw the text, not null
   * @return the UID, or the reasons it was refused: {@code FIELD_BLANK}, {@code FIELD_TOO_LONG},
   *     {@code FIELD_MALFORMED} or {@code CHECK_DIGIT_MISMATCH}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, SwissUid> parse(String raw) {
    return Input.form(FIELD, raw, EXPECTED, SwissUid::normalised).flatMap(number ->
        checkDigit(number) == number.charAt(8) - '0' ? Validation.valid(new SwissUid(number))
            : Input.invalid(new FieldReason.CheckDigitMismatch(FIELD, number, "mod 11")));
  }

  /**
   * The nine digits of a UID without spaces, dots, dashes and VAT suffix; none unless {@code CHE}
   * and nine digits.
   */
  private static Option<String> normalised(String compact) {
    StringBuilder kept = new StringBuilder(compact.length());
    for (int i = 0; i < compact.length(); i++) {
      char c = compact.charAt(i);
      if (c != '.' && !Input.isDash(c)) {
        kept.append(c);
      }
    }
    String bare = withoutVatSuffix(kept.toString());
    return Option.when(bare.length() == 12 && bare.regionMatches(true, 0, "CHE", 0, 3)
        && Input.isDigits(bare.substring(3)), () -> bare.substring(3));
  }

  /** A UID without the suffix it is printed with ({@link #VAT_SUFFIXES}). */
  private static String withoutVatSuffix(String bare) {
    for (String suffix : VAT_SUFFIXES) {
      int at = bare.length() - suffix.length();
      if (at > 0 && bare.regionMatches(true, at, suffix, 0, suffix.length())) {
        return bare.substring(0, at);
      }
    }
    return bare;
  }

  /** The mod-11 check digit of the first eight digits; 10 when no digit can be right. */
  private static int checkDigit(String number) {
    int sum = 0;
    for (int i = 0; i < WEIGHTS.length; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return (11 - sum % 11) % 11;
  }

  /**
   * The nine digits, without prefix or separators.
   *
   * @return the digits, never null
   */
  public String digits() {
    return text();
  }

  /**
   * The UID in its official form, {@code CHE-123.456.788}.
   *
   * @return the formatted UID, never null
   */
  public String value() {
    String digits = text();
    return "CHE-" + digits.substring(0, 3) + '.' + digits.substring(3, 6) + '.'
        + digits.substring(6);
  }

  /** The UID in its official form. */
  @Override
  public String toString() {
    return value();
  }
}
