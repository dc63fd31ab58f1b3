package org.areso.rules.calendar;

import static java.util.Objects.requireNonNull;
import static org.areso.rules.calendar.HolidayRule.easter;
import static org.areso.rules.calendar.HolidayRule.fixed;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;

/**
 * The Swiss working calendars: 1 August, the federal holiday (Constitution, article 110 al. 3),
 * plus each canton's holidays assimilated to Sundays (Labour Act, LTr, article 20a al. 1).
 *
 * <p>The cantonal lists were written from secondary sources and not checked against each canton's
 * law: their references say so ({@link LegalReference#isVerified()} is false). Where a holiday is
 * legal only in some communes or districts of a canton, it is left out. One shared calendar per
 * canton; immutable and thread-safe.
 */
public final class SwissCalendars {

  private static final LegalReference FEDERAL = LegalReference.builder().code("Cst.")
      .article("110").item("al. 3").url("https://www.fedlex.admin.ch/eli/cc/1999/404/fr")
      .verified(false).build().get();

  private static final Map<Canton, HolidayCalendar> BY_CANTON = build();

  private SwissCalendars() {}

  /**
   * The calendar of a canton: 1 August and the canton's own holidays.
   *
   * @param canton the canton, not null
   * @return the calendar, never null
   * @throws NullPointerException if canton is null (a programmer error)
   */
  public static HolidayCalendar of(Canton canton) {
    return BY_CANTON.get(requireNonNull(canton, "canton")).get();
  }

  /**
   * The holidays of each canton, as keys; see {@link #rule(String, LegalReference)}.
   * Sources: cantonal summaries of the State Secretariat for Economic Affairs and cantonal
   * websites, read second-hand; not verified.
   */
  private static Map<Canton, String> table() {
    return HashMap.ofEntries(
        io.vavr.Tuple.of(Canton.ZH, "NY GF EM MAY1 ASC WM XMAS STEPH"),
        io.vavr.Tuple.of(Canton.BE, "NY BERCH GF EM ASC WM XMAS STEPH"),
        io.vavr.Tuple.of(Canton.LU, "NY GF EM ASC WM CORPUS ASSUM ALLS IMMAC XMAS STEPH"),
        io.vavr.Tuple.of(Canton.UR,
            "NY EPIPH JOSEPH GF EM ASC WM CORPUS ASSUM ALLS IMMAC XMAS STEPH"),
        io.vavr.Tuple.of(Canton.SZ,
            "NY EPIPH JOSEPH GF EM ASC WM CORPUS ASSUM ALLS IMMAC XMAS STEPH"),
        io.vavr.Tuple.of(Canton.OW,
            "NY GF EM ASC WM CORPUS ASSUM KLAUS ALLS IMMAC XMAS STEPH"),
        io.vavr.Tuple.of(Canton.NW,
            "NY JOSEPH GF EM ASC WM CORPUS ASSUM ALLS IMMAC XMAS STEPH"),
        io.vavr.Tuple.of(Canton.GL, "NY NAEFELS GF EM ASC WM ALLS XMAS STEPH"),
        io.vavr.Tuple.of(Canton.ZG, "NY GF EM ASC WM CORPUS ASSUM ALLS IMMAC XMAS STEPH"),
        io.vavr.Tuple.of(Canton.FR, "NY GF ASC CORPUS ASSUM ALLS IMMAC XMAS"),
        io.vavr.Tuple.of(Canton.SO, "NY GF ASC CORPUS ASSUM ALLS XMAS"),
        io.vavr.Tuple.of(Canton.BS, "NY GF EM MAY1 ASC WM XMAS STEPH"),
        io.vavr.Tuple.of(Canton.BL, "NY GF EM MAY1 ASC WM XMAS STEPH"),
        io.vavr.Tuple.of(Canton.SH, "NY BERCH GF EM MAY1 ASC WM XMAS STEPH"),
        io.vavr.Tuple.of(Canton.AR, "NY GF EM ASC WM XMAS STEPH"),
        io.vavr.Tuple.of(Canton.AI,
            "NY GF EM ASC WM CORPUS ASSUM MAURITIUS ALLS IMMAC XMAS STEPH"),
        io.vavr.Tuple.of(Canton.SG, "NY GF EM ASC WM ALLS XMAS STEPH"),
        io.vavr.Tuple.of(Canton.GR, "NY GF EM ASC WM XMAS STEPH"),
        io.vavr.Tuple.of(Canton.AG, "NY GF ASC XMAS"),
        io.vavr.Tuple.of(Canton.TG, "NY BERCH GF EM MAY1 ASC WM XMAS STEPH"),
        io.vavr.Tuple.of(Canton.TI,
            "NY EPIPH JOSEPH EM MAY1 ASC WM CORPUS PETER ASSUM ALLS IMMAC XMAS STEPH"),
        io.vavr.Tuple.of(Canton.VD, "NY BERCH GF EM ASC WM FASTMON XMAS"),
        io.vavr.Tuple.of(Canton.VS, "NY JOSEPH ASC CORPUS ASSUM ALLS IMMAC XMAS"),
        io.vavr.Tuple.of(Canton.NE, "NY JAN2SUN REPUB GF ASC XMAS DEC26SUN"),
        io.vavr.Tuple.of(Canton.GE, "NY GF EM ASC WM GEFAST XMAS RESTOR"),
        io.vavr.Tuple.of(Canton.JU,
            "NY BERCH GF EM MAY1 ASC WM CORPUS JURA ASSUM ALLS XMAS"));
  }

  private static Map<Canton, HolidayCalendar> build() {
    return table().map((canton, keys) -> {
      LegalReference cantonal = LegalReference.builder().code("LTr").article("20a")
          .item("al. 1, canton " + canton.name()).verified(false).build().get();
      List<HolidayRule> rules = List.of(keys.split(" ")).map(key -> rule(key, cantonal))
          .append(fixed(8, 1, Text.of("Fête nationale", "Swiss National Day"), FEDERAL));
      return io.vavr.Tuple.of(canton, new HolidayCalendar("CH-" + canton.name(), rules));
    });
  }

  private static HolidayRule rule(String key, LegalReference ref) {
    return switch (key) {
      case "NY" -> fixed(1, 1, Text.of("Nouvel an", "New Year's Day"), ref);
      case "BERCH" -> fixed(1, 2, Text.of("Saint-Berthold", "Berchtold's Day"), ref);
      case "JAN2SUN" -> new HolidayRule(Text.of("2 janvier (1er janvier un dimanche)",
          "2 January (1 January on a Sunday)"), ref, year -> onSunday(year, 1, 1));
      case "EPIPH" -> fixed(1, 6, Text.of("Épiphanie", "Epiphany"), ref);
      case "REPUB" -> fixed(3, 1, Text.of("Instauration de la République",
          "Republic Day"), ref);
      case "JOSEPH" -> fixed(3, 19, Text.of("Saint-Joseph", "St Joseph's Day"), ref);
      case "NAEFELS" -> new HolidayRule(Text.of("Fahrtsfest de Näfels", "Näfelser Fahrt"), ref,
          year -> Option.some(HolidayRule.naefelserFahrt(year)));
      case "GF" -> easter(-2, Text.of("Vendredi saint", "Good Friday"), ref);
      case "EM" -> easter(1, Text.of("Lundi de Pâques", "Easter Monday"), ref);
      case "MAY1" -> fixed(5, 1, Text.of("Fête du travail", "Labour Day"), ref);
      case "ASC" -> easter(39, Text.of("Ascension", "Ascension Day"), ref);
      case "WM" -> easter(50, Text.of("Lundi de Pentecôte", "Whit Monday"), ref);
      case "CORPUS" -> easter(60, Text.of("Fête-Dieu", "Corpus Christi"), ref);
      case "JURA" -> fixed(6, 23, Text.of("Commémoration du plébiscite jurassien",
          "Jura Independence Day"), ref);
      case "PETER" -> fixed(6, 29, Text.of("Saint-Pierre et Saint-Paul",
          "Sts Peter and Paul"), ref);
      case "ASSUM" -> fixed(8, 15, Text.of("Assomption", "Assumption"), ref);
      case "GEFAST" -> new HolidayRule(Text.of("Jeûne genevois", "Genevan Fast"), ref,
          year -> Option.some(HolidayRule.genevanFast(year)));
      case "FASTMON" -> new HolidayRule(Text.of("Lundi du Jeûne fédéral",
          "Federal Fast Monday"), ref, year -> Option.some(HolidayRule.federalFastMonday(year)));
      case "MAURITIUS" -> fixed(9, 22, Text.of("Saint-Maurice", "St Maurice's Day"), ref);
      case "KLAUS" -> fixed(9, 25, Text.of("Saint-Nicolas de Flüe", "St Nicholas of Flüe"), ref);
      case "ALLS" -> fixed(11, 1, Text.of("Toussaint", "All Saints' Day"), ref);
      case "IMMAC" -> fixed(12, 8, Text.of("Immaculée Conception", "Immaculate Conception"), ref);
      case "XMAS" -> fixed(12, 25, Text.of("Noël", "Christmas Day"), ref);
      case "STEPH" -> fixed(12, 26, Text.of("Saint-Étienne", "St Stephen's Day"), ref);
      case "DEC26SUN" -> new HolidayRule(Text.of("26 décembre (Noël un dimanche)",
          "26 December (Christmas on a Sunday)"), ref, year -> onSunday(year, 12, 25));
      case "RESTOR" -> fixed(12, 31, Text.of("Restauration de la République",
          "Restoration of the Republic"), ref);
      default -> throw new IllegalStateException("unknown holiday key " + key);
    };
  }

  private static Option<java.time.LocalDate> onSunday(int year, int month, int day) {
    java.time.LocalDate date = java.time.LocalDate.of(year, month, day);
    return date.getDayOfWeek() == java.time.DayOfWeek.SUNDAY
        ? Option.some(date.plusDays(1)) : Option.none();
  }
}
