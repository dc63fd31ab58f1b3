package org.areso.examples.screen;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;

/**
 * A streaming RFC 4180 reader over a {@link Reader}: quoted cells, doubled quotes, commas and line
 * breaks inside quotes, CRLF, LF or CR line ends, an optional byte-order mark. Memory is bounded
 * whatever the input holds: a cell longer than {@link #MAX_CELL_LENGTH} characters is counted but
 * not accumulated past the limit, and a cell that the caller does not keep is not accumulated at
 * all, so a one-megabyte cell or a ten-thousand-column row costs no more than the kept cells'
 * limits.
 *
 * <p>Lenient where RFC 4180 is silent, as spreadsheets are: a quote inside an unquoted cell, or
 * text after a closing quote, is kept as text; an empty line between records is skipped. Reads
 * into its own buffer, so the {@code Reader} needs no buffering of its own. Not thread-safe.
 */
final class CsvReader {

  /** The longest cell kept, in characters (64 KiB); a longer cell is reported. */
  static final int MAX_CELL_LENGTH = 65_536;

  private final Reader in;
  private final char[] buffer = new char[1 << 16];
  private final int maxCellLength;
  private final StringBuilder cell = new StringBuilder(64);
  private int pos;
  private int limit;
  private boolean started;
  private boolean storing;
  private int length;

  /**
   * A reader with the default cell limit.
   *
   * @param in the characters to read, not null
   */
  CsvReader(Reader in) {
    this(in, MAX_CELL_LENGTH);
  }

  /**
   * A reader with its own cell limit, for tests.
   *
   * @param in the characters to read, not null
   * @param maxCellLength the longest cell kept, in characters
   */
  CsvReader(Reader in, int maxCellLength) {
    this.in = requireNonNull(in, "in");
    this.maxCellLength = maxCellLength;
  }

  /**
   * Reads the next record into {@code record}, keeping the cells {@code keep} asks for.
   *
   * @param record where to put the record, reset first, not null
   * @param keep which cells to keep, by position; a position beyond it is not kept; null keeps
   *     every cell the record can hold
   * @return false at the end of the input, when there was no record left
   * @throws IOException when the input cannot be read
   */
  boolean next(CsvRecord record, boolean[] keep) throws IOException {
    record.reset();
    if (!started) {
      started = true;
      if (fill() && buffer[pos] == '\uFEFF') {
        pos++;
      }
    }
    while (true) {
      if (!fill()) {
        return false;
      }
      char c = buffer[pos];
      if (c == '\n') {
        pos++;
      } else if (c == '\r') {
        pos++;
        if (fill() && buffer[pos] == '\n') {
          pos++;
        }
      } else {
        break;
      }
    }
    while (true) {
      int index = record.size();
      storing = keep == null || (index < keep.length && keep[index]);
      cell.setLength(0);
      length = 0;
      boolean last = readCell(record);
      record.add(storing && length <= maxCellLength ? cell.toString() : null,
          length > maxCellLength);
      if (last) {
        return true;
      }
    }
  }

  /** Reads one cell; true when the record ended with it. */
  private boolean readCell(CsvRecord record) throws IOException {
    if (fill() && buffer[pos] == '"') {
      pos++;
      if (!readQuoted()) {
        record.markUnterminated();
        return true;
      }
    }
    while (fill()) {
      int start = pos;
      while (pos < limit) {
        char c = buffer[pos];
        if (c == ',') {
          take(start, pos);
          pos++;
          return false;
        }
        if (c == '\n' || c == '\r') {
          take(start, pos);
          pos++;
          if (c == '\r' && fill() && buffer[pos] == '\n') {
            pos++;
          }
          return true;
        }
        pos++;
      }
      take(start, pos);
    }
    return true;
  }

  /** Reads a quoted cell after its opening quote; false when the input ends first. */
  private boolean readQuoted() throws IOException {
    while (fill()) {
      int start = pos;
      boolean refill = false;
      while (pos < limit && !refill) {
        if (buffer[pos] == '"') {
          take(start, pos);
          pos++;
          if (fill() && buffer[pos] == '"') {
            takeQuote();
            pos++;
            refill = true;
          } else {
            return true;
          }
        } else {
          pos++;
        }
      }
      if (!refill) {
        take(start, pos);
      }
    }
    return false;
  }

  private void take(int from, int to) {
    int count = to - from;
    if (storing && length < maxCellLength) {
      cell.append(buffer, from, Math.min(count, maxCellLength - length));
    }
    length = count > Integer.MAX_VALUE - length ? Integer.MAX_VALUE : length + count;
  }

  private void takeQuote() {
    if (storing && length < maxCellLength) {
      cell.append('"');
    }
    length = length == Integer.MAX_VALUE ? length : length + 1;
  }

  private boolean fill() throws IOException {
    while (pos >= limit) {
      int read = in.read(buffer, 0, buffer.length);
      if (read < 0) {
        return false;
      }
      pos = 0;
      limit = read;
    }
    return true;
  }
}
