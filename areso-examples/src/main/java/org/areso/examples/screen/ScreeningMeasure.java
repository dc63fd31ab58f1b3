package org.areso.examples.screen;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.areso.core.eligibility.Policy;

/**
 * The screening benchmark of {@code docs/BENCHMARKS.md}: on each file, screening against reading
 * the same rows with the same reader, alternated in one run, with the peak heap of each; run as
 * {@code ./areso measure-screening --programme ID --date YYYY-MM-DD FILE...}.
 *
 * <p>Not JMH: one screening of a million rows takes seconds, so a few timed passes in one JVM,
 * after warm-up passes, are what is reported (the median of each). Output only; nothing is
 * asserted.
 */
public final class ScreeningMeasure {

  private static final int WARM_UP = 2;
  private static final int PASSES = 5;

  private ScreeningMeasure() { }

  /**
   * Measures one file: reading its rows only, then screening them, alternated, and writes the
   * median time, the rows per second and the peak heap of each, and what screening adds.
   *
   * @param policy the policy to screen against, not null
   * @param date the request date of every row, not null
   * @param file the CSV file, read several times, not null
   * @param out where the figures go, not null
   * @throws IOException when the file cannot be read
   */
  public static void measure(Policy policy, LocalDate date, Path file, PrintStream out)
      throws IOException {
    Screening screening = Screening.of(policy, date);
    long[] parse = new long[PASSES];
    long[] screen = new long[PASSES];
    long rows = 0;
    long peakParse = 0;
    long peakScreen = 0;
    for (int pass = -WARM_UP; pass < PASSES; pass++) {
      System.gc();
      resetPeaks();
      long t0 = System.nanoTime();
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        rows = screening.parseOnly(in);
      }
      long t1 = System.nanoTime();
      long peak1 = peakHeap();
      System.gc();
      resetPeaks();
      long t2 = System.nanoTime();
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        screening.screen(in, Writer.nullWriter(), n -> { }, Integer.MAX_VALUE);
      }
      long t3 = System.nanoTime();
      long peak2 = peakHeap();
      if (pass >= 0) {
        parse[pass] = t1 - t0;
        screen[pass] = t3 - t2;
        peakParse = Math.max(peakParse, peak1);
        peakScreen = Math.max(peakScreen, peak2);
      }
    }
    long p = median(parse);
    long s = median(screen);
    out.printf("%s: %,d rows, %,d bytes%n", file.getFileName(), rows, Files.size(file));
    out.printf("  read only : %,8d ms  %,12.0f rows/s  peak heap %,d MB%n", p / 1_000_000,
        rows * 1e9 / p, peakParse >> 20);
    out.printf("  screening : %,8d ms  %,12.0f rows/s  peak heap %,d MB%n", s / 1_000_000,
        rows * 1e9 / s, peakScreen >> 20);
    out.printf("  screening adds %.0f %% to reading (target: at most 50 %%)%n",
        (s - p) * 100.0 / p);
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
