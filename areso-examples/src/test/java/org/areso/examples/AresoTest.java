package org.areso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AresoTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Areso.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void theDemoTellsInFrenchByDefault() {
    // when
    int status = run("demo");
    // then
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(text).contains("Le champ « siret »").contains("CHECK_DIGIT_MISMATCH")
        .contains("INCONSISTENT_FIELDS").contains("[2023-07-01..2024-04-30]");
    assertThat(err.size()).isZero();
  }

  @Test
  void theDemoTellsInEnglishOnRequest() {
    // when
    int status = run("demo", "--lang", "en");
    // then
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Field 'siret'")
        .doesNotContain("Le champ");
  }

  @Test
  void aUsageErrorExitsWithTwoAndOneLine() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("demo", "--lang", "de")).isEqualTo(2);
    assertThat(run("demo", "--verbose")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(3);
    assertThat(out.size()).isZero();
  }

  @Test
  void screenFindsTheProgrammeThroughTheServiceLoader() {
    // when: the test programme is declared in the test resources' service file
    int status = run("screen", "--quiet", "--programme", "screening-test", "--date",
        "2023-09-01", "../examples/screening-sample.csv");
    // then
    assertThat(status).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("id,verdict,reasons,missing\n")
        .contains("chrs-001,ELIGIBLE,,");
    assertThat(err.size()).isZero();
  }

  @Test
  void generateScreeningIsACommandOfTheLauncher() {
    assertThat(run("generate-screening")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("areso generate-screening: ");
  }
}
