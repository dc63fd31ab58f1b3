package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rows are read on a thread of the screening's own: what it throws, and when it ends. */
class ScreeningThreadTest {

  private static final Screening SCREENING =
      Screening.of(ScreeningPolicies.policy(), LocalDate.of(2023, 9, 1));

  private static String generated(long rows) throws IOException {
    StringWriter csv = new StringWriter();
    ScreeningGenerator.write(csv, rows, 7);
    return csv.toString();
  }

  private static boolean readerAlive() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("areso-screening-reader") && t.isAlive());
  }

  /** A reader that fails after {@code limit} characters. */
  private static Reader failingAfter(String text, int limit) {
    return new FilterReader(new StringReader(text)) {
      private int read;

      @Override
      public int read(char[] buffer, int offset, int length) throws IOException {
        if (read >= limit) {
          throw new IOException("disk gone");
        }
        int n = super.read(buffer, offset, Math.min(length, limit - read));
        read += Math.max(n, 0);
        return n;
      }
    };
  }

  @Test
  void aReadingFailureIsThrownToTheCallerAfterTheRowsReadBefore() throws IOException {
    // given a file whose reading fails after about 3,000 rows
    String csv = generated(10_000);
    List<Long> progress = new ArrayList<>();
    // when / then
    assertThatThrownBy(() -> SCREENING.screen(failingAfter(csv, 250_000), Writer.nullWriter(),
        progress::add, 1_000))
        .isInstanceOf(IOException.class).hasMessage("disk gone");
    assertThat(progress).isNotEmpty().containsExactly(
        java.util.stream.LongStream.rangeClosed(1, progress.size()).map(n -> n * 1_000).boxed()
            .toArray(Long[]::new));
    assertThat(readerAlive()).isFalse();
  }

  @Test
  void aWritingFailureStopsTheReadingThreadBeforeItIsThrown() throws IOException {
    // given
    String csv = generated(20_000);
    Writer broken = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("pipe closed");
      }

      @Override
      public void flush() { }

      @Override
      public void close() { }
    };
    // when / then
    assertThatThrownBy(() -> SCREENING.screen(new StringReader(csv), broken, n -> { }, 1_000))
        .isInstanceOf(IOException.class).hasMessage("pipe closed");
    assertThat(readerAlive()).isFalse();
  }

  @Test
  void manyBatchesAreWrittenInInputOrderAndTheThreadHasEndedOnReturn() throws IOException {
    // given more rows than a few batches hold
    String csv = generated(5_000);
    StringWriter out = new StringWriter();
    // when
    Tally tally = SCREENING.screen(new StringReader(csv), out, n -> { }, 1_000).get();
    // then
    List<String> ids = out.toString().lines().skip(1).map(l -> l.substring(0, l.indexOf(',')))
        .filter(id -> id.startsWith("S")).toList();
    List<String> expected = csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(',')))
        .filter(id -> id.startsWith("S")).toList();
    assertThat(ids).hasSizeGreaterThan(4_000).isEqualTo(expected);
    assertThat(out.toString().lines().count()).isEqualTo(5_001);
    assertThat(tally.rows()).isEqualTo(5_000);
    assertThat(readerAlive()).isFalse();
  }
}
