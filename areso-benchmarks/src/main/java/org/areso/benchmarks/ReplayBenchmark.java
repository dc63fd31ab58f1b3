package org.areso.benchmarks;

import io.vavr.collection.Seq;
import java.util.concurrent.TimeUnit;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementEvent;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 3: rebuilding an engagement from a stored history of 1,000 events, with Areso's
 * checked replay and with a plain loop over a mutable object.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReplayBenchmark {

  /** Events in the history. */
  public static final int EVENTS = 1_000;

  private Seq<EngagementEvent> history;
  private java.util.List<EngagementEvent> stored;

  /** Decides the history once with Areso. */
  @Setup
  public void setUp() {
    history = Walk.history(EVENTS);
    stored = history.toJavaList();
  }

  /** Areso: every event re-checked against its stage, version and guards' record. */
  @Benchmark
  public Engagement areso() {
    return Engagement.replay(Walk.PROGRAMME, history, EVENTS).get();
  }

  /** The plain loop. */
  @Benchmark
  public MutableEngagement plainLoop() {
    return MutableEngagement.apply(stored);
  }
}
