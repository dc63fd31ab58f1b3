package org.areso.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * The whole comparison of [5/6] (#19) from one JMH run: runs the benchmarks each target compares,
 * then prints one Markdown table of the ratios, each beside its target, met or missed. Run after
 * {@code ./mvnw -B -ntp -pl areso-benchmarks -am package -DskipTests}:
 *
 * <pre>{@code
 * java -cp areso-benchmarks/target/benchmarks.jar org.areso.benchmarks.Comparison [forks] [iterations]
 * }</pre>
 *
 * <p>Forks default to 2, warm-up and measured iterations (of one second each) to 5; about eight
 * minutes. Every ratio divides two scores of the same run; the allocation per walk comes from
 * JMH's GC profiler. The screening's cost, which is not a JMH measurement, is measured by
 * {@code ./areso measure-screening} (docs/BENCHMARKS.md).
 */
public final class Comparison {

  /** The benchmarks the targets compare, as one JMH include pattern. */
  static final String INCLUDE = "EligibilityBenchmark\\.(aresoVerdict|aresoExplained"
      + "|aresoExplainedTree|aresoScreen|handWritten|easyRules)$"
      + "|LifecycleBenchmark\\.(areso|stateless4j)$|ReplayBenchmark"
      + "|CalendarBenchmark\\.(aresoIsWorked|jollydayIsWorked)|TextPolicyBenchmark";

  private Comparison() {}

  /**
   * Runs the comparison and prints its table on standard output.
   *
   * @param args the number of forks, then of warm-up and measured iterations; both optional
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    int forks = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Options options = new OptionsBuilder().include(INCLUDE)
        .forks(forks)
        .warmupIterations(iterations).warmupTime(TimeValue.seconds(1))
        .measurementIterations(iterations).measurementTime(TimeValue.seconds(1))
        .addProfiler(GCProfiler.class)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    System.out.print(table(scores(results)));
  }

  /** Each benchmark's score and allocation per operation, by its short name (Class.method). */
  static Map<String, Score> scores(Collection<RunResult> results) {
    Map<String, Score> scores = new HashMap<>();
    for (RunResult run : results) {
      String name = run.getParams().getBenchmark();
      String shortName = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      Result<?> primary = run.getPrimaryResult();
      Result<?> allocation = run.getSecondaryResults().get("gc.alloc.rate.norm");
      scores.put(shortName, new Score(primary.getScore(), primary.getScoreError(),
          allocation == null ? Double.NaN : allocation.getScore()));
    }
    return scores;
  }

  /**
   * The Markdown table of the targets: each ratio of two scores of the same run.
   *
   * @param scores the scores by short name, as {@link #scores} gives them
   * @return the table, one line per target, never null
   */
  static String table(Map<String, Score> scores) {
    List<String> lines = new ArrayList<>();
    lines.add("| measure | ratio | target | |");
    lines.add("|---|---|---|---|");
    row(lines, "verdict / hand-written", scores, "EligibilityBenchmark.aresoVerdict",
        "EligibilityBenchmark.handWritten", 1.5, true);
    row(lines, "explained decision (tree built) / hand-written", scores,
        "EligibilityBenchmark.aresoExplainedTree", "EligibilityBenchmark.handWritten", 10, true);
    info(lines, "decision, tree built on demand / hand-written", scores,
        "EligibilityBenchmark.aresoExplained", "EligibilityBenchmark.handWritten");
    info(lines, "screening (verdict, reason codes, missing facts) / hand-written", scores,
        "EligibilityBenchmark.aresoScreen", "EligibilityBenchmark.handWritten");
    row(lines, "Easy Rules / Areso verdict", scores, "EligibilityBenchmark.easyRules",
        "EligibilityBenchmark.aresoVerdict", 20, false);
    row(lines, "the walk / stateless4j", scores, "LifecycleBenchmark.areso",
        "LifecycleBenchmark.stateless4j", 1, true);
    Score walk = scores.get("LifecycleBenchmark.areso");
    if (walk != null) {
      lines.add(String.format(Locale.ROOT, "| allocated per walk | %,.0f B | ≤ 4,096 B | %s |",
          walk.bytesPerOp(), walk.bytesPerOp() <= 4096 ? "met" : "**missed**"));
    }
    row(lines, "replay of 1,000 events / plain loop", scores, "ReplayBenchmark.areso",
        "ReplayBenchmark.plainLoop", 2, true);
    row(lines, "jollyday / Areso \"is worked\"", scores, "CalendarBenchmark.jollydayIsWorked",
        "CalendarBenchmark.aresoIsWorked", 50, false);
    row(lines, "policy file / same policy in Java (#18)", scores,
        "TextPolicyBenchmark.textPolicyVerdict", "TextPolicyBenchmark.javaPolicyVerdict", 1.1,
        true);
    return String.join("\n", lines) + "\n";
  }

  private static void row(List<String> lines, String measure, Map<String, Score> scores,
      String numerator, String denominator, double target, boolean atMost) {
    Score top = scores.get(numerator);
    Score bottom = scores.get(denominator);
    if (top == null || bottom == null) {
      lines.add("| " + measure + " | not run | " + (atMost ? "≤ " : "≥ ") + target + "× | |");
      return;
    }
    double ratio = top.score() / bottom.score();
    // The ratio's range if each score sat at either end of its 99.9 % interval.
    double low = (top.score() - top.error()) / (bottom.score() + bottom.error());
    double high = (top.score() + top.error()) / Math.max(bottom.score() - bottom.error(), 1e-9);
    boolean met = atMost ? ratio <= target : ratio >= target;
    lines.add(String.format(Locale.ROOT, "| %s | %.2f× (%.2f–%.2f) | %s%s× | %s |", measure,
        ratio, Math.max(low, 0), high, atMost ? "≤ " : "≥ ", target, met ? "met" : "**missed**"));
  }

  /** A ratio shown without a target of its own. */
  private static void info(List<String> lines, String measure, Map<String, Score> scores,
      String numerator, String denominator) {
    Score top = scores.get(numerator);
    Score bottom = scores.get(denominator);
    lines.add(top == null || bottom == null ? "| " + measure + " | not run | — | |"
        : String.format(Locale.ROOT, "| %s | %.2f× | — | |", measure,
            top.score() / bottom.score()));
  }

  /**
   * One benchmark's result.
   *
   * @param score the mean time per operation
   * @param error the half-width of its 99.9 % confidence interval
   * @param bytesPerOp the bytes allocated per operation, NaN when not profiled
   */
  record Score(double score, double error, double bytesPerOp) {}
}
