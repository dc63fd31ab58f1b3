package org.areso.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.Departement;
import org.junit.jupiter.api.Test;

class CalendarTest {

  @Test
  void computesEasterSundayByTheGregorianComputus() {
    // given / when / then
    assertThat(HolidayRule.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(HolidayRule.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(HolidayRule.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    assertThat(HolidayRule.easterSunday(1818)).isEqualTo(LocalDate.of(1818, 3, 22));
  }

  @Test
  void alsaceMoselleRestsOnGoodFridayAndStStephensDayButParisWorks() {
    // given
    LocalDate goodFriday = LocalDate.of(2024, 3, 29);
    LocalDate stStephen = LocalDate.of(2024, 12, 26);
    var moselle = FrenchCalendars.of(Departement.parse("57").get());
    var paris = FrenchCalendars.of(Departement.parse("75").get());
    // when / then
    assertThat(moselle.isWorked(goodFriday)).isFalse();
    assertThat(moselle.isWorked(stStephen)).isFalse();
    assertThat(paris.isWorked(goodFriday)).isTrue();
    assertThat(paris.isWorked(stStephen)).isTrue();
    assertThat(moselle.holidays(2024).find(h -> h.date().equals(goodFriday)).get()
        .reference().article()).isEqualTo("L.3134-13");
  }

  @Test
  void reunionRestsOnTheTwentiethOfDecemberWithAnUnverifiedReference() {
    // given
    var reunion = FrenchCalendars.of(Departement.parse("974").get());
    // when
    var abolition = reunion.holidays(2024).find(h -> h.date().equals(LocalDate.of(2024, 12, 20)));
    // then
    assertThat(abolition.isDefined()).isTrue();
    assertThat(abolition.get().reference().isVerified()).isFalse();
    assertThat(reunion.isWorked(LocalDate.of(2024, 12, 20))).isFalse();
  }

  @Test
  void saintMartinRestsOnTheTwentyEighthOfMaySince2018AndGuadeloupeOnTheTwentySeventh() {
    // given: 28 May 2024 is a Tuesday, 27 May 2024 a Monday, 27 May 2016 a Friday
    var saintMartin = FrenchCalendars.of(Departement.parse("978").get());
    var guadeloupe = FrenchCalendars.of(Departement.parse("971").get());
    // when / then
    assertThat(saintMartin.isWorked(LocalDate.of(2024, 5, 28))).isFalse();
    assertThat(saintMartin.isWorked(LocalDate.of(2024, 5, 27))).isTrue();
    assertThat(saintMartin.isWorked(LocalDate.of(2016, 5, 27))).isFalse();
    assertThat(guadeloupe.isWorked(LocalDate.of(2024, 5, 27))).isFalse();
    assertThat(guadeloupe.isWorked(LocalDate.of(2024, 5, 28))).isTrue();
    assertThat(saintMartin.holidays(2024).find(h -> h.date().equals(LocalDate.of(2024, 5, 28)))
        .get().reference().isVerified()).isFalse();
  }

  @Test
  void whitMondayIsWorkedDuringTheSolidarityDayYears() {
    // given
    var france = FrenchCalendars.metropolitan();
    // when / then
    assertThat(france.isWorked(LocalDate.of(2006, 6, 5))).isTrue();
    assertThat(france.isWorked(LocalDate.of(2024, 5, 20))).isFalse();
  }

  @Test
  void genevaRestsOnTheJeuneGenevoisAndVaudOnTheFederalFastMonday() {
    // given
    var geneva = SwissCalendars.of(Canton.GE);
    var vaud = SwissCalendars.of(Canton.VD);
    // when / then
    assertThat(geneva.isWorked(LocalDate.of(2024, 9, 5))).isFalse();
    assertThat(vaud.isWorked(LocalDate.of(2024, 9, 16))).isFalse();
    assertThat(geneva.isWorked(LocalDate.of(2024, 9, 16))).isTrue();
    assertThat(geneva.isWorked(LocalDate.of(2024, 12, 31))).isFalse();
    assertThat(SwissCalendars.of(Canton.ZH).isWorked(LocalDate.of(2024, 8, 1))).isFalse();
  }

  @Test
  void everyCantonHasACalendarWithTheFederalHoliday() {
    // given / when / then
    for (Canton canton : Canton.values()) {
      assertThat(SwissCalendars.of(canton).holidays(2030).map(Holiday::date))
          .as(canton.name()).contains(LocalDate.of(2030, 8, 1));
    }
  }

  @Test
  void answersOutsideThePrecomputedYearsToo() {
    // given
    var france = FrenchCalendars.metropolitan();
    // when / then
    assertThat(france.isHoliday(LocalDate.of(2300, 7, 14))).isTrue();
    assertThat(france.isHoliday(LocalDate.of(2300, 7, 16))).isFalse();
    assertThat(france.isWorked(LocalDate.of(2300, 7, 17))).isTrue();
    assertThat(france.isWorked(LocalDate.of(2300, 11, 1))).isFalse();
  }

  @Test
  void answersBeforeThePrecomputedYearsAndOnTheirFirstAndLastDays() {
    // given
    var france = FrenchCalendars.metropolitan();
    // when / then
    assertThat(france.isHoliday(LocalDate.of(1899, 12, 25))).isTrue();
    assertThat(france.isHoliday(LocalDate.of(1899, 12, 31))).isFalse();
    assertThat(france.isHoliday(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(france.isHoliday(LocalDate.of(2199, 12, 25))).isTrue();
    assertThat(france.isHoliday(LocalDate.of(2199, 12, 31))).isFalse();
    assertThat(france.isHoliday(LocalDate.of(2200, 1, 1))).isTrue();
    assertThat(france.toString()).isEqualTo("FR");
    assertThat(france.id()).isEqualTo("FR");
  }

  @Test
  void easterIsASundayBetweenTheTwentySecondOfMarchAndTheTwentyFifthOfAprilInAnyYear() {
    // given
    int[] years = {-999_999_999, -2, -1, 0, 1, 1583, 2024, 999_999_999};
    for (int year : years) {
      // when
      LocalDate easter = HolidayRule.easterSunday(year);
      // then
      assertThat(easter.getDayOfWeek()).as("%d", year).isEqualTo(java.time.DayOfWeek.SUNDAY);
      assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    }
    assertThat(HolidayRule.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
  }
}
