package org.areso.rules.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.Departement;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks every calendar against jollyday for every year from 1990 to 2100, on weekdays
 * (weekends are not worked either way). Every difference must be a known one, listed below with
 * its reason; any other is a bug on one side and fails the test.
 */
class JollydayCrossCheckTest {

  private static final int FROM = 1990;
  private static final int TO = 2100;

  /**
   * Known differences: calendar id, then "+" (Areso only) or "-" (jollyday only) and the holiday's
   * holiday (Areso's English name, or jollyday's key), or
   * {@code year:label} when limited to one year), with the reason.
   */
  private static final Map<String, String> KNOWN = new TreeMap<>(Map.ofEntries(
      Map.entry("FR +2004:Whit Monday",
          "Whit Monday 2004 was still a holiday: the solidarity day replaced it from 2005 (loi 2004-626); jollyday drops it from 2004"),
      Map.entry("FR-57 +2004:Whit Monday",
          "Whit Monday 2004 was still a holiday: the solidarity day replaced it from 2005 (loi 2004-626); jollyday drops it from 2004"),
      Map.entry("FR-68 +2004:Whit Monday",
          "Whit Monday 2004 was still a holiday: the solidarity day replaced it from 2005 (loi 2004-626); jollyday drops it from 2004"),
      Map.entry("FR-971 +2004:Whit Monday",
          "Whit Monday 2004 was still a holiday: the solidarity day replaced it from 2005 (loi 2004-626); jollyday drops it from 2004"),
      Map.entry("FR-972 +2004:Whit Monday",
          "Whit Monday 2004 was still a holiday: the solidarity day replaced it from 2005 (loi 2004-626); jollyday drops it from 2004"),
      Map.entry("FR-973 +2004:Whit Monday",
          "Whit Monday 2004 was still a holiday: the solidarity day replaced it from 2005 (loi 2004-626); jollyday drops it from 2004"),
      Map.entry("FR-974 +2004:Whit Monday",
          "Whit Monday 2004 was still a holiday: the solidarity day replaced it from 2005 (loi 2004-626); jollyday drops it from 2004"),
      Map.entry("FR-977 +2004:Whit Monday",
          "Whit Monday 2004 was still a holiday: the solidarity day replaced it from 2005 (loi 2004-626); jollyday drops it from 2004"),
      Map.entry("FR-978 +2004:Whit Monday",
          "Whit Monday 2004 was still a holiday: the solidarity day replaced it from 2005 (loi 2004-626); jollyday drops it from 2004"),
      Map.entry("FR-976 -2005:christian.WHIT_MONDAY",
          "jollyday keeps Whit Monday in Mayotte every year; Areso applies the 2005-2007 solidarity day there too"),
      Map.entry("FR-976 -2006:christian.WHIT_MONDAY",
          "jollyday keeps Whit Monday in Mayotte every year; Areso applies the 2005-2007 solidarity day there too"),
      Map.entry("FR-976 -2007:christian.WHIT_MONDAY",
          "jollyday keeps Whit Monday in Mayotte every year; Areso applies the 2005-2007 solidarity day there too"),
      Map.entry("FR-976 -islamic.ID_UL_ADHA",
          "jollyday lists Eid al-Adha in Mayotte; it is not in L.3133-1 nor L.3422-2, and Mayotte's local holidays are not modelled"),
      Map.entry("CH-AI +All Saints' Day",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-AI +Assumption",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-AI +Immaculate Conception",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-JU +All Saints' Day",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-JU +Assumption",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-LU +Easter Monday",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-NW +Easter Monday",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-OW +Easter Monday",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-ZG +Easter Monday",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-OW +Whit Monday",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-SZ +Whit Monday",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-UR +Whit Monday",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-TI +Whit Monday",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-NW +St Joseph's Day",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-UR +St Joseph's Day",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-TI +St Joseph's Day",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-SZ +Epiphany",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-UR +Epiphany",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-TG +Labour Day",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-TI +Labour Day",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-TI +Corpus Christi",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-TI +Sts Peter and Paul",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-VD +Federal Fast Monday",
          "jollyday marks it an observance only; Areso's unverified cantonal list makes it a holiday"),
      Map.entry("CH-LU +Whit Monday",
          "Areso's unverified cantonal list includes it; jollyday does not list it"),
      Map.entry("CH-NW +Whit Monday",
          "Areso's unverified cantonal list includes it; jollyday does not list it"),
      Map.entry("CH-ZG +Whit Monday",
          "Areso's unverified cantonal list includes it; jollyday does not list it"),
      Map.entry("CH-JU +Berchtold's Day",
          "Areso's unverified cantonal list includes it; jollyday does not list it"),
      Map.entry("CH-NE +2 January (1 January on a Sunday)",
          "Neuchâtel's Monday after a Sunday 1 January, as we read its law (unverified); jollyday has no such rule"),
      Map.entry("CH-NE +26 December (Christmas on a Sunday)",
          "Neuchâtel's Monday after a Sunday Christmas, as we read its law (unverified); jollyday has no such rule"),
      Map.entry("CH-AG -ALL_SAINTS",
          "jollyday lists it; Areso's unverified cantonal list leaves it out (legal only in some districts or communes, as we read it)"),
      Map.entry("CH-AG -ASSUMPTION_DAY",
          "jollyday lists it; Areso's unverified cantonal list leaves it out (legal only in some districts or communes, as we read it)"),
      Map.entry("CH-AG -IMMACULATE_CONCEPTION",
          "jollyday lists it; Areso's unverified cantonal list leaves it out (legal only in some districts or communes, as we read it)"),
      Map.entry("CH-AG -STEPHENS",
          "jollyday lists it; Areso's unverified cantonal list leaves it out (legal only in some districts or communes, as we read it)"),
      Map.entry("CH-AG -ST_BERCHTHOLD",
          "jollyday lists it; Areso's unverified cantonal list leaves it out (legal only in some districts or communes, as we read it)"),
      Map.entry("CH-AG -christian.CORPUS_CHRISTI",
          "jollyday lists it; Areso's unverified cantonal list leaves it out (legal only in some districts or communes, as we read it)"),
      Map.entry("CH-AG -christian.EASTER_MONDAY",
          "jollyday lists it; Areso's unverified cantonal list leaves it out (legal only in some districts or communes, as we read it)"),
      Map.entry("CH-AG -christian.WHIT_MONDAY",
          "jollyday lists it; Areso's unverified cantonal list leaves it out (legal only in some districts or communes, as we read it)"),
      Map.entry("CH-FR -STEPHENS",
          "jollyday lists it; Areso's unverified cantonal list leaves it out (legal only in some districts or communes, as we read it)"),
      Map.entry("CH-FR -ST_BERCHTHOLD",
          "jollyday lists it; Areso's unverified cantonal list leaves it out (legal only in some districts or communes, as we read it)"),
      Map.entry("CH-FR -christian.WHIT_MONDAY",
          "jollyday lists it; Areso's unverified cantonal list leaves it out (legal only in some districts or communes, as we read it)"),
      Map.entry("CH-NE -LABOUR_DAY",
          "jollyday lists it; Areso's unverified cantonal list leaves it out (legal only in some districts or communes, as we read it)"),
      Map.entry("CH-SO -IMMACULATE_CONCEPTION",
          "jollyday lists it; Areso's unverified cantonal list leaves it out (legal only in some districts or communes, as we read it)"),
      Map.entry("CH-SO -LABOUR_DAY",
          "jollyday lists it; Areso's unverified cantonal list leaves it out (legal only in some districts or communes, as we read it)")));

  @Test
  void everyDifferenceWithJollydayFrom1990To2100IsAKnownOne() {
    // given
    Map<String, String> unexplained = new TreeMap<>();
    Set<String> seenKnown = new TreeSet<>();
    // when
    compare("FR", FrenchCalendars.metropolitan(), HolidayCalendar.FRANCE, new String[0],
        unexplained, seenKnown);
    compare("FR-57", FrenchCalendars.of(Departement.parse("57").get()), HolidayCalendar.FRANCE,
        new String[] {"57"}, unexplained, seenKnown);
    compare("FR-68", FrenchCalendars.of(Departement.parse("68").get()), HolidayCalendar.FRANCE,
        new String[] {"68"}, unexplained, seenKnown);
    String[][] overseas = {{"971", "GUADELOUPE"}, {"972", "MARTINIQUE"}, {"973", "FRENCH_GUIANA"},
        {"974", "REUNION"}, {"976", "MAYOTTE"}, {"977", "SAINT_BARTHELEMY"},
        {"978", "SAINT_MARTIN"}};
    for (String[] row : overseas) {
      compare("FR-" + row[0], FrenchCalendars.of(Departement.parse(row[0]).get()),
          HolidayCalendar.valueOf(row[1]), new String[0], unexplained, seenKnown);
    }
    for (Canton canton : Canton.values()) {
      compare("CH-" + canton.name(), SwissCalendars.of(canton), HolidayCalendar.SWITZERLAND,
          new String[] {canton.name().toLowerCase(java.util.Locale.ROOT)}, unexplained,
          seenKnown);
    }
    // then
    assertThat(unexplained).as("differences with jollyday that no known difference explains")
        .isEmpty();
    assertThat(seenKnown).as("known differences that no longer occur")
        .containsExactlyInAnyOrderElementsOf(KNOWN.keySet());
  }

  private static void compare(String id, org.areso.rules.calendar.HolidayCalendar areso,
      HolidayCalendar country, String[] args, Map<String, String> unexplained,
      Set<String> seenKnown) {
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(country));
    for (int year = FROM; year <= TO; year++) {
      Map<LocalDate, String> theirs = manager.getHolidays(Year.of(year),
          HolidayType.PUBLIC_HOLIDAY, args).stream().filter(h -> isWeekday(h.getDate()))
          .collect(Collectors.toMap(h -> h.getDate(), h -> h.getPropertiesKey(), (a, b) -> a));
      Map<LocalDate, String> ours = areso.holidays(year).filter(h -> isWeekday(h.date()))
          .toJavaMap(h -> io.vavr.Tuple.of(h.date(), h.name().en()));
      ArrayList<String> diffs = new ArrayList<>();
      ours.forEach((d, name) -> {
        if (!theirs.containsKey(d)) {
          diffs.add("+" + name);
        }
      });
      theirs.forEach((d, key) -> {
        if (!ours.containsKey(d)) {
          diffs.add("-" + key);
        }
      });
      for (String diff : diffs) {
        String general = id + " " + diff;
        String yearly = id + " " + diff.charAt(0) + year + ":" + diff.substring(1);
        if (KNOWN.containsKey(general)) {
          seenKnown.add(general);
        } else if (KNOWN.containsKey(yearly)) {
          seenKnown.add(yearly);
        } else {
          unexplained.merge(general, Integer.toString(year), (a, b) -> a + "," + b);
        }
      }
    }
  }

  private static boolean isWeekday(LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

}
