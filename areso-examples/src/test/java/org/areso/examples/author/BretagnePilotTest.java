package org.areso.examples.author;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.rules.text.PolicyText;
import org.areso.testkit.eligibility.CaseTable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A rule author's tests: the case table, and the programme found through the SPI. */
class BretagnePilotTest {

  @TestFactory
  Stream<DynamicTest> thePilotIsForSmallRepresentedSocialAssociationsInBrittanyIn2027() {
    // the case table beside the policy file, in the main resources: ./areso policy test runs it too
    return CaseTable.markdown(BretagnePilot.text("example-bretagne-pilot.md"))
        .run(BretagnePilot.INSTANCE.policy());
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
  void thePilotsPolicyIsReadFromItsFileThroughPolicyText() {
    // when
    var read = PolicyText.read(BretagnePilot.text(BretagnePilot.POLICY_FILE));
    // then
    assertThat(BretagnePilot.builtPolicy().<String>fold(e -> e.mkString("; "), p -> "valid"))
        .isEqualTo("valid");
    assertThat(read.get().id()).isEqualTo(BretagnePilot.ID);
    assertThat(BretagnePilot.INSTANCE.policy().allRules().map(r -> r.name()))
        .isEqualTo(read.get().allRules().map(r -> r.name()))
        .contains("inBrittany", "fewerThanFiftyEmployees", "requestedIn2027");
  }

  @Test
  void aMistakeInThePolicyFileComesBackPositionedNotAtTheFirstRequest() {
    // given the pilot's file with a misspelt fact
    String text = BretagnePilot.text(BretagnePilot.POLICY_FILE)
        .replace("fact: region", "fact: regoin");
    // when
    var read = PolicyText.read(text);
    // then
    assertThat(read.getError().map(e -> e.code())).containsExactly(PolicyText.UNKNOWN_FACT);
    assertThat(read.getError().head().line()).isEqualTo(
        BretagnePilot.text(BretagnePilot.POLICY_FILE).lines().toList().indexOf("    fact: region")
            + 1);
  }

  @Test
  void thePilotsTermsHoldTogether() {
    assertThat(BretagnePilot.INSTANCE.charter().programme()).isEqualTo(BretagnePilot.ID);
    assertThat(BretagnePilot.INSTANCE.durations().map(f -> f.id()))
        .containsExactly("seminar");
    assertThat(BretagnePilot.INSTANCE.formats().map(f -> f.value())).containsExactly("seminar");
  }
}
