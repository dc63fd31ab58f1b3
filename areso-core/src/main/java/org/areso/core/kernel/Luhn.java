package org.areso.core.kernel;

/** The Luhn (mod 10) check used by SIREN, SIRET and FINESS numbers. */
final class Luhn {

  /** A digit doubled, its two digits summed: 2 × 7 = 14 gives 5. */
  private static final int[] DOUBLED = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};

  private Luhn() {}

  /**
   * Whether a string of ASCII digits passes the Luhn check.
   *
   * @param digits ASCII digits only
   */
  static boolean isValid(CharSequence digits) {
    return isValid(digits, digits.length());
  }

  /**
   * Whether the first {@code length} characters of a string of ASCII digits pass the Luhn
   * check, without copying them.
   *
   * @param digits ASCII digits only, at least {@code length} of them
   */
  static boolean isValid(CharSequence digits, int length) {
    // From the right, two digits a step: the first as it is, the second doubled (its digits
    // summed), read from a table.
    int sum = 0;
    int i = length - 1;
    for (; i > 0; i -= 2) {
      sum += digits.charAt(i) - '0' + DOUBLED[digits.charAt(i - 1) - '0'];
    }
    if (i == 0) {
      sum += digits.charAt(0) - '0';
    }
    return sum % 10 == 0;
  }

  /** The plain sum of the digits of a string of ASCII digits. */
  static int digitSum(CharSequence digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += digits.charAt(i) - '0';
    }
    return sum;
  }
}
