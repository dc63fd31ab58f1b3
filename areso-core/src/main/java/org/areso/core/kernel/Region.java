package org.areso.core.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/**
 * One of the 18 French regions since 2016 (13 in metropolitan France, 5 overseas), with its INSEE
 * code.
 */
public enum Region {
  /** Guadeloupe. */ GUADELOUPE("01", "Guadeloupe"),
  /** Martinique. */ MARTINIQUE("02", "Martinique"),
  /** Guyane. */ GUYANE("03", "Guyane"),
  /** La Réunion. */ REUNION("04", "La Réunion"),
  /** Mayotte. */ MAYOTTE("06", "Mayotte"),
  /** Île-de-France. */ ILE_DE_FRANCE("11", "Île-de-France"),
  /** Centre-Val de Loire. */ CENTRE_VAL_DE_LOIRE("24", "Centre-Val de Loire"),
  /** Bourgogne-Franche-Comté. */ BOURGOGNE_FRANCHE_COMTE("27", "Bourgogne-Franche-Comté"),
  /** Normandie. */ NORMANDIE("28", "Normandie"),
  /** Hauts-de-France. */ HAUTS_DE_FRANCE("32", "Hauts-de-France"),
  /** Grand Est. */ GRAND_EST("44", "Grand Est"),
  /** Pays de la Loire. */ PAYS_DE_LA_LOIRE("52", "Pays de la Loire"),
  /** Bretagne. */ BRETAGNE("53", "Bretagne"),
  /** Nouvelle-Aquitaine. */ NOUVELLE_AQUITAINE("75", "Nouvelle-Aquitaine"),
  /** Occitanie. */ OCCITANIE("76", "Occitanie"),
  /** Auvergne-Rhône-Alpes. */ AUVERGNE_RHONE_ALPES("84", "Auvergne-Rhône-Alpes"),
  /** Provence-Alpes-Côte d'Azur. */ PROVENCE_ALPES_COTE_D_AZUR("93", "Provence-Alpes-Côte d'Azur"),
  /** Corse. */ CORSE("94", "Corse");

  /** The field name used in reasons. */
  public static final String FIELD = "region";

  private static final Map<String, Region> BY_CODE = List.of(values())
      .flatMap(r -> List.of(io.vavr.Tuple.of(r.inseeCode, r), io.vavr.Tuple.of(r.name(), r)))
      .toMap(t -> t);

  private final String inseeCode;
  private final String frenchName;

  Region(String inseeCode, String frenchName) {
    this.inseeCode = inseeCode;
    this.frenchName = frenchName;
  }

  /**
   * The region's INSEE code ({@code 84} for Auvergne-Rhône-Alpes).
   *
   * @return the code, never null
   */
  public String inseeCode() {
    return inseeCode;
  }

  /**
   * The region's name in French.
   *
   * @return the name, never null
   */
  public String frenchName() {
    return frenchName;
  }

  /**
   * Reads a region from its INSEE code ({@code 84}) or its constant name
   * ({@code AUVERGNE_RHONE_ALPES}), in any case.
   *
   * @param raw the text, not null
   * @return the region, or {@code FIELD_BLANK} / {@code UNKNOWN_VALUE}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, Region> parse(String raw) {
    return Input.code(FIELD, raw, BY_CODE, List.of(values()).map(Region::inseeCode));
  }
}
