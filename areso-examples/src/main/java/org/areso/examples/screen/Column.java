package org.areso.examples.screen;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;

/**
 * A column of the screening CSV that Areso reads, and where its cell goes: the row's identifier,
 * a {@link Structure} attribute through the builder's text setter, or a fact of the request.
 * Header names are matched ignoring case and surrounding spaces. An empty cell is unknown; in the
 * {@code finess_category}, {@code casf_item} and {@code funding} cells, {@code none} ({@code aucun},
 * {@code aucune}, in any case) is known to be none, as the builder reads it.
 */
enum Column {
  /** The host's identifier of the row, required, copied to the output. */
  ID("id", null),
  /** The structure's name. */
  NAME("name", StructureBuilder::name),
  /** {@code FR} or {@code CH}. */
  COUNTRY("country", StructureBuilder::country),
  /** The SIRET, Luhn-checked. */
  SIRET("siret", StructureBuilder::siret),
  /** The SIREN, Luhn-checked (optional: the SIRET gives it). */
  SIREN("siren", StructureBuilder::siren),
  /** The FINESS number. */
  FINESS("finess", StructureBuilder::finess),
  /** The Swiss UID. */
  UID("uid", StructureBuilder::uid),
  /** The FINESS category, such as {@code 214}, or {@code none}. */
  FINESS_CATEGORY("finess_category", StructureBuilder::finessCategory),
  /**
   * The CASF L.312-1 I items, {@code |}-separated, such as {@code 8} or {@code 5a|7}, or
   * {@code none}.
   */
  CASF_ITEM("casf_item", StructureBuilder::casfItems),
  /** The funders, {@code |}-separated, such as {@code P177|ARS}, or {@code none}. */
  FUNDING("funding", StructureBuilder::fundingSources),
  /** The legal form. */
  LEGAL_FORM("legal_form", StructureBuilder::legalForm),
  /** The headcount. */
  HEADCOUNT("headcount", StructureBuilder::headcount),
  /** {@code yes} or {@code no} (also oui/non, true/false, 1/0). */
  STAFF_REPRESENTATION("staff_representation", StructureBuilder::staffRepresentation),
  /** The French region, by INSEE code or name. */
  REGION("region", StructureBuilder::region),
  /** The French département. */
  DEPARTEMENT("departement", StructureBuilder::departement),
  /** The Swiss canton. */
  CANTON("canton", StructureBuilder::canton),
  /** The requested format's identifier, a fact of the request. */
  FORMAT("format", null),
  /** The request's context: curative, preventive or learning, a fact of the request. */
  CONTEXT("context", null);

  private static final Column[] ALL = values();

  private final String header;
  private final BiConsumer<StructureBuilder, String> setter;

  Column(String header, BiConsumer<StructureBuilder, String> setter) {
    this.header = header;
    this.setter = setter;
  }

  /**
   * The column's name in the header.
   *
   * @return the name, lower case
   */
  String header() {
    return header;
  }

  /** Whether the cell goes to the structure's builder. */
  boolean isStructure() {
    return setter != null;
  }

  /** Gives the cell to the structure's builder; only for {@link #isStructure()} columns. */
  void set(StructureBuilder builder, String cell) {
    setter.accept(builder, cell);
  }

  /**
   * The column a header cell names.
   *
   * @param name the header cell, not null
   * @return the column, or empty for a column Areso ignores
   */
  static Optional<Column> named(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    for (Column column : ALL) {
      if (column.header.equals(key)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }
}
