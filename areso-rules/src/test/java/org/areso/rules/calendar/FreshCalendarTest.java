package org.areso.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

/**
 * A calendar built inside the test, so that its precomputation and its rules run here rather than
 * once at class loading: what a mutation tester, and a rule author adding a calendar, need.
 */
class FreshCalendarTest {

  static final LegalReference REF = LegalReference.builder().code("Test").article("1")
      .verified(false).build().get();

  /** Built anew in each test: a static calendar would be built once per JVM, before a mutant. */
  private final HolidayCalendar calendar = new HolidayCalendar("TEST", List.of(
      HolidayRule.fixed(5, 1, Text.of("fête du travail", "labour day"), REF),
      HolidayRule.easter(1, Text.of("lundi de Pâques", "Easter Monday"), REF).between(2000, 2010),
      HolidayRule.fixed(12, 26, Text.of("Saint-Étienne", "St Stephen"), REF).except(2005, 2006)));

  @Test
  void aFixedDayIsAHolidayEveryYearFromTheFirstToTheLastPrecomputedDay() {
    assertThat(calendar.isHoliday(LocalDate.of(HolidayCalendar.FIRST_YEAR, 5, 1))).isTrue();
    assertThat(calendar.isHoliday(LocalDate.of(HolidayCalendar.LAST_YEAR, 5, 1))).isTrue();
    assertThat(calendar.isHoliday(LocalDate.of(2024, 5, 1))).isTrue();
    assertThat(calendar.isHoliday(LocalDate.of(2024, 5, 2))).isFalse();
    assertThat(calendar.isHoliday(LocalDate.of(2024, 4, 30))).isFalse();
    assertThat(calendar.isHoliday(LocalDate.of(HolidayCalendar.FIRST_YEAR, 1, 1))).isFalse();
    assertThat(calendar.isHoliday(LocalDate.of(HolidayCalendar.LAST_YEAR, 12, 31))).isFalse();
  }

  @Test
  void anEasterRuleHoldsOnlyBetweenItsYearsBothIncluded() {
    assertThat(calendar.isHoliday(LocalDate.of(2000, 4, 24))).isTrue();   // Easter 2000: 23 April
    assertThat(calendar.isHoliday(LocalDate.of(2010, 4, 5))).isTrue();    // Easter 2010: 4 April
    assertThat(calendar.isHoliday(LocalDate.of(1999, 4, 5))).isFalse();   // Easter 1999: 4 April
    assertThat(calendar.isHoliday(LocalDate.of(2011, 4, 25))).isFalse();  // Easter 2011: 24 April
    assertThat(calendar.isHoliday(LocalDate.of(2000, 4, 23))).isFalse();  // the Sunday itself
  }

  @Test
  void anExceptedPeriodRemovesTheDayForThoseYearsOnly() {
    assertThat(calendar.isHoliday(LocalDate.of(2004, 12, 26))).isTrue();
    assertThat(calendar.isHoliday(LocalDate.of(2005, 12, 26))).isFalse();
    assertThat(calendar.isHoliday(LocalDate.of(2006, 12, 26))).isFalse();
    assertThat(calendar.isHoliday(LocalDate.of(2007, 12, 26))).isTrue();
  }

  @Test
  void theHolidaysOfAYearAgreeWithTheDayByDayAnswerAndNameTheirRule() {
    for (int year : new int[] {1900, 1999, 2000, 2005, 2010, 2011, 2199}) {
      var holidays = calendar.holidays(year);
      for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year;
          day = day.plusDays(1)) {
        LocalDate d = day;
        assertThat(calendar.isHoliday(d)).as("%s", d)
            .isEqualTo(holidays.exists(h -> h.date().equals(d)));
      }
    }
    assertThat(calendar.holidays(2000).map(h -> h.name().en()))
        .containsExactly("Easter Monday", "labour day", "St Stephen");
    assertThat(calendar.holidays(2000).head().reference()).isEqualTo(REF);
    assertThat(calendar.id()).isEqualTo("TEST");
  }

  @Test
  void theNextWorkedDaySkipsHolidaysAndWeekendsAcrossMonthsInsideAndOutsideThePrecomputedYears() {
    // from a worked Tuesday, from 1 May (a Wednesday), from a Saturday at the end of June
    assertThat(calendar.nextWorked(LocalDate.of(2024, 4, 30)))
        .isEqualTo(Option.some(LocalDate.of(2024, 4, 30)));
    assertThat(calendar.nextWorked(LocalDate.of(2024, 5, 1)))
        .isEqualTo(Option.some(LocalDate.of(2024, 5, 2)));
    assertThat(calendar.nextWorked(LocalDate.of(2024, 6, 29)))
        .isEqualTo(Option.some(LocalDate.of(2024, 7, 1)));
    // from the last Saturday precomputed, from 1 May 2200 (a Thursday), from 26 December 1899
    assertThat(calendar.nextWorked(LocalDate.of(2199, 12, 28)))
        .isEqualTo(Option.some(LocalDate.of(2199, 12, 30)));
    assertThat(calendar.nextWorked(LocalDate.of(2200, 5, 1)))
        .isEqualTo(Option.some(LocalDate.of(2200, 5, 2)));
    assertThat(calendar.nextWorked(LocalDate.of(1899, 12, 26)))
        .isEqualTo(Option.some(LocalDate.of(1899, 12, 27)));
  }

  @Test
  void theWorkedDaysBetweenTwoDatesCountBothEndsInsideAndOutsideThePrecomputedYears() {
    assertThat(calendar.workedDaysBetween(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)))
        .isEqualTo(22); // 23 weekdays, less 1 May
    assertThat(calendar.workedDaysBetween(LocalDate.of(2199, 12, 1), LocalDate.of(2200, 1, 31)))
        .isEqualTo(44); // 22 + 23 weekdays, less 26 December
    assertThat(calendar.workedDaysBetween(LocalDate.of(2199, 12, 27), LocalDate.of(2200, 1, 2)))
        .isEqualTo(5);
    assertThat(calendar.workedDaysBetween(LocalDate.of(2024, 5, 2), LocalDate.of(2024, 5, 2)))
        .isEqualTo(1);
    assertThat(calendar.workedDaysBetween(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1)))
        .isZero();
    assertThat(calendar.workedDaysBetween(LocalDate.of(2024, 5, 3), LocalDate.of(2024, 5, 2)))
        .isZero();
  }
}
