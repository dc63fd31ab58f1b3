package org.areso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;

/** The comparison table runs the benchmarks its targets need and judges each ratio right. */
class ComparisonTest {

  private static List<String> benchmarks() {
    List<String> names = new ArrayList<>();
    for (Class<?> type : List.of(EligibilityBenchmark.class, LifecycleBenchmark.class,
        ReplayBenchmark.class, CalendarBenchmark.class, TextPolicyBenchmark.class)) {
      for (Method method : type.getMethods()) {
        if (method.isAnnotationPresent(Benchmark.class)) {
          names.add(type.getName() + "." + method.getName());
        }
      }
    }
    return names;
  }

  @Test
  void theIncludePatternSelectsExactlyTheComparedBenchmarks() {
    // given
    Pattern include = Pattern.compile(Comparison.INCLUDE);
    // when
    List<String> selected = benchmarks().stream().filter(name -> include.matcher(name).find())
        .map(name -> name.substring("org.areso.benchmarks.".length())).toList();
    // then
    assertThat(selected).containsExactlyInAnyOrder("EligibilityBenchmark.aresoVerdict",
        "EligibilityBenchmark.aresoExplained", "EligibilityBenchmark.aresoExplainedTree",
        "EligibilityBenchmark.aresoScreen", "EligibilityBenchmark.handWritten",
        "EligibilityBenchmark.easyRules", "LifecycleBenchmark.areso",
        "LifecycleBenchmark.stateless4j", "ReplayBenchmark.areso", "ReplayBenchmark.plainLoop",
        "CalendarBenchmark.aresoIsWorked", "CalendarBenchmark.jollydayIsWorked",
        "TextPolicyBenchmark.textPolicyVerdict", "TextPolicyBenchmark.javaPolicyVerdict");
  }

  @Test
  void eachRatioIsJudgedAgainstItsTargetInItsDirection() {
    // given
    Map<String, Comparison.Score> scores = Map.of(
        "EligibilityBenchmark.aresoVerdict", new Comparison.Score(140, 0, 100),
        "EligibilityBenchmark.handWritten", new Comparison.Score(100, 0, 64),
        "EligibilityBenchmark.easyRules", new Comparison.Score(2_100, 0, 5_000),
        "LifecycleBenchmark.areso", new Comparison.Score(3.0, 0.5, 5_000),
        "LifecycleBenchmark.stateless4j", new Comparison.Score(1.0, 0.1, 1_448));
    // when
    String table = Comparison.table(scores);
    // then
    assertThat(table).contains("| verdict / hand-written | 1.40× (1.40–1.40) | ≤ 1.5× | met |")
        .contains("| Easy Rules / Areso verdict | 15.00× (15.00–15.00) | ≥ 20.0× | **missed** |")
        .contains("| the walk / stateless4j | 3.00× (2.27–3.89) | ≤ 1.0× | **missed** |")
        .contains("| allocated per walk | 5,000 B | ≤ 4,096 B | **missed** |")
        .contains("| replay of 1,000 events / plain loop | not run |")
        .contains("| screening (verdict, reason codes, missing facts) / hand-written | not run |");
  }
}
