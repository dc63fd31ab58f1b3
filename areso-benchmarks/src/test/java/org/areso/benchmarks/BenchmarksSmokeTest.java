package org.areso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark once, in this JVM, with no warm-up: a smoke run that fails when a benchmark
 * throws. It measures nothing and asserts no time; docs/BENCHMARKS.md has the real run.
 */
class BenchmarksSmokeTest {

  @Test
  void everyBenchmarkRunsOnceWithoutThrowing() throws RunnerException {
    // given every benchmark of the module, one single shot each
    Options options = new OptionsBuilder()
        .include("org\\.areso\\.benchmarks\\..*")
        .forks(0)
        .warmupIterations(0)
        .measurementIterations(1)
        .mode(Mode.SingleShotTime)
        .measurementTime(TimeValue.milliseconds(100))
        .shouldFailOnError(true)
        .verbosity(VerboseMode.SILENT)
        .build();
    // when
    Collection<RunResult> results = new Runner(options).run();
    // then each of the 17 benchmarks gave a result
    assertThat(results).hasSize(17);
  }
}
