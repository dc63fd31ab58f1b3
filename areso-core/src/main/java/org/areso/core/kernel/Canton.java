package org.areso.core.kernel;

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
  /** Zurich. */ ZH("Zurich"),
  /** Bern / Berne. */ BE("Berne"),
  /** Lucerne. */ LU("Lucerne"),
  /** Uri. */ UR("Uri"),
  /** Schwyz. */ SZ("Schwyz"),
  /** Obwalden. */ OW("Obwald"),
  /** Nidwalden. */ NW("Nidwald"),
  /** Glarus. */ GL("Glaris"),
  /** Zug. */ ZG("Zoug"),
  /** Fribourg. */ FR("Fribourg"),
  /** Solothurn. */ SO("Soleure"),
  /** Basel-Stadt. */ BS("Bâle-Ville"),
  /** Basel-Landschaft. */ BL("Bâle-Campagne"),
  /** Schaffhausen. */ SH("Schaffhouse"),
  /** Appenzell Ausserrhoden. */ AR("Appenzell Rhodes-Extérieures"),
  /** Appenzell Innerrhoden. */ AI("Appenzell Rhodes-Intérieures"),
  /** St. Gallen. */ SG("Saint-Gall"),
  /** Graubünden. */ GR("Grisons"),
  /** Aargau. */ AG("Argovie"),
  /** Thurgau. */ TG("Thurgovie"),
  /** Ticino. */ TI("Tessin"),
  /** Vaud. */ VD("Vaud"),
  /** Valais / Wallis. */ VS("Valais"),
  /** Neuchâtel. */ NE("Neuchâtel"),
  /** Geneva / Genève. */ GE("Genève"),
  /** Jura. */ JU("Jura");

  /** The field name used in reasons. */
  public static final String FIELD = "canton";

  private static final Map<String, Canton> BY_CODE =
      List.of(values()).toMap(c -> c.name(), c -> c);

  private final String frenchName;

  Canton(String frenchName) {
    this.frenchName = frenchName;
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
   * Reads a canton's two-letter abbreviation ({@code VD}, {@code ge}), in any case.
   *
   * @param raw the text, not null
   * @return the canton, or {@code FIELD_BLANK} / {@code UNKNOWN_VALUE}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, Canton> parse(String raw) {
    return Input.code(FIELD, raw, BY_CODE, List.of(values()).map(Canton::name));
  }
}
