package org.areso.examples.screen;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.areso.core.kernel.BundledReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.ReasonMessages;

/**
 * Why a screening file, or one of its rows, could not be read: each a typed {@link Reason} with a
 * stable code and a message in French, English, German and Italian, the pattern its code keys in
 * this module's bundle {@code org/areso/examples/screen/reasons*.properties}, filled with the
 * record's components. Every implementation is an immutable record.
 */
public sealed interface ScreeningReason extends BundledReason {

  /**
   * {@inheritDoc}
   *
   * <p>This module's bundles, {@code org/areso/examples/screen/reasons*.properties}.
   */
  @Override
  default ReasonMessages messages() {
    return ScreeningMessages.MESSAGES;
  }

  /** The file has no header line. */
  record HeaderMissing() implements ScreeningReason {
    @Override
    public String code() {
      return "HEADER_MISSING";
    }
  }

  /**
   * The header lacks a required column.
   *
   * @param column the column, not null
   */
  record ColumnMissing(String column) implements ScreeningReason {
    /** Creates the reason. @throws NullPointerException if column is null */
    public ColumnMissing {
      requireNonNull(column, "column");
    }

    @Override
    public String code() {
      return "COLUMN_MISSING";
    }
  }

  /**
   * The header names a column twice.
   *
   * @param column the column, not null
   */
  record DuplicateColumn(String column) implements ScreeningReason {
    /** Creates the reason. @throws NullPointerException if column is null */
    public DuplicateColumn {
      requireNonNull(column, "column");
    }

    @Override
    public String code() {
      return "DUPLICATE_COLUMN";
    }
  }

  /**
   * The header, or a header cell, is larger than the screening accepts.
   *
   * @param columns the number of columns of the header
   * @param maxColumns the largest number accepted
   */
  record HeaderTooLarge(int columns, int maxColumns) implements ScreeningReason {
    @Override
    public String code() {
      return "HEADER_TOO_LARGE";
    }

    /** The columns, the most accepted, then the longest cell accepted ({@code {2}}). */
    @Override
    public Seq<?> arguments() {
      return List.of(columns, maxColumns, CsvReader.MAX_CELL_LENGTH);
    }
  }

  /**
   * A cell of a row is longer than the screening accepts; it was not read.
   *
   * @param column the cell's column, not null
   * @param maxLength the longest cell accepted, in characters
   */
  record CellTooLong(String column, int maxLength) implements ScreeningReason {
    /** Creates the reason. @throws NullPointerException if column is null */
    public CellTooLong {
      requireNonNull(column, "column");
    }

    @Override
    public String code() {
      return "CELL_TOO_LONG";
    }
  }

  /**
   * A row has more cells than the header has columns.
   *
   * @param cells the number of cells of the row
   * @param columns the number of columns of the header
   */
  record TooManyCells(int cells, int columns) implements ScreeningReason {
    @Override
    public String code() {
      return "TOO_MANY_CELLS";
    }
  }

  /** The file ends inside a quoted cell of this row: a closing quote is missing. */
  record UnterminatedQuote() implements ScreeningReason {
    @Override
    public String code() {
      return "UNTERMINATED_QUOTE";
    }
  }

  /**
   * A cell holds bytes that are not UTF-8 (read as U+FFFD).
   *
   * @param column the cell's column, not null
   */
  record MalformedText(String column) implements ScreeningReason {
    /** Creates the reason. @throws NullPointerException if column is null */
    public MalformedText {
      requireNonNull(column, "column");
    }

    @Override
    public String code() {
      return "MALFORMED_TEXT";
    }
  }
}
