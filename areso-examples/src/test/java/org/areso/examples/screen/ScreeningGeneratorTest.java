package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScreeningGeneratorTest {

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
}
