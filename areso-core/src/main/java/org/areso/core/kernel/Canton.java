package org.areso.core.kernel;

import io.vavr.Tuple;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * One of the 26 Swiss cantons, named by its official two-letter abbreviation.
 *
 * <p>Each canton sets its own public holidays on top of the federal 1 August; the calendars in
 * {@code areso-rules} hold them.
 */
public enum Canton {
  /** Zurich. */ ZH("Zurich", "Zürich", "Zurigo"),
  /** Bern / Berne. */ BE("Berne", "Bern", "Berna"),
  /** Lucerne. */ LU("Lucerne", "Luzern", "Lucerna"),
  /** Uri. */ UR("Uri"),
  /** Schwyz. */ SZ("Schwyz", "Schwytz", "Svitto"),
  /** Obwalden. */ OW("Obwald", "Obwalden", "Obvaldo"),
  /** Nidwalden. */ NW("Nidwald", "Nidwalden", "Nidvaldo"),
  /** Glarus. */ GL("Glaris", "Glarus", "Glarona"),
  /** Zug. */ ZG("Zoug", "Zug", "Zugo"),
  /** Fribourg. */ FR("Fribourg", "Freiburg", "Friburgo"),
  /** Solothurn. */ SO("Soleure", "Solothurn", "Soletta"),
  /** Basel-Stadt. */ BS("Bâle-Ville", "Basel-Stadt", "Basilea Città"),
  /** Basel-Landschaft. */ BL("Bâle-Campagne", "Basel-Landschaft", "Basilea Campagna"),
  /** Schaffhausen. */ SH("Schaffhouse", "Schaffhausen", "Sciaffusa"),
  /** Appenzell Ausserrhoden. */ AR("Appenzell Rhodes-Extérieures", "Appenzell Ausserrhoden",
      "Appenzello Esterno"),
  /** Appenzell Innerrhoden. */ AI("Appenzell Rhodes-Intérieures", "Appenzell Innerrhoden",
      "Appenzello Interno"),
  /** St. Gallen. */ SG("Saint-Gall", "St. Gallen", "Sankt Gallen", "San Gallo"),
  /** Graubünden. */ GR("Grisons", "Graubünden", "Grigioni", "Grischun"),
  /** Aargau. */ AG("Argovie", "Aargau", "Argovia"),
  /** Thurgau. */ TG("Thurgovie", "Thurgau", "Turgovia"),
  /** Ticino. */ TI("Tessin", "Ticino"),
  /** Vaud. */ VD("Vaud", "Waadt"),
  /** Valais / Wallis. */ VS("Valais", "Wallis", "Vallese"),
  /** Neuchâtel. */ NE("Neuchâtel", "Neuenburg"),
  /** Geneva / Genève. */ GE("Genève", "Genf", "Geneva", "Ginevra"),
  /** Jura. */ JU("Jura", "Giura");

  /** The field name used in reasons. */
  public static final String FIELD = "canton";

  private static final Map<String, Canton> BY_CODE =
      List.of(values()).toMap(c -> c.name(), c -> c);

  /** The cantons by their names and abbreviations, written as {@link #key} writes them. */
  private static final Map<String, Canton> BY_NAME = List.of(values())
      .flatMap(c -> c.names.prepend(c.frenchName).append(c.name())
          .map(name -> Tuple.of(key(name), c)))
      .toMap(t -> t);

  private final String frenchName;
  private final List<String> names;

  /** A canton by its French name and its other names (German, Italian, English, Romansh). */
  Canton(String frenchName, String... names) {
    this.frenchName = frenchName;
    this.names = List.of(names);
  }

  /**
   * The canton's name in French.
   *
   * @return the name, never null
   */
  public String frenchName() {
    return frenchName;
  }

  /**
   * Reads a canton's two-letter abbreviation ({@code VD}, {@code ge}) or its name in German,
   * French or Italian ({@code Zürich}, {@code Tessin}, {@code Ticino}, {@code St. Gallen},
   * {@code Genève}), in any case, with or without accents.
   *
   * @param raw the text, not null
   * @return the canton, or {@code FIELD_BLANK} / {@code UNKNOWN_VALUE} (listing the
   *     abbreviations)
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, Canton> parse(String raw) {
    Validation<Seq<Reason>, Canton> byCode =
        Input.code(FIELD, raw, BY_CODE, List.of(values()).map(Canton::name));
    if (byCode.isValid() || raw.length() > Input.MAX_CODE_LENGTH) {
      return byCode;
    }
    return BY_NAME.get(key(raw)).<Validation<Seq<Reason>, Canton>>map(Validation::valid)
        .getOrElse(byCode);
  }

  /**
   * A name as the names are looked up: upper case, without accents, an umlaut written out
   * ({@code ue}, {@code oe}, {@code ae}) as its letter, each run of spaces, dots, apostrophes and
   * hyphens one space, without a leading {@code Kanton}, {@code Canton}, {@code Cantone},
   * {@code Kt.} or {@code Ct.} and the preposition after it: {@code St. Gallen} and
   * {@code st-gallen} are {@code ST GALLEN}, {@code Zürich}, {@code Zuerich} and
   * {@code Kanton Zürich} {@code ZURICH}, {@code Canton de Vaud} {@code VAUD}.
   */
  private static String key(String name) {
    return Input.unaccented(name).replace("UE", "U").replace("OE", "O").replace("AE", "A")
        .replaceAll("[\\s.'\u2019\\-\u2010-\u2015]+", " ").strip()
        .replaceFirst("^(KANTON|CANTONE|CANTON|KT|CT) ((DE|DU|DES|D|DI|DEL|DEI|DELLO) )?", "");
  }
}
