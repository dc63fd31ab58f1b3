package org.areso.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

class FormatTest {

  private static Format.Builder wholeDays() {
    return Format.builder().id("host-format").name(Text.of("Format maison", "Host format"))
        .days(Days.of(1), Days.of(2), Days.of(4)).sessionLength(SessionLength.WHOLE_DAY)
        .span(1, 30).gap(1, 7);
  }

  @Test
  void aBuiltFormatKeepsItsIdentifierAndItsNameInFrenchAndEnglish() {
    // given
    Format format = wholeDays().build().get();
    // when / then
    assertThat(format.id()).isEqualTo("host-format");
    assertThat(format.name()).isEqualTo(Text.of("Format maison", "Host format"));
  }

  @Test
  void aFormatReadsAsItsIdentifierDaysSessionLengthSpanAndGap() {
    // given
    Format format = wholeDays().build().get();
    // when / then
    assertThat(format)
        .hasToString("host-format[1..2..4 d, WHOLE_DAY, span 1..30, gap 1..7]");
    assertThat(FormatFixtures.firstMeeting())
        .hasToString("soreso-first-meeting[0.5..0.5..0.5 d, HALF_DAY, span 1..1, gap 1..1]");
  }

  @Test
  void formatsWithTheSameFiguresAreEqualAndOthersAreNot() {
    // given
    Format built = wholeDays().build().get();
    // when / then
    assertThat(built).isEqualTo(wholeDays().build().get());
    assertThat(built.hashCode()).isEqualTo(wholeDays().build().get().hashCode());
    assertThat(built).isNotEqualTo(wholeDays().gap(2, 7).build().get());
    assertThat(FormatFixtures.accompaniment()).isNotEqualTo(FormatFixtures.seminar());
  }

  @Test
  void wholeDaySessionsRefuseDaysWithAHalf() {
    // given
    Format.Builder builder = wholeDays().days(Days.of(1), Days.ofHalfDays(5), Days.of(4));
    // when
    var result = builder.build();
    // then
    assertThat(result.getError()).containsExactly(
        new FieldReason.Inconsistent("days", "2.5", "session_length", "WHOLE_DAY"));
  }

  @Test
  void spansAndGapsUpToTenYearsAreAccepted() {
    // given
    int longest = Format.MAX_SPAN_DAYS;
    // when
    var result = wholeDays().span(longest, longest).gap(longest, longest).build();
    // then
    assertThat(result.isValid()).isTrue();
    assertThat(result.get().maxSpanDays()).isEqualTo(longest);
    assertThat(result.get().minGapDays()).isEqualTo(longest);
  }

  @Test
  void aSpanLongerThanTenYearsIsOutOfRange() {
    // given
    int tooLong = Format.MAX_SPAN_DAYS + 1;
    // when
    var result = wholeDays().span(1, tooLong).build();
    // then
    assertThat(result.getError()).containsExactly(
        new FieldReason.OutOfRange("max_span_days", "3661", "1", "3660"));
  }
}
