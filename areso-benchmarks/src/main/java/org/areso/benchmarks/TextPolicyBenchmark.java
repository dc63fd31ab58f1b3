package org.areso.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.kernel.Structure;
import org.areso.rules.eligibility.AresoSocial2023Policy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Benchmark 5: the verdict of {@code areso-social-2023} on the same 10,000 generated requests as
 * {@link EligibilityBenchmark} (one operation is the whole set), once with the policy read from its
 * policy file ({@code areso-rules}' {@code policies/areso-social-2023.yaml}, the catalogue's
 * source) and once with the same policy written in Java ({@link JavaAresoSocial2023}): what reading
 * rules from text costs at decision time. The target is the text within 1.1× of the Java.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TextPolicyBenchmark {

  private Policy text;
  private Policy java;
  private Structure[] structures;
  private LocalDate[] days;

  /**
   * Generates the requests from the fixed seed and builds both policies, checking that they give
   * the same verdict on every request (else the comparison would be meaningless).
   */
  @Setup
  public void setUp() {
    Requests requests = Requests.generate(EligibilityBenchmark.REQUESTS);
    structures = requests.structures;
    days = requests.days;
    text = AresoSocial2023Policy.policy();
    java = JavaAresoSocial2023.policy();
    for (int i = 0; i < structures.length; i++) {
      if (text.verdict(facts(i)) != java.verdict(facts(i))) {
        throw new IllegalStateException("the text and the Java policies disagree on request " + i);
      }
    }
  }

  private Facts facts(int i) {
    return days[i] == null ? Facts.of(structures[i]) : Facts.of(structures[i], days[i]);
  }

  /** The policy read from its policy file, verdict only. */
  @Benchmark
  public void textPolicyVerdict(Blackhole bh) {
    for (int i = 0; i < structures.length; i++) {
      bh.consume(text.verdict(facts(i)));
    }
  }

  /** The same policy written in Java, verdict only. */
  @Benchmark
  public void javaPolicyVerdict(Blackhole bh) {
    for (int i = 0; i < structures.length; i++) {
      bh.consume(java.verdict(facts(i)));
    }
  }
}
