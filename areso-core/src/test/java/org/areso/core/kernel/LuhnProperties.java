package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** The Luhn check, two digits a step from a table, against its definition, one digit a step. */
class LuhnProperties {

  /** The definition: from the right, every second digit doubled and its digits summed. */
  private static boolean byDefinition(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d = 2 * d / 10 + 2 * d % 10;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  @Property(tries = 5_000)
  void agreesWithTheDefinition(
      @ForAll @NumericChars @StringLength(min = 0, max = 20) String digits) {
    assertThat(Luhn.isValid(digits)).isEqualTo(byDefinition(digits));
  }

  @Property(tries = 5_000)
  void checksThePrefixItIsGiven(
      @ForAll @NumericChars @StringLength(min = 14, max = 14) String digits,
      @ForAll @IntRange(min = 0, max = 14) int length) {
    assertThat(Luhn.isValid(digits, length)).isEqualTo(byDefinition(digits.substring(0, length)));
  }
}
