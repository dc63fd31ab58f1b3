package org.areso.examples.screen;

/**
 * Writes CSV cells that are safe to open in a spreadsheet: quoted as RFC 4180 requires, and, as
 * OWASP advises against CSV injection, a cell that starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return is prefixed with a single quote and quoted, so that no
 * spreadsheet reads it as a formula.
 */
final class CsvCell {

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private CsvCell() {}

  /**
   * Whether a spreadsheet could read the cell as a formula.
   *
   * @param cell the cell, not null
   * @return true when it starts with one of {@code = + - @}, tab or carriage return
   */
  static boolean isFormulaLike(String cell) {
    return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0;
  }

  /**
   * Appends one cell, neutralised and quoted when needed.
   *
   * @param out where to write, not null
   * @param cell the cell's text, not null
   */
  static void append(StringBuilder out, String cell) {
    boolean neutralise = isFormulaLike(cell);
    boolean quote = neutralise;
    for (int i = 0; i < cell.length() && !quote; i++) {
      char c = cell.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.append(cell);
      return;
    }
    out.append('"');
    if (neutralise) {
      out.append('\'');
    }
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }
}
