package org.areso.examples.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.testkit.eligibility.CaseTable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A rule author's tests: the case table, and the programme found through the SPI. */
class BretagnePilotTest {

  @TestFactory
  Stream<DynamicTest> thePilotIsForSmallRepresentedAssociationsInBrittanyIn2025()
      throws IOException {
    try (InputStream in = getClass().getResourceAsStream("example-bretagne-pilot.md")) {
      return CaseTable.markdown(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .run(BretagnePilot.INSTANCE.policy());
    }
  }

  @Test
  void theCatalogueFindsThePilotAndItsPolicyNextToTheFiveProgrammes() {
    // the provider is declared in this module's test resources (META-INF/services)
    assertThat(ProgrammeCatalogue.discover().get().programme(BretagnePilot.ID))
        .contains(BretagnePilot.INSTANCE);
    assertThat(ProgrammeCatalogue.discover().get().ids()).contains("areso", "soreso");
    assertThat(ProgrammeCatalogue.discover().get().programme(BretagnePilot.ID)
        .map(Programme::policy).map(p -> p.id())).containsExactly(BretagnePilot.ID);
  }

  @Test
  void thePilotsTermsHoldTogether() {
    assertThat(BretagnePilot.builtPolicy().isValid()).isTrue();
    assertThat(BretagnePilot.INSTANCE.charter().programme()).isEqualTo(BretagnePilot.ID);
    assertThat(BretagnePilot.INSTANCE.durations().map(f -> f.id()))
        .containsExactly("seminar");
    assertThat(BretagnePilot.INSTANCE.formats().map(f -> f.value())).containsExactly("seminar");
  }
}
