package org.areso.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.areso.testkit.jqwik.AresoArbitraries;

/**
 * The command line with arbitrary arguments: every command ({@code demo}, {@code diagram},
 * {@code screen}, {@code policy}, {@code hr}, {@code vocabulary}, or none) with hostile options and
 * values, and nothing on standard input. The outcome is always the documented exit status 0, 1 or
 * 2 (with a message on standard error for 2), never an exception, never a hang.
 * {@code generate-screening} writes files and is left out; the {@code hr} command is only ever
 * given an in-memory database or a value that is not a JDBC URL.
 */
class CommandLineProperties {

  static final int TRIES = 500;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  @Provide
  Arbitrary<String[]> arguments() {
    Arbitrary<String> command = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of("demo", "diagram", "screen", "vocabulary",
            "policy")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("hr")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of("", "DEMO", "--help", "-", "demo ")),
        net.jqwik.api.Tuple.of(1, AresoArbitraries.hostileText()));
    Arbitrary<String> token = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of("--lang", "--programme", "--date", "--quiet",
            "--rows", "--seed", "--policy", "--lang=en", "--date=2024-01-08", "check", "test",
            "--", "-")),
        net.jqwik.api.Tuple.of(4, Arbitraries.of("fr", "en", "EN", "de", "areso",
            "areso-social-2023", "soreso", "aura-dialogue-qvt", "workplace-social-service",
            "AREsO", "2024-01-08", "2024-02-30", "+999999999-12-31", "-1", "9223372036854775808",
            "pom.xml", "target/no-such-file.csv", "target", "", "\u0000")),
        net.jqwik.api.Tuple.of(2, AresoArbitraries.hostileText()
            .filter(s -> !s.toLowerCase(Locale.ROOT).startsWith("jdbc"))));
    return Arbitraries.lazy(() -> token.list().ofMaxSize(6)).flatMap(rest ->
        command.map(first -> {
          List<String> all = new ArrayList<>();
          all.add(first);
          all.addAll(rest);
          if (first.equals("hr") && all.size() == 1) {
            // never the shared default database, never a URL that could touch a file
            all.add("jdbc:h2:mem:cli-" + DATABASES.incrementAndGet());
          }
          return all.toArray(String[]::new);
        }));
  }

  @Property(tries = TRIES)
  void anyArgumentsEndInADocumentedExitStatusNeverAnExceptionNeverAHang(
      @ForAll("arguments") String[] args) {
    // when
    Run run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> Run.of(args));
    int status = run.status();
    // then
    assertThat(status).isIn(0, 1, 2);
    assertThat(run.err()).as("no stack trace").doesNotContain("\tat ");
    if (status == 2) {
      assertThat(run.err()).isNotBlank();
    }
    if (status == 0 && !args[0].equals("screen")) {
      assertThat(run.out()).isNotEmpty();
    }
    Statistics.label("command").collect(args[0].length() > 12 ? "hostile" : args[0]);
    Statistics.label("status").collect(status);
    Statistics.label("status").coverage(c -> {
      c.check(0).count(n -> n > 0);
      c.check(2).count(n -> n > 0);
    });
  }
}
