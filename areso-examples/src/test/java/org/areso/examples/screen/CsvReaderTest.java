package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  /** Every record of a text, each as its cells (null for a cell not kept or too long). */
  private static List<List<String>> read(Reader in, int maxCell, boolean[] keep)
      throws IOException {
    CsvReader reader = new CsvReader(in, maxCell);
    CsvRecord record = new CsvRecord(16);
    List<List<String>> records = new ArrayList<>();
    while (reader.next(record, keep)) {
      List<String> cells = new ArrayList<>();
      for (int i = 0; i < Math.min(record.size(), 16); i++) {
        cells.add(record.cell(i));
      }
      records.add(cells);
    }
    return records;
  }

  private static List<List<String>> read(String text) throws IOException {
    return read(new StringReader(text), CsvReader.MAX_CELL_LENGTH, null);
  }

  @Test
  void readsQuotedCellsWithDoubledQuotesCommasAndLineBreaks() throws IOException {
    // given
    String text = "id,name\n1,\"Foyer \"\"Le Phare\"\", nord\"\n2,\"two\r\nlines\nhere\"\n";
    // when
    List<List<String>> records = read(text);
    // then
    assertThat(records).containsExactly(List.of("id", "name"),
        List.of("1", "Foyer \"Le Phare\", nord"), List.of("2", "two\r\nlines\nhere"));
  }

  @Test
  void skipsTheByteOrderMarkAndReadsCrlfCrAndLfLineEnds() throws IOException {
    // given
    String text = "\uFEFFid,name\r\n1,a\r2,b\n3,c";
    // when
    List<List<String>> records = read(text);
    // then
    assertThat(records).containsExactly(List.of("id", "name"), List.of("1", "a"),
        List.of("2", "b"), List.of("3", "c"));
  }

  @Test
  void keepsRaggedRowsAsTheyAreAndEmptyCellsAsEmpty() throws IOException {
    // when
    List<List<String>> records = read("a,b,c\n1\n1,2,3,4\n,,\n");
    // then
    assertThat(records).containsExactly(List.of("a", "b", "c"), List.of("1"),
        List.of("1", "2", "3", "4"), List.of("", "", ""));
  }

  @Test
  void skipsEmptyLinesButReadsAQuotedEmptyCellAsARecord() throws IOException {
    // when
    List<List<String>> records = read("a\n\n\r\n\"\"\nb\n\n");
    // then
    assertThat(records).containsExactly(List.of("a"), List.of(""), List.of("b"));
  }

  @Test
  void keepsStrayQuotesAsTextLikeASpreadsheet() throws IOException {
    // when
    List<List<String>> records = read("ab\"c,\"x\"y,\"\"\n");
    // then
    assertThat(records).containsExactly(List.of("ab\"c", "xy", ""));
  }

  @Test
  void reportsAnUnterminatedQuoteOnTheLastRecord() throws IOException {
    // given
    CsvReader reader = new CsvReader(new StringReader("id\n1\n\"2,\n3"));
    CsvRecord record = new CsvRecord(4);
    // when
    reader.next(record, null);
    reader.next(record, null);
    boolean first = record.unterminated();
    reader.next(record, null);
    // then
    assertThat(first).isFalse();
    assertThat(record.unterminated()).isTrue();
    assertThat(record.cell(0)).isEqualTo("2,\n3");
    assertThat(reader.next(record, null)).isFalse();
  }

  @Test
  void aCellOverTheLimitIsReportedNotKeptAndTheNextRecordIsReadWhole() throws IOException {
    // given a one-megabyte cell, quoted and holding line breaks, then a normal record
    String huge = "x\n".repeat(512 * 1024);
    String text = "1,\"" + huge + "\",z\n2,b,c\n";
    CsvReader reader = new CsvReader(new StringReader(text));
    CsvRecord record = new CsvRecord(3);
    // when
    reader.next(record, null);
    // then
    assertThat(record.size()).isEqualTo(3);
    assertThat(record.cell(1)).isNull();
    assertThat(record.overlongCount()).isEqualTo(1);
    assertThat(record.overlong(0)).isEqualTo(1);
    assertThat(record.cell(2)).isEqualTo("z");
    assertThat(reader.next(record, null)).isTrue();
    assertThat(record.overlongCount()).isZero();
    assertThat(List.of(record.cell(0), record.cell(1), record.cell(2)))
        .containsExactly("2", "b", "c");
  }

  @Test
  void aCellOfExactlyTheLimitIsKept() throws IOException {
    // when
    List<List<String>> records = read(new StringReader("abcd,abcde\n"), 4, null);
    // then
    assertThat(records.get(0)).containsExactly("abcd", null);
  }

  @Test
  void aTenThousandColumnRowIsCountedWithoutKeepingItsCells() throws IOException {
    // given
    String text = "id,name\n" + "v,".repeat(9_999) + "v\nnext,row\n";
    CsvReader reader = new CsvReader(new StringReader(text));
    CsvRecord record = new CsvRecord(2);
    boolean[] keep = {true, true};
    // when
    reader.next(record, keep);
    reader.next(record, keep);
    int size = record.size();
    String beyond = record.cell(5);
    reader.next(record, keep);
    // then
    assertThat(size).isEqualTo(10_000);
    assertThat(beyond).isNull();
    assertThat(record.size()).isEqualTo(2);
    assertThat(record.cell(0)).isEqualTo("next");
  }

  @Test
  void cellsNotAskedForAreNotKept() throws IOException {
    // when
    List<List<String>> records = read(new StringReader("a,b,c\n"), 8,
        new boolean[] {false, true});
    // then
    assertThat(records.get(0)).containsExactly(null, "b", null);
  }

  @Test
  void readsCellsAcrossBufferBoundaries() throws IOException {
    // given a reader that hands out one character at a time
    String text = "id,name\n1,\"a\"\"b\"\r\n2,\"c\r\nd\"\r\n";
    Reader slow = new Reader() {
      private int pos;

      @Override
      public int read(char[] buffer, int offset, int length) {
        if (pos == text.length()) {
          return -1;
        }
        buffer[offset] = text.charAt(pos++);
        return 1;
      }

      @Override
      public void close() {}
    };
    // when
    List<List<String>> records = read(slow, 100, null);
    // then
    assertThat(records).containsExactly(List.of("id", "name"), List.of("1", "a\"b"),
        List.of("2", "c\r\nd"));
  }

  @Test
  void anEmptyInputHasNoRecord() throws IOException {
    assertThat(read("")).isEmpty();
    assertThat(read("\uFEFF\n\n")).isEmpty();
  }
}
