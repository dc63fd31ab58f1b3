package org.areso.rules.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.areso.testkit.architecture.PurityRules.noDependencyOf;
import static org.areso.testkit.architecture.PurityRules.noIoButOwnResources;
import static org.areso.testkit.architecture.PurityRules.noStandardStreams;
import static org.areso.testkit.architecture.PurityRules.noSystemTimeOrRandomIds;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Areso's own production classes, in {@code areso-core} and {@code areso-rules}, are pure and
 * layered. The fixtures that prove each rule fires live in {@link PurityRulesTest}.
 */
class ArchitectureTest {

  private static final String CORE = "org.areso.core..";
  private static final String RULES = "org.areso.rules..";
  private static final String REASON_BUNDLE = "org.areso.core.kernel.ReasonBundle";
  private static final String POLICY_MESSAGES = "org.areso.rules.text.PolicyMessages";
  private static final String POLICY_FILES = "org.areso.rules.eligibility.PolicyFiles";

  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(new ImportOption.DoNotIncludeTests())
      .importPackages("org.areso.core", "org.areso.rules");

  @Test
  void importSeesCoreProductionClassesButNoTestClass() {
    // given
    JavaClasses classes = PRODUCTION;

    // when
    boolean seesCore =
        classes.stream().anyMatch(c -> c.getPackageName().startsWith("org.areso.core"));
    boolean seesTests = classes.stream()
        .anyMatch(c -> c.getPackageName().startsWith("org.areso.rules.architecture")
            || c.getSimpleName().endsWith("Test"));

    // then
    assertThat(seesCore).as("sees org.areso.core classes").isTrue();
    assertThat(seesTests).as("sees test classes or fixtures").isFalse();
  }

  @Test
  void coreAndRulesTouchNoFileNetworkOrDatabaseAndOnlyThePolicyFilesReadTheirOwnResources() {
    // given the catalogue's policy files, packaged in areso-rules, are read in one place only
    ArchRule rule = noIoButOwnResources(POLICY_FILES, CORE, RULES);

    // when, then
    rule.check(PRODUCTION);
  }

  @Test
  void onlyTheReasonBundlesLoadABundle() {
    // given the one resource the I/O rule allows, its own bundles, is read in one place per module
    ArchRule rule = noClasses().that().resideInAnyPackage(CORE, RULES)
        .and().doNotHaveFullyQualifiedName(REASON_BUNDLE)
        .and().doNotHaveFullyQualifiedName(POLICY_MESSAGES)
        .should().callMethod(ResourceBundle.class, "getBundle", String.class, Locale.class)
        .because("the reasons' messages are the only resources core and rules read, and "
            + REASON_BUNDLE + " (core) and " + POLICY_MESSAGES + " (rules) load them");

    // when, then
    rule.check(PRODUCTION);
  }

  @Test
  void theReasonBundlesAreLoadedWhereTheArchitectureTestSaysTheyAre() {
    // given
    JavaClasses classes = PRODUCTION;

    // when
    boolean loads = classes.get(REASON_BUNDLE).getMethodCallsFromSelf().stream()
        .anyMatch(call -> call.getTargetOwner().isEquivalentTo(ResourceBundle.class)
            && call.getName().equals("getBundle"));
    boolean rulesLoad = classes.get(POLICY_MESSAGES).getMethodCallsFromSelf().stream()
        .anyMatch(call -> call.getTargetOwner().isEquivalentTo(ResourceBundle.class)
            && call.getName().equals("getBundle"));

    // then
    assertThat(loads).as("%s calls ResourceBundle.getBundle", REASON_BUNDLE).isTrue();
    assertThat(rulesLoad).as("%s calls ResourceBundle.getBundle", POLICY_MESSAGES).isTrue();
  }

  @Test
  void thePolicyFilesAreReadWhereTheArchitectureTestSaysTheyAre() {
    // given
    JavaClasses classes = PRODUCTION;

    // when
    boolean reads = classes.get(POLICY_FILES).getMethodCallsFromSelf().stream()
        .anyMatch(call -> call.getTargetOwner().isEquivalentTo(Class.class)
            && call.getName().equals("getResourceAsStream"));

    // then
    assertThat(reads).as("%s calls Class.getResourceAsStream", POLICY_FILES).isTrue();
  }

  @Test
  void coreAndRulesUseNoStandardStream() {
    // given
    ArchRule rule = noStandardStreams(CORE, RULES);

    // when, then
    rule.check(PRODUCTION);
  }

  @Test
  void coreAndRulesTakeTimeAndIdentifiersFromTheCaller() {
    // given
    ArchRule rule = noSystemTimeOrRandomIds(CORE, RULES);

    // when, then
    rule.check(PRODUCTION);
  }

  @Test
  void coreNeverDependsOnRules() {
    // given
    ArchRule rule = noDependencyOf(CORE, RULES);

    // when, then
    rule.check(PRODUCTION);
  }

  @Test
  void kernelDependsOnNoFeaturePackage() {
    // given
    ArchRule rule = noDependencyOf("org.areso.core.kernel..", CORE);

    // when, then
    rule.check(PRODUCTION);
  }
}
