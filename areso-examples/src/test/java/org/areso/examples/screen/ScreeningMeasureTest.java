package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ScreeningMeasureTest {

  @Test
  void readingOnlyCountsTheRowsTheScreeningWouldScreen() throws Exception {
    Screening screening = Screening.of(ScreeningPolicies.policy(), LocalDate.of(2023, 9, 1));
    assertThat(screening.parseOnly(new StringReader("id,casf_item\na,8\nb,\"9\"\nc,x\n")))
        .isEqualTo(3);
    assertThat(screening.parseOnly(new StringReader("name\nx\n"))).isEqualTo(-1);
  }

  @Test
  void theMeasureReportsBothPassesAndWhatScreeningAdds() throws Exception {
    // given
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    // when
    ScreeningMeasure.measure(ScreeningPolicies.policy(), LocalDate.of(2023, 9, 1),
        ScreenCommandTest.SAMPLE, new PrintStream(out, true, StandardCharsets.UTF_8));
    // then
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("screening-sample.csv: 21 rows, ")
        .contains("read only", "screening :", "screening adds");
  }
}
