package org.areso.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** The catalogue's policy files: read from this module, and a refused one is a defect, said. */
class PolicyFilesTest {

  @Test
  void readsEachPolicyFromTheFileOfItsIdentifier() {
    // when
    var policy = PolicyFiles.read(WorkplaceSocialServicePolicy.ID);
    // then
    assertThat(policy.id()).isEqualTo(WorkplaceSocialServicePolicy.ID);
    assertThat(policy.allRules().map(r -> r.name()))
        .containsExactly("locatedInFrance", "employsStaff");
  }

  @Test
  void aRefusedFileFailsNamingEveryErrorWithItsPosition() {
    // given
    String text = """
        policy: soreso
        title: {fr: SORESO, en: SORESO}
        rules:
          - rule: locatedInSwitzerland
            description: {fr: en Suisse, en: in Switzerland}
            cites: presentation
            fact: contry
            equals: CH
        """;
    // when, then
    assertThatIllegalStateException()
        .isThrownBy(() -> PolicyFiles.compile("soreso", text, List.empty()))
        .withMessageContaining("org/areso/rules/policies/soreso.yaml is refused")
        .withMessageContaining("org/areso/rules/policies/soreso.yaml:6:12 POLICY_TEXT_UNKNOWN_REFERENCE")
        .withMessageContaining("org/areso/rules/policies/soreso.yaml:7:11 POLICY_TEXT_UNKNOWN_FACT");
  }

  @Test
  void aFileHoldingAnotherPolicyIsRefused() {
    // given
    String text = """
        policy: not-soreso
        title: {fr: SORESO, en: SORESO}
        rules:
          - rule: locatedInSwitzerland
            description: {fr: en Suisse, en: in Switzerland}
            cites: {code: SORESO, article: présentation}
            fact: country
            equals: CH
        """;
    // when, then
    assertThatIllegalStateException()
        .isThrownBy(() -> PolicyFiles.compile("soreso", text, List.empty()))
        .withMessageContaining("holds the policy 'not-soreso', not 'soreso'");
  }

  @Test
  void aMissingFileIsADefectOfTheCatalogue() {
    // when, then
    assertThatIllegalStateException().isThrownBy(() -> PolicyFiles.read("no-such-programme"))
        .withMessage("the catalogue has no policy file org/areso/rules/policies/"
            + "no-such-programme.yaml");
  }
}
