package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
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
    HotSpotDiagnosticMXBean vm =
        ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
    String ratio = vm.getVMOption("MaxHeapFreeRatio").getValue();
    // when
    ScreeningMeasure.measure(ScreeningPolicies.policy(), LocalDate.of(2023, 9, 1),
        ScreenCommandTest.SAMPLE, new PrintStream(out, true, StandardCharsets.UTF_8));
    // then: the heap was kept between passes, and is given back as before once measured
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("screening-sample.csv: 21 rows, ")
        .contains("heap kept between passes", "read only", "screening :", "screening adds");
    assertThat(vm.getVMOption("MaxHeapFreeRatio").getValue()).isEqualTo(ratio);
  }
}
