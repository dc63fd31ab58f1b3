package org.areso.rules.calendar;

import static java.util.Objects.requireNonNull;
import static org.areso.rules.calendar.HolidayRule.easter;
import static org.areso.rules.calendar.HolidayRule.fixed;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import org.areso.core.kernel.Departement;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;

/**
 * The French working calendars: the public holidays of the labour code (article L.3133-1), with
 * Good Friday and 26 December in Alsace-Moselle (article L.3134-13) and the day commemorating the
 * abolition of slavery overseas (article L.3422-2).
 *
 * <p>Whit Monday is not a holiday from 2005 to 2007, when it was the solidarity day by law
 * (loi n° 2004-626); 8 May is a holiday from 1982 (loi n° 81-893). In Alsace-Moselle, Good Friday
 * is applied in the whole département, as is the practice, although the text names communes with
 * a Protestant or mixed church. One shared calendar per variant; immutable and thread-safe.
 */
public final class FrenchCalendars {

  private static final LegalReference L3133_1 = reference("L.3133-1", "", false);
  private static final LegalReference L3134_13 = reference("L.3134-13", "", false);
  private static final LegalReference L3422_2 = reference("L.3422-2", "", false);
  private static final LegalReference DECRET_83_1003 = LegalReference.builder()
      .code("Décret n° 83-1003 du 23 novembre 1983 (modifié en 2018)").article("1").url("")
      .verified(false).build().get();

  private static final List<HolidayRule> NATIONAL = List.of(
      fixed(1, 1, Text.of("Jour de l'an", "New Year's Day"), L3133_1),
      easter(1, Text.of("Lundi de Pâques", "Easter Monday"), L3133_1),
      fixed(5, 1, Text.of("Fête du travail", "Labour Day"), L3133_1),
      fixed(5, 8, Text.of("Victoire 1945", "Victory in Europe Day"), L3133_1).between(1982, 9999),
      easter(39, Text.of("Ascension", "Ascension Day"), L3133_1),
      easter(50, Text.of("Lundi de Pentecôte", "Whit Monday"), L3133_1).except(2005, 2007),
      fixed(7, 14, Text.of("Fête nationale", "National Day"), L3133_1),
      fixed(8, 15, Text.of("Assomption", "Assumption"), L3133_1),
      fixed(11, 1, Text.of("Toussaint", "All Saints' Day"), L3133_1),
      fixed(11, 11, Text.of("Armistice 1918", "Armistice Day"), L3133_1),
      fixed(12, 25, Text.of("Noël", "Christmas Day"), L3133_1));

  private static final HolidayCalendar METROPOLITAN = new HolidayCalendar("FR", NATIONAL);
  private static final HolidayCalendar ALSACE_MOSELLE = new HolidayCalendar("FR-57-67-68",
      NATIONAL.appendAll(List.of(
          easter(-2, Text.of("Vendredi saint", "Good Friday"), L3134_13),
          fixed(12, 26, Text.of("Saint-Étienne", "St Stephen's Day"), L3134_13))));
  private static final Map<String, HolidayCalendar> OVERSEAS = HashMap.ofEntries(
      overseas("971", 5, 27), overseas("972", 5, 22), overseas("973", 6, 10),
      overseas("974", 12, 20), overseas("976", 4, 27), overseas("977", 10, 9),
      saintMartin(),
      io.vavr.Tuple.of("975", new HolidayCalendar("FR-975", NATIONAL)));

  private FrenchCalendars() {}

  /**
   * The calendar of metropolitan France outside Alsace-Moselle.
   *
   * @return the calendar, never null
   */
  public static HolidayCalendar metropolitan() {
    return METROPOLITAN;
  }

  /**
   * The calendar of a département: Alsace-Moselle (57, 67, 68) adds Good Friday and 26 December;
   * overseas adds the abolition of slavery (Guadeloupe 27 May, Saint-Martin 28 May from 2018 and
   * 27 May before, Martinique 22 May, Guyane 10 June, Réunion 20 December, Mayotte 27 April,
   * Saint-Barthélemy 9 October; Saint-Pierre-et-Miquelon none).
   *
   * @param departement the département, not null
   * @return the calendar, never null
   * @throws NullPointerException if departement is null (a programmer error)
   */
  public static HolidayCalendar of(Departement departement) {
    requireNonNull(departement, "departement");
    if (departement.isAlsaceMoselle()) {
      return ALSACE_MOSELLE;
    }
    return OVERSEAS.get(departement.code()).getOrElse(METROPOLITAN);
  }

  private static io.vavr.Tuple2<String, HolidayCalendar> overseas(String code, int month,
      int day) {
    return io.vavr.Tuple.of(code, new HolidayCalendar("FR-" + code, NATIONAL.append(
        fixed(month, day, Text.of("Abolition de l'esclavage", "Abolition of slavery"),
            L3422_2))));
  }

  /**
   * Saint-Martin: 27 May when décret n° 2012-553 added it to the list of décret n° 83-1003, 28 May
   * since the décret of 2018 that followed the territorial council's request of November 2015
   * (the proclamation reached the island the day after Guadeloupe's). The 2018 text was not read
   * here: the reference is marked unverified.
   */
  private static io.vavr.Tuple2<String, HolidayCalendar> saintMartin() {
    Text name = Text.of("Abolition de l'esclavage", "Abolition of slavery");
    return io.vavr.Tuple.of("978", new HolidayCalendar("FR-978", NATIONAL.appendAll(List.of(
        fixed(5, 27, name, L3422_2).between(0, 2017),
        fixed(5, 28, name, DECRET_83_1003).between(2018, 9999)))));
  }

  private static LegalReference reference(String article, String url, boolean verified) {
    return LegalReference.builder().code("Code du travail").article(article).url(url)
        .verified(verified).build().get();
  }
}
