package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DateWindowTest {

  @Test
  void julyTwentyTwentyThreeToAprilTwentyTwentyFourIncludesBothEnds() {
    // when
    DateWindow window = DateWindow.months(YearMonth.of(2023, 7), YearMonth.of(2024, 4)).get();
    // then
    assertThat(window.start()).isEqualTo(LocalDate.of(2023, 7, 1));
    assertThat(window.end()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(window.contains(LocalDate.of(2023, 7, 1))).isTrue();
    assertThat(window.contains(LocalDate.of(2024, 4, 30))).isTrue();
    assertThat(window.contains(LocalDate.of(2023, 6, 30))).isFalse();
    assertThat(window.contains(LocalDate.of(2024, 5, 1))).isFalse();
    assertThat(window.lengthInDays()).isEqualTo(305);
    assertThat(window).hasToString("[2023-07-01..2024-04-30]");
  }

  @Test
  void refusesAnInvertedWindowNamingTheField() {
    // when
    var result = DateWindow.of("request_window", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 4, 1));
    // then
    FieldReason.InvertedWindow reason = (FieldReason.InvertedWindow) result.getError().single();
    assertThat(reason.field()).isEqualTo("request_window");
    assertThat(reason.code()).isEqualTo("WINDOW_INVERTED");
    assertThat(reason.message(Language.FR)).contains("2024-04-01").contains("2024-05-01");
    assertThat(DateWindow.months(YearMonth.of(2024, 4), YearMonth.of(2023, 7)).isInvalid())
        .isTrue();
  }

  @Test
  void aSingleDayIsAWindowOfOneDay() {
    // given
    LocalDate day = LocalDate.of(2024, 2, 29);
    // then
    assertThat(DateWindow.day(day).lengthInDays()).isEqualTo(1);
    assertThat(DateWindow.of(day, day).get()).isEqualTo(DateWindow.day(day));
  }

  @Test
  void windowsOverlapWhenTheyShareADay() {
    // given
    DateWindow first = DateWindow.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)).get();
    DateWindow touching = DateWindow.day(LocalDate.of(2024, 1, 31));
    DateWindow after = DateWindow.day(LocalDate.of(2024, 2, 1));
    // then
    assertThat(first.overlaps(touching)).isTrue();
    assertThat(touching.overlaps(first)).isTrue();
    assertThat(first.overlaps(after)).isFalse();
  }

  @Test
  void acceptsTheFarthestDatesJavaKnows() {
    // when
    var window = DateWindow.of(LocalDate.MIN, LocalDate.MAX);
    // then
    assertThat(window.get().contains(LocalDate.of(2024, 1, 1))).isTrue();
  }
}
