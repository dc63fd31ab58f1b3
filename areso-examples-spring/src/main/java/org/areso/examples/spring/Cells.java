package org.areso.examples.spring;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.function.BiConsumer;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;

/**
 * A structure given as named text cells, as a person typed them: the columns of the screening CSV
 * ({@code docs/SCREENING.md}), each given to the structure builder's text setter. An empty cell is
 * unknown; a cell whose name is none of these is refused ({@code UNKNOWN_VALUE} on the field
 * {@code cells}), with every bad cell's reason, all at once.
 */
final class Cells {

  /** The cells read, by name, in the order of the screening CSV's columns. */
  static final Map<String, BiConsumer<StructureBuilder, String>> SETTERS =
      LinkedHashMap.<String, BiConsumer<StructureBuilder, String>>empty()
          .put("name", StructureBuilder::name)
          .put("country", StructureBuilder::country)
          .put("siret", StructureBuilder::siret)
          .put("siren", StructureBuilder::siren)
          .put("finess", StructureBuilder::finess)
          .put("uid", StructureBuilder::uid)
          .put("finess_category", StructureBuilder::finessCategory)
          .put("casf_item", StructureBuilder::casfItems)
          .put("funding", StructureBuilder::fundingSources)
          .put("legal_form", StructureBuilder::legalForm)
          .put("headcount", StructureBuilder::headcount)
          .put("staff_representation", StructureBuilder::staffRepresentation)
          .put("region", StructureBuilder::region)
          .put("departement", StructureBuilder::departement)
          .put("canton", StructureBuilder::canton);

  private Cells() { }

  /**
   * The structure the cells describe.
   *
   * @param cells the cells by name; a null cell is unknown, as an empty one; not null
   * @return the structure, or every reason a cell is refused
   */
  static Validation<Seq<Reason>, Structure> structure(java.util.Map<String, String> cells) {
    StructureBuilder builder = Structure.builder();
    Seq<Reason> unknown = List.empty();
    for (java.util.Map.Entry<String, String> cell : cells.entrySet()) {
      var setter = SETTERS.get(cell.getKey());
      if (setter.isEmpty()) {
        unknown = unknown.append(new FieldReason.UnknownValue("cells",
            FieldReason.excerpt(cell.getKey()), SETTERS.keySet().toList()));
      } else {
        setter.get().accept(builder, cell.getValue() == null ? "" : cell.getValue());
      }
    }
    Validation<Seq<Reason>, Structure> structure = builder.build();
    if (unknown.isEmpty()) {
      return structure;
    }
    Seq<Reason> refused = unknown;
    return Validation.invalid(structure.fold(refused::appendAll, valid -> refused));
  }
}
