package org.areso.examples.screen;

import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;

/**
 * What each cell text of a file gave, for the columns that repeat a few values (country,
 * département, CASF items, funders, legal form…): a row whose cell was seen before gets the value
 * read the first time through the builder's typed setter, instead of reading the text again.
 *
 * <p>A column's value is a pure function of its cell's text, so the screening's output is the
 * same with or without the cache. A text the builder refuses is remembered as refused, and given
 * to the builder's text setter again each time, so that every row still gets its own reasons. A
 * column that holds more than {@code limit} distinct texts (an identifier such as the SIRET) stops
 * being cached and forgets what it held: the memory stays bounded whatever the number of rows.
 * One per thread of a screening of a file; mutable, not thread-safe.
 */
final class CellCache {

  /** The number of distinct texts a column may hold before it stops being cached. */
  static final int DEFAULT_LIMIT = 1_024;

  /** The value of a text the builder refuses. */
  private static final Object REFUSED = new Object();

  private final int limit;
  private final Map<String, Object>[] byColumn;

  @SuppressWarnings("unchecked")
  CellCache(int limit) {
    this.limit = limit;
    Column[] columns = Column.values();
    this.byColumn = new Map[columns.length];
    for (Column column : columns) {
      // Only the columns whose value the builder takes back typed are cached.
      if (limit > 0 && column.isStructure() && column != Column.NAME) {
        byColumn[column.ordinal()] = new HashMap<>();
      }
    }
  }

  /**
   * Gives a non-empty cell to the builder, as {@code column.set(builder, cell)} would, if its
   * column is cached.
   *
   * @param column a {@link Column#isStructure()} column
   * @param builder the row's builder
   * @param cell the cell's text
   * @return false when the column is not cached (any more): the cell was not given
   */
  boolean setIfHeld(Column column, StructureBuilder builder, String cell) {
    Map<String, Object> known = byColumn[column.ordinal()];
    if (known == null) {
      return false;
    }
    Object value = known.get(cell);
    if (value == null) {
      value = read(column, cell);
      if (known.size() >= limit) {
        // Too many distinct texts: this column is not worth caching.
        byColumn[column.ordinal()] = null;
      } else {
        known.put(cell, value);
      }
    }
    if (value == REFUSED) {
      column.set(builder, cell);
    } else if (value instanceof Option<?> attribute && attribute.isDefined()) {
      column.setTyped(builder, attribute.get());
    }
    // A blank cell is unknown, which a fresh builder already holds.
    return true;
  }

  /** What a cell gives its column: the attribute's value, or {@link #REFUSED}. */
  private static Object read(Column column, String cell) {
    StructureBuilder alone = Structure.builder();
    column.set(alone, cell);
    return alone.build().fold(reasons -> REFUSED, column::attribute);
  }
}
