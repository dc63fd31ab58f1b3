package org.areso.core.kernel;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * A French département by its INSEE code: {@code 01}–{@code 95} with {@code 2A} and {@code 2B} for
 * Corsica, {@code 971}–{@code 976} overseas, and the overseas collectivities {@code 975}
 * (Saint-Pierre-et-Miquelon), {@code 977} (Saint-Barthélemy) and {@code 978} (Saint-Martin), which
 * have their own public holidays and no region.
 *
 * <p>Immutable and thread-safe; one shared instance per code, equal when the codes are equal.
 */
public final class Departement extends CodeValue {

  /** The field name used in reasons. */
  public static final String FIELD = "departement";

  private static final Map<String, Departement> BY_CODE = table();

  private final Option<Region> region;

  private Departement(String code, Option<Region> region) {
    super(code);
    this.region = region;
  }

  private static Map<String, Departement> table() {
    Map<String, Departement> table = LinkedHashMap.empty();
    String[][] rows = {
      {"84", "01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"},
      {"32", "02", "59", "60", "62", "80"},
      {"93", "04", "05", "06", "13", "83", "84"},
      {"44", "08", "10", "51", "52", "54", "55", "57", "67", "68", "88"},
      {"76", "09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"},
      {"28", "14", "27", "50", "61", "76"},
      {"75", "16", "17", "19", "23", "24", "33", "40", "47", "64", "79", "86", "87"},
      {"24", "18", "28", "36", "37", "41", "45"},
      {"27", "21", "25", "39", "58", "70", "71", "89", "90"},
      {"53", "22", "29", "35", "56"},
      {"52", "44", "49", "53", "72", "85"},
      {"11", "75", "77", "78", "91", "92", "93", "94", "95"},
      {"94", "2A", "2B"},
      {"01", "971"}, {"02", "972"}, {"03", "973"}, {"04", "974"}, {"06", "976"},
    };
    for (String[] row : rows) {
      Region region = Region.parse(row[0]).get();
      for (int i = 1; i < row.length; i++) {
        table = table.put(row[i], new Departement(row[i], Option.some(region)));
      }
    }
    for (String collectivity : new String[] {"975", "977", "978"}) {
      table = table.put(collectivity, new Departement(collectivity, Option.none()));
    }
    return table;
  }

  /**
   * Reads a département code ({@code 75}, {@code 2a}, {@code 974}); a single digit is read with
   * its leading zero ({@code 1} is {@code 01}).
   *
   * @param raw the text, not null
   * @return the département, or {@code FIELD_BLANK} / {@code UNKNOWN_VALUE}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, Departement> parse(String raw) {
    java.util.Objects.requireNonNull(raw, "raw");
    String trimmed = Input.trim(raw);
    String padded = trimmed.length() == 1 ? "0" + trimmed : raw;
    return Input.code(FIELD, padded, BY_CODE, List.of("01…95", "2A", "2B", "971…978"));
  }

  /**
   * Every département and overseas collectivity Areso knows, in a fixed order.
   *
   * @return the 104 départements and collectivities, never null
   */
  public static Seq<Departement> all() {
    return BY_CODE.values().toList();
  }

  /**
   * The INSEE code.
   *
   * @return the code, never null
   */
  public String code() {
    return text();
  }

  /**
   * The region this département belongs to; none for the overseas collectivities 975, 977, 978.
   *
   * @return the region, never null
   */
  public Option<Region> region() {
    return region;
  }

  /**
   * Whether this is Moselle (57), Bas-Rhin (67) or Haut-Rhin (68), where local law adds Good Friday
   * and 26 December to the public holidays (labour code L.3134-13).
   *
   * @return true in Alsace-Moselle
   */
  public boolean isAlsaceMoselle() {
    String code = text();
    return code.equals("57") || code.equals("67") || code.equals("68");
  }

  /**
   * Whether this is an overseas département or collectivity (code of three digits).
   *
   * @return true overseas
   */
  public boolean isOverseas() {
    return text().length() == 3;
  }
}
