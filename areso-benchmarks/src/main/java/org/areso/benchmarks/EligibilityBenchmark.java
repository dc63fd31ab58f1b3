package org.areso.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.areso.core.eligibility.Decision;
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
 * Benchmark 1: the verdict of {@code areso-social-2023} on 10,000 generated requests (one operation
 * is the whole set), from the same structures and days: Areso's verdict-only path, its screening
 * (verdict, reasons' codes, missing facts), its full decision with its explanation (built on demand,
 * and built), a hand-written {@code if} chain, Easy Rules 4.1.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EligibilityBenchmark {

  /** How many requests an operation decides. */
  public static final int REQUESTS = 10_000;

  private Policy policy;
  private Structure[] structures;
  private LocalDate[] days;

  /** Generates the requests from the fixed seed and builds the policy. */
  @Setup
  public void setUp() {
    Requests requests = Requests.generate(REQUESTS);
    structures = requests.structures;
    days = requests.days;
    policy = AresoSocial2023Policy.policy();
  }

  private Facts facts(int i) {
    Facts facts = Facts.of(structures[i]);
    return days[i] == null ? facts : facts.requestDate(days[i]);
  }

  /** Areso, verdict only (bulk screening). */
  @Benchmark
  public void aresoVerdict(Blackhole bh) {
    for (int i = 0; i < structures.length; i++) {
      bh.consume(policy.verdict(facts(i)));
    }
  }

  /**
   * Areso, the full decision: missing facts, reasons, and the explanation tree, which the decision
   * builds when first asked for.
   */
  @Benchmark
  public void aresoExplained(Blackhole bh) {
    for (int i = 0; i < structures.length; i++) {
      bh.consume(policy.evaluate(facts(i)));
    }
  }

  /** Areso, the full decision with its explanation tree built: what reading it costs. */
  @Benchmark
  public void aresoExplainedTree(Blackhole bh) {
    for (int i = 0; i < structures.length; i++) {
      Decision decision = policy.evaluate(facts(i));
      bh.consume(decision);
      bh.consume(decision.explanation());
    }
  }

  /** Areso, screening: the verdict with the reasons' codes and the missing facts. */
  @Benchmark
  public void aresoScreen(Blackhole bh) {
    for (int i = 0; i < structures.length; i++) {
      bh.consume(policy.screen(facts(i)));
    }
  }

  /** The physical limit: an {@code if} chain over the same objects. */
  @Benchmark
  public void handWritten(Blackhole bh) {
    for (int i = 0; i < structures.length; i++) {
      bh.consume(HandWrittenEligibility.verdict(structures[i], days[i]));
    }
  }

  /** Easy Rules 4.1: a facts map per request, six rules. */
  @Benchmark
  public void easyRules(Blackhole bh) {
    for (int i = 0; i < structures.length; i++) {
      bh.consume(EasyRulesEligibility.verdict(structures[i], days[i]));
    }
  }
}
