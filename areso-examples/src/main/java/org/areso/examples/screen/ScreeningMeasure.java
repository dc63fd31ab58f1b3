package org.areso.examples.screen;

import com.sun.management.HotSpotDiagnosticMXBean;
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
 *
 * <p>Each pass starts with a collection, so that its peak heap is its own. After it the JVM would
 * give memory back, and the pass that allocates more, the screening, would then pay for taking it
 * again (page faults: on a 100,000-row file they doubled the screening's time), which a single
 * screening does not: for the time of a measure the heap is kept at the size it grew to
 * ({@code MaxHeapFreeRatio=100}), where the JVM lets it be set, and the report says so.
 */
public final class ScreeningMeasure {

  private static final int WARM_UP = 2;
  /** The rows screened in warm-up passes at the least, however small the file... */
  private static final long WARM_UP_ROWS = 1_000_000;
  /** ...within this many passes. */
  private static final int MAX_WARM_UP = 20;
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
    String heapFreeRatio = keepHeap();
    try {
      measure(screening, file, out, heapFreeRatio != null);
    } finally {
      if (heapFreeRatio != null) {
        setHeapFreeRatio(heapFreeRatio);
      }
    }
  }

  private static void measure(Screening screening, Path file, PrintStream out, boolean kept)
      throws IOException {
    long[] parse = new long[PASSES];
    long[] screen = new long[PASSES];
    long rows = 0;
    long peakParse = 0;
    long peakScreen = 0;
    int warmUps = 0;
    for (int pass = 0; pass < PASSES; ) {
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
      // Warming up: at least WARM_UP passes and WARM_UP_ROWS rows, so that a small file's timed
      // passes run code as compiled as a large one's do.
      if (warmUps < WARM_UP || warmUps < MAX_WARM_UP && warmUps * rows < WARM_UP_ROWS) {
        warmUps++;
      } else {
        parse[pass] = t1 - t0;
        screen[pass] = t3 - t2;
        peakParse = Math.max(peakParse, peak1);
        peakScreen = Math.max(peakScreen, peak2);
        pass++;
      }
    }
    long p = median(parse);
    long s = median(screen);
    out.printf("%s: %,d rows, %,d bytes (%d warm-up passes, %d timed)%n", file.getFileName(),
        rows, Files.size(file), warmUps, PASSES);
    if (kept) {
      out.printf("  (heap kept between passes: MaxHeapFreeRatio=100)%n");
    }
    out.printf("  read only : %,8d ms  %,12.0f rows/s  peak heap %,d MB%n", p / 1_000_000,
        rows * 1e9 / p, peakParse >> 20);
    out.printf("  screening : %,8d ms  %,12.0f rows/s  peak heap %,d MB%n", s / 1_000_000,
        rows * 1e9 / s, peakScreen >> 20);
    out.printf("  screening adds %.0f %% to reading (target: at most 50 %%)%n",
        (s - p) * 100.0 / p);
  }

  /**
   * Keeps the heap at the size it grew to: the JVM's {@code MaxHeapFreeRatio} set to 100.
   *
   * @return the value to set back, or null where the JVM does not let it be set
   */
  private static String keepHeap() {
    try {
      String before = vm().getVMOption("MaxHeapFreeRatio").getValue();
      setHeapFreeRatio("100");
      return before;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static void setHeapFreeRatio(String value) {
    vm().setVMOption("MaxHeapFreeRatio", value);
  }

  private static HotSpotDiagnosticMXBean vm() {
    return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
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
