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
  void theMeasureReportsBothPassesOrAUsageError() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(ScreeningMeasure.run(new String[] {"--programme", "areso-social-2023", "--date",
        "2023-09-01", "../examples/screening-sample.csv"}, o, e)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("rows", "read only",
        "screening adds");
    assertThat(ScreeningMeasure.run(new String[] {"--date", "2023-13-01"}, o, e)).isEqualTo(2);
    assertThat(ScreeningMeasure.run(new String[] {"x.csv"}, o, e)).isEqualTo(2);
    assertThat(ScreeningMeasure.run(new String[] {"--programme", "nope", "--date", "2023-09-01",
        "x.csv"}, o, e)).isEqualTo(2);
  }
}
