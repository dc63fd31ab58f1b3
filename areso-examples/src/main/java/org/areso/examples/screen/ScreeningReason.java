package org.areso.examples.screen;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;

/**
 * Why a screening file, or one of its rows, could not be read: each a typed {@link Reason} with a
 * stable code and a message in French and English. Every implementation is an immutable record.
 */
public sealed interface ScreeningReason extends Reason {

  /** The file has no header line. */
  record HeaderMissing() implements ScreeningReason {
    @Override
    public String code() {
      return "HEADER_MISSING";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le fichier n'a pas de ligne d'en-tête.";
        case EN -> "The file has no header line.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "L'en-tête n'a pas de colonne « " + column + " ».";
        case EN -> "The header has no '" + column + "' column.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "L'en-tête nomme deux fois la colonne « " + column + " ».";
        case EN -> "The header names the column '" + column + "' twice.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "L'en-tête a " + columns + " colonnes ou une colonne trop longue ; au plus "
            + maxColumns + " colonnes de " + CsvReader.MAX_CELL_LENGTH + " caractères.";
        case EN -> "The header has " + columns + " columns or a column too long; at most "
            + maxColumns + " columns of " + CsvReader.MAX_CELL_LENGTH + " characters.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "La cellule de la colonne « " + column + " » dépasse " + maxLength
            + " caractères.";
        case EN -> "The cell of column '" + column + "' is longer than " + maxLength
            + " characters.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "La ligne a " + cells + " cellules pour " + columns + " colonnes.";
        case EN -> "The row has " + cells + " cells for " + columns + " columns.";
      };
    }
  }

  /** The file ends inside a quoted cell of this row: a closing quote is missing. */
  record UnterminatedQuote() implements ScreeningReason {
    @Override
    public String code() {
      return "UNTERMINATED_QUOTE";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Le fichier se termine dans une cellule entre guillemets.";
        case EN -> "The file ends inside a quoted cell.";
      };
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

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "La cellule de la colonne « " + column + " » n'est pas du texte UTF-8 valide.";
        case EN -> "The cell of column '" + column + "' is not valid UTF-8 text.";
      };
    }
  }
}
