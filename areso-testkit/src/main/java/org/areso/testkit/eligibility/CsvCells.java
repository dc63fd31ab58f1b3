package org.areso.testkit.eligibility;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;

/**
 * A case table's CSV as RFC 4180 writes it: cells in double quotes may hold the separator, line
 * breaks and doubled quotes; CRLF, LF or CR line ends; an optional byte-order mark; empty lines
 * skipped. Lenient as the screening's reader is: a quote inside an unquoted cell, or text after a
 * closing quote, is kept as text. The separator is {@code ,}, or {@code ;} (as a French
 * spreadsheet writes CSV) when the header holds semicolons and no comma.
 *
 * <p>The screening's streaming reader lives in {@code areso-examples}, which depends on this
 * module: a table held whole in a string needs only this.
 */
final class CsvCells {

  private CsvCells() {}

  /** Every record's cells, stripped, or why the text cannot be split. */
  static Validation<Seq<CaseTableReason>, Seq<Seq<String>>> records(String text) {
    String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
    char separator = separator(csv);
    List<Seq<String>> records = List.empty();
    ArrayList<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    int line = 1;
    int quoteLine = 1;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          line += c == '\n' || c == '\r' && !next(csv, i, '\n') ? 1 : 0;
          cell.append(c);
        }
      } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        quoteLine = line;
      } else if (c == separator) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && next(csv, i, '\n')) {
          i++;
        }
        line++;
        records = end(records, cells, cell, wasQuoted);
        cells = new ArrayList<>();
        wasQuoted = false;
      } else {
        cell.append(c);
      }
    }
    if (quoted) {
      return Validation.invalid(List.of(new CaseTableReason.UnterminatedQuote(quoteLine)));
    }
    return Validation.valid(end(records, cells, cell, wasQuoted));
  }

  private static boolean next(String text, int i, char c) {
    return i + 1 < text.length() && text.charAt(i + 1) == c;
  }

  /** The records with the one just read, unless it is an empty line. */
  private static List<Seq<String>> end(List<Seq<String>> records, ArrayList<String> cells,
      StringBuilder cell, boolean wasQuoted) {
    boolean empty = cells.isEmpty() && cell.toString().isBlank() && !wasQuoted;
    cells.add(cell.toString().strip());
    cell.setLength(0);
    return empty ? records : records.append(List.ofAll(cells));
  }

  /** {@code ;} when the first line holds semicolons and no comma, else {@code ,}. */
  private static char separator(String csv) {
    int end = csv.indexOf('\n');
    String header = end < 0 ? csv : csv.substring(0, end);
    return header.indexOf(',') < 0 && header.indexOf(';') >= 0 ? ';' : ',';
  }
}
