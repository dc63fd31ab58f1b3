package org.areso.examples.screen;

import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.Country;
import org.areso.core.kernel.Departement;
import org.areso.core.kernel.Finess;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.Region;
import org.areso.core.kernel.Siren;
import org.areso.core.kernel.Siret;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;
import org.areso.core.kernel.SwissUid;

/**
 * A column of the screening CSV that Areso reads, and where its cell goes: the row's identifier,
 * a {@link Structure} attribute through the builder's text setter, or a fact of the request; its
 * {@link #description()} says what it holds, for {@code areso screen --help}. Header names are
 * matched ignoring case and surrounding spaces. An empty cell is unknown; in the
 * {@code finess_category}, {@code casf_item} and {@code funding} cells, {@code none} ({@code aucun},
 * {@code aucune}, {@code keine}, {@code kein}, {@code nessuno}, {@code nessuna}, in any case) is
 * known to be none, as the builder reads it.
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
   * The value a cell of this column gives a structure, read back from a structure built from
   * that cell alone: the attribute's typed value, none for a blank cell, or null when the column
   * has no typed setter that takes it back ({@link #NAME}, and the columns that are not
   * {@link #isStructure()}).
   */
  Option<?> attribute(Structure structure) {
    return switch (this) {
      case SIRET -> structure.siret();
      case SIREN -> structure.siren();
      case FINESS -> structure.finess();
      case UID -> structure.uid();
      case COUNTRY -> structure.country();
      case FINESS_CATEGORY -> structure.finessCategory();
      case CASF_ITEM -> structure.casfItems();
      case FUNDING -> structure.fundingSources();
      case LEGAL_FORM -> structure.legalForm();
      case HEADCOUNT -> structure.headcount();
      case STAFF_REPRESENTATION -> structure.hasStaffRepresentation();
      case REGION -> structure.region();
      case DEPARTEMENT -> structure.departement();
      case CANTON -> structure.canton();
      default -> null;
    };
  }

  /**
   * Gives the builder a value {@link #attribute} read, through the typed setter: the same as
   * giving it the cell the value was read from, without reading the cell again.
   */
  @SuppressWarnings("unchecked")
  void setTyped(StructureBuilder builder, Object value) {
    switch (this) {
      case SIRET -> builder.siret((Siret) value);
      case SIREN -> builder.siren((Siren) value);
      case FINESS -> builder.finess((Finess) value);
      case UID -> builder.uid((SwissUid) value);
      case COUNTRY -> builder.country((Country) value);
      case FINESS_CATEGORY -> builder.finessCategory((FinessCategory) value);
      case CASF_ITEM -> builder.casfItems((Set<CasfItem>) value);
      case FUNDING -> builder.fundingSources((Set<FundingSource>) value);
      case LEGAL_FORM -> builder.legalForm((LegalForm) value);
      case HEADCOUNT -> builder.headcount((Integer) value);
      case STAFF_REPRESENTATION -> builder.staffRepresentation((Boolean) value);
      case REGION -> builder.region((Region) value);
      case DEPARTEMENT -> builder.departement((Departement) value);
      case CANTON -> builder.canton((Canton) value);
      default -> throw new IllegalStateException("no typed setter for " + header);
    }
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
