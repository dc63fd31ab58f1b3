package org.areso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code org.areso.examples} holds programs, not API: it exports them to the command line
 * ({@code org.areso.cli}) alone, and opens, provides and uses nothing.
 */
class ModuleDescriptorTest {

  @Test
  void exportsItsProgramsToTheCommandLineAloneOpensNothingAndNeitherProvidesNorUsesAService()
      throws Exception {
    // given
    Path classes = Path.of(
        Programs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    // when
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    // then
    assertThat(module.name()).isEqualTo("org.areso.examples");
    assertThat(module.exports()).allSatisfy(export ->
        assertThat(export.targets()).as(export.source()).containsExactly("org.areso.cli"));
    assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source))
        .containsExactlyInAnyOrder("org.areso.examples", "org.areso.examples.hr",
            "org.areso.examples.policy", "org.areso.examples.screen");
    assertThat(module.opens()).isEmpty();
    assertThat(module.isOpen()).isFalse();
    assertThat(module.provides()).isEmpty();
    assertThat(module.uses()).isEmpty();
    assertThat(module.requires().stream().map(ModuleDescriptor.Requires::name)
        .filter(name -> !name.equals("java.base")).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("org.areso.rules", "org.areso.testkit", "org.areso.json",
            "org.areso.jdbc", "org.slf4j", "java.sql", "java.management", "jdk.management",
            "com.h2database", "flyway.core");
  }
}
