package org.areso.json.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.areso.testkit.architecture.PurityRules.noIo;
import static org.areso.testkit.architecture.PurityRules.noStandardStreams;
import static org.areso.testkit.architecture.PurityRules.noSystemTimeOrRandomIds;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * areso-json is pure: strings in, strings out. The fixtures that prove each rule fires live in
 * areso-rules' {@code PurityRulesTest}, beside the rules' own tests in areso-testkit.
 */
class ArchitectureTest {

  private static final String JSON = "org.areso.json..";

  private static final JavaClasses PRODUCTION = new ClassFileImporter()
      .withImportOption(new ImportOption.DoNotIncludeTests())
      .importPackages("org.areso.json");

  @Test
  void importSeesTheModulesProductionClassesButNoTestClass() {
    // given
    JavaClasses classes = PRODUCTION;

    // when
    boolean seesJson = classes.stream().anyMatch(c -> c.getSimpleName().equals("AresoJson"));
    boolean seesTests = classes.stream().anyMatch(c -> c.getSimpleName().endsWith("Test")
        || c.getSimpleName().endsWith("Properties"));

    // then
    assertThat(seesJson).as("sees AresoJson").isTrue();
    assertThat(seesTests).as("sees test classes").isFalse();
  }

  @Test
  void touchesNoFileNetworkOrDatabase() {
    noIo(JSON).check(PRODUCTION);
  }

  @Test
  void usesNoStandardStream() {
    noStandardStreams(JSON).check(PRODUCTION);
  }

  @Test
  void takesNoTimeOrIdentifierFromTheSystem() {
    noSystemTimeOrRandomIds(JSON).check(PRODUCTION);
  }
}
