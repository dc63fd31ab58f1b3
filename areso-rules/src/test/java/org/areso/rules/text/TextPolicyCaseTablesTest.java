package org.areso.rules.text;

import java.util.stream.Stream;
import org.areso.rules.eligibility.AresoPolicy;
import org.areso.rules.eligibility.AresoSocial2023Policy;
import org.areso.rules.eligibility.AuraDialogueQvtPolicy;
import org.areso.rules.eligibility.SoresoPolicy;
import org.areso.rules.eligibility.WorkplaceSocialServicePolicy;
import org.areso.testkit.eligibility.CaseTable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each programme's policy file run through the case table its Java policy passes, from
 * {@code src/test/resources/org/areso/rules/eligibility/<id>.md}; the last test of each table
 * fails when a rule of the file is decided by no case.
 */
class TextPolicyCaseTablesTest {

  private static Stream<DynamicTest> run(String id) {
    CaseTable table = CaseTable.markdown(
        TextPolicyFixtures.resource("/org/areso/rules/eligibility/" + id + ".md"));
    return table.run(TextPolicyFixtures.textPolicy(id));
  }

  @TestFactory
  Stream<DynamicTest> aresoFileDecidesItsCaseTable() {
    return run(AresoPolicy.ID);
  }

  @TestFactory
  Stream<DynamicTest> aresoSocial2023FileDecidesItsCaseTable() {
    return run(AresoSocial2023Policy.ID);
  }

  @TestFactory
  Stream<DynamicTest> soresoFileDecidesItsCaseTable() {
    return run(SoresoPolicy.ID);
  }

  @TestFactory
  Stream<DynamicTest> auraDialogueQvtFileDecidesItsCaseTable() {
    return run(AuraDialogueQvtPolicy.ID);
  }

  @TestFactory
  Stream<DynamicTest> workplaceSocialServiceFileDecidesItsCaseTable() {
    return run(WorkplaceSocialServicePolicy.ID);
  }
}
