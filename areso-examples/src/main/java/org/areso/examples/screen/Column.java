package org.areso.examples.screen;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;

/**
 * A column of the screening CSV that Areso reads, and where its cell goes: the row's identifier,
 * a {@link Structure} attribute through the builder's text setter, or a fact of the request; its
 * {@link #description()} says what it holds, for {@code areso screen --help}. Header names are
 * matched ignoring case and surrounding spaces. An empty cell is unknown; in the
 * {@code finess_category}, {@code casf_item} and {@code funding} cells, {@code none} ({@code aucun},
 * {@code aucune}, in any case) is known to be none, as the builder reads it.
 */
public enum Column {
  ID("id", null, "the host's identifier of the row, required, copied to the output (at most "
      + Screening.MAX_ID_LENGTH + " characters)"),
  NAME("name", StructureBuilder::name, "the structure's name"),
  COUNTRY("country", StructureBuilder::country, "FR or CH"),
  SIRET("siret", StructureBuilder::siret, "the SIRET, Luhn-checked"),
  SIREN("siren", StructureBuilder::siren, "the SIREN, Luhn-checked (optional: the SIRET gives it)"),
  FINESS("finess", StructureBuilder::finess, "the FINESS number, its check digit verified"),
  UID("uid", StructureBuilder::uid, "the Swiss UID, its check digit verified"),
  FINESS_CATEGORY("finess_category", StructureBuilder::finessCategory,
      "the FINESS category, such as 214, or none"),
  CASF_ITEM("casf_item", StructureBuilder::casfItems,
      "the CASF L.312-1 I items, |-separated, such as 8 or 5a|7, or none"),
  FUNDING("funding", StructureBuilder::fundingSources,
      "the funders, |-separated, such as P177|ARS, or none"),
  LEGAL_FORM("legal_form", StructureBuilder::legalForm,
      "the legal form, such as association, fondation, company"),
  HEADCOUNT("headcount", StructureBuilder::headcount, "the headcount, a whole number"),
  STAFF_REPRESENTATION("staff_representation", StructureBuilder::staffRepresentation,
      "yes or no (also oui/non, true/false, 1/0)"),
  REGION("region", StructureBuilder::region,
      "the French region, by INSEE code or name (the département gives it)"),
  DEPARTEMENT("departement", StructureBuilder::departement, "the French département"),
  CANTON("canton", StructureBuilder::canton, "the Swiss canton"),
  FORMAT("format", null, "the requested format's identifier, a fact of the request"),
  CONTEXT("context", null,
      "the request's context: curative, preventive or learning, a fact of the request");

  private static final Column[] ALL = values();

  private final String header;
  private final BiConsumer<StructureBuilder, String> setter;
  private final String description;

  Column(String header, BiConsumer<StructureBuilder, String> setter, String description) {
    this.header = header;
    this.setter = setter;
    this.description = description;
  }

  /**
   * The column's name in the header.
   *
   * @return the name, lower case
   */
  public String header() {
    return header;
  }

  /**
   * What the column holds, in English, for a person.
   *
   * @return the description, on one line, never null
   */
  public String description() {
    return description;
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
