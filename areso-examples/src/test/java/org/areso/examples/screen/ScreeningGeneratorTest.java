package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScreeningGeneratorTest {

  @TempDir
  Path directory;

  private static String generated(long rows, long seed) throws IOException {
    StringWriter out = new StringWriter();
    ScreeningGenerator.write(out, rows, seed);
    return out.toString();
  }

  @Test
  void theSameSeedGivesTheSameFileAndAnotherSeedAnotherFile() throws IOException {
    assertThat(generated(500, 7)).isEqualTo(generated(500, 7));
    assertThat(generated(500, 7)).isNotEqualTo(generated(500, 8));
  }

  @Test
  void aGeneratedFileMixesEveryVerdictWithFewInvalidRows() throws IOException {
    // given
    String csv = generated(5_000, 1);
    StringWriter out = new StringWriter();
    // when
    Tally tally = Screening.of(ScreeningPolicies.policy(), LocalDate.of(2023, 9, 1))
        .screen(new StringReader(csv), out, n -> { }, 1_000).get();
    // then
    assertThat(tally.rows()).isEqualTo(5_000);
    assertThat(tally.eligible()).isGreaterThan(1_000);
    assertThat(tally.notEligible()).isGreaterThan(1_000);
    assertThat(tally.undetermined()).isGreaterThan(500);
    assertThat(tally.invalid()).isBetween(100L, 500L);
    assertThat(out.toString()).contains("\"'-");
  }

  @Test
  void theCommandWritesTheFileAndRefusesBadUsage() throws IOException {
    // given
    Path file = directory.resolve("gen.csv");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
    // when
    int status = ScreeningGenerator.run(
        new String[] {"--rows", "100", "--seed", "3", file.toString()}, errors);
    // then
    assertThat(status).isZero();
    assertThat(Files.readString(file)).isEqualTo(generated(100, 3));
    assertThat(ScreeningGenerator.run(new String[] {"--rows", "x", "f.csv"}, errors))
        .isEqualTo(2);
    assertThat(ScreeningGenerator.run(new String[] {"f.csv"}, errors)).isEqualTo(2);
    assertThat(ScreeningGenerator.run(new String[] {"--rows", "1", "--zip", "f.csv"}, errors))
        .isEqualTo(2);
    assertThat(ScreeningGenerator.run(new String[] {"--rows", "1",
        directory.resolve("no/such/dir/f.csv").toString()}, errors)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(4);
  }
}
