package org.areso.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.areso.testkit.architecture.PurityRules.noDependencyOf;
import static org.areso.testkit.architecture.PurityRules.noIo;
import static org.areso.testkit.architecture.PurityRules.noStandardStreams;
import static org.areso.testkit.architecture.PurityRules.noSystemTimeOrRandomIds;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Areso's own production classes, in {@code areso-core} and {@code areso-rules}, are pure and
 * layered. The fixtures that prove each rule fires live in {@link PurityRulesTest}.
 */
class ArchitectureTest {

  private static final String CORE = "org.areso.core..";
  private static final String RULES = "org.areso.rules..";

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
  void coreAndRulesTouchNoFileNetworkOrDatabase() {
    // given
    ArchRule rule = noIo(CORE, RULES);

    // when, then
    rule.check(PRODUCTION);
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
