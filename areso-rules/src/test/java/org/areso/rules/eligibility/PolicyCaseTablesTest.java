package org.areso.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.areso.core.eligibility.Policy;
import org.areso.testkit.eligibility.CaseTable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Each programme's case table, written by a rule author in
 * {@code src/test/resources/org/areso/rules/eligibility/<id>.md}, run against its policy; the last
 * test of each table fails when a rule of the policy is decided by no case.
 */
class PolicyCaseTablesTest {

  static CaseTable table(String id) {
    try (InputStream in = PolicyCaseTablesTest.class.getResourceAsStream(id + ".md")) {
      if (in == null) {
        throw new IllegalStateException("no case table " + id + ".md");
      }
      return CaseTable.markdown(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<DynamicTest> run(Policy policy) {
    return table(policy.id()).run(policy);
  }

  @TestFactory
  Stream<DynamicTest> aresoIsForEmployersInFranceWithRepresentativesForTheJointTraining() {
    return run(AresoPolicy.policy());
  }

  @TestFactory
  Stream<DynamicTest> aresoSocial2023IsForStateFundedSocialEstablishmentsDuringItsWindow() {
    return run(AresoSocial2023Policy.policy());
  }

  @TestFactory
  Stream<DynamicTest> soresoIsForAnyEmployerInSwitzerland() {
    return run(SoresoPolicy.policy());
  }

  @TestFactory
  Stream<DynamicTest> auraDialogueQvtIsForTheRegionsNonProfitBodiesOfTheSectorWhateverTheDay() {
    return run(AuraDialogueQvtPolicy.policy());
  }

  @TestFactory
  Stream<DynamicTest> workplaceSocialServiceIsForEmployersInFranceWhateverTheirSize() {
    return run(WorkplaceSocialServicePolicy.policy());
  }

  @Test
  void everyProgrammeHasAtLeastFifteenCases() {
    // given
    Stream<String> ids = Stream.of(AresoPolicy.ID, AresoSocial2023Policy.ID, SoresoPolicy.ID,
        AuraDialogueQvtPolicy.ID, WorkplaceSocialServicePolicy.ID);
    // then
    ids.forEach(id -> assertThat(table(id).size()).as(id).isGreaterThanOrEqualTo(15));
  }
}
