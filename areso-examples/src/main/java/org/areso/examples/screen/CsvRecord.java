package org.areso.examples.screen;

import java.util.Arrays;

/**
 * One CSV record as {@link CsvReader} read it, reused from record to record: the cells it kept,
 * how many cells the record had, which cells were longer than the limit and whether the record
 * ended inside a quoted cell. Mutable and not thread-safe.
 */
final class CsvRecord {

  private final String[] cells;
  private int size;
  private int[] overlong = new int[4];
  private int overlongCount;
  private boolean unterminated;

  /**
   * A record able to keep up to {@code capacity} cells.
   *
   * @param capacity the number of cells that may be kept
   */
  CsvRecord(int capacity) {
    this.cells = new String[capacity];
  }

  void reset() {
    Arrays.fill(cells, 0, Math.min(size, cells.length), null);
    size = 0;
    overlongCount = 0;
    unterminated = false;
  }

  void add(String cell, boolean tooLong) {
    if (cell != null && size < cells.length) {
      cells[size] = cell;
    }
    if (tooLong) {
      if (overlongCount == overlong.length) {
        overlong = Arrays.copyOf(overlong, overlongCount * 2);
      }
      overlong[overlongCount++] = size;
    }
    size++;
  }

  void markUnterminated() {
    unterminated = true;
  }

  /**
   * The number of cells the record had, kept or not.
   *
   * @return the number of cells, at least 1
   */
  int size() {
    return size;
  }

  /**
   * A kept cell.
   *
   * @param index the cell's position, from 0
   * @return the cell's text, or null when the record had no such cell, the cell was not kept or
   *     it was longer than the limit
   */
  String cell(int index) {
    return index < cells.length ? cells[index] : null;
  }

  /**
   * The number of cells longer than the limit.
   *
   * @return the count
   */
  int overlongCount() {
    return overlongCount;
  }

  /**
   * The position of the {@code n}th cell longer than the limit.
   *
   * @param n from 0 to {@link #overlongCount()} excluded
   * @return the cell's position, from 0
   */
  int overlong(int n) {
    return overlong[n];
  }

  /**
   * Whether the input ended inside a quoted cell of this record.
   *
   * @return true when a closing quote is missing
   */
  boolean unterminated() {
    return unterminated;
  }
}
