package org.areso.benchmarks;

import java.util.concurrent.TimeUnit;
import org.areso.core.engagement.Engagement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 2: one case restored from its stored state and walked from the request to the closure
 * (fifteen commands), with Areso and with Spring Statemachine 4, stateless4j 2.6 and
 * squirrel-foundation 0.3.10 modelling the same stages, transitions and guards. One operation is
 * one whole walk; divide the allocation by 15 for a transition.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LifecycleBenchmark {

  /** Commands in one walk. */
  public static final int COMMANDS = 15;

  private SpringWalk spring;
  private Stateless4jWalk stateless4j;
  private SquirrelWalk squirrel;

  /** Builds each library's definition once, as a host does at start-up. */
  @Setup
  public void setUp() {
    spring = new SpringWalk();
    stateless4j = new Stateless4jWalk();
    squirrel = new SquirrelWalk();
  }

  /** Areso: replay of the stored request, then handle each command. */
  @Benchmark
  public Engagement areso() {
    return Walk.walk();
  }

  /** Spring Statemachine 4. */
  @Benchmark
  public Case springStatemachine() {
    return spring.walk();
  }

  /** stateless4j 2.6. */
  @Benchmark
  public Case stateless4j() {
    return stateless4j.walk();
  }

  /** squirrel-foundation 0.3.10. */
  @Benchmark
  public Case squirrel() {
    return squirrel.walk();
  }
}
