package org.areso.core.kernel;

/** The Luhn (mod 10) check used by SIREN, SIRET and FINESS numbers. */
final class Luhn {

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
    int sum = 0;
    boolean doubled = false;
    for (int i = length - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
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
