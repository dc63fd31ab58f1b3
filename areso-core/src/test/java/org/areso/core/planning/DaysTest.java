package org.areso.core.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.areso.core.kernel.FieldReason;
import org.junit.jupiter.api.Test;

class DaysTest {

  @Test
  void aThousandDaysIsTheLargestNumberAccepted() {
    // given
    int largest = 2 * Days.MAX_DAYS;
    // when
    Days days = Days.ofHalfDays(largest);
    // then
    assertThat(days).isEqualTo(Days.of(Days.MAX_DAYS));
    assertThatThrownBy(() -> Days.ofHalfDays(largest + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Integer.toString(largest + 1));
  }

  @Test
  void readingHalfDaysAcceptsZeroToAThousandDays() {
    // given
    int[] accepted = {0, 1, 2 * Days.MAX_DAYS};
    // when / then
    for (int halfDays : accepted) {
      assertThat(Days.parseHalfDays("days", halfDays).get()).isEqualTo(Days.ofHalfDays(halfDays));
    }
  }

  @Test
  void readingHalfDaysBelowZeroOrAboveAThousandDaysIsOutOfRange() {
    // given
    int[] refused = {-1, 2 * Days.MAX_DAYS + 1};
    // when / then
    for (int halfDays : refused) {
      assertThat(Days.parseHalfDays("days", halfDays).getError()).containsExactly(
          new FieldReason.OutOfRange("days", Integer.toString(halfDays), "0", "2000"));
    }
  }

  @Test
  void addingDaysSumsTheirHalfDaysAndCapsAtAThousandDays() {
    // given
    Days twoAndAHalf = Days.ofHalfDays(5);
    // when / then
    assertThat(Days.of(3).plus(twoAndAHalf)).isEqualTo(Days.ofHalfDays(11));
    assertThat(Days.of(Days.MAX_DAYS - 1).plus(Days.of(5))).isEqualTo(Days.of(Days.MAX_DAYS));
  }

  @Test
  void subtractingMoreDaysThanThereAreGivesZero() {
    // given
    Days one = Days.of(1);
    // when / then
    assertThat(Days.of(3).minus(one)).isEqualTo(Days.of(2));
    assertThat(one.minus(Days.of(3))).isEqualTo(Days.ZERO);
  }

  @Test
  void daysReadAsWholeNumbersOrWithAHalf() {
    // given / when / then
    assertThat(Days.ZERO).hasToString("0");
    assertThat(Days.ofHalfDays(1)).hasToString("0.5");
    assertThat(Days.of(3)).hasToString("3");
    assertThat(Days.ofHalfDays(5)).hasToString("2.5");
  }
}
