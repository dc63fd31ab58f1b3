package org.areso.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What {@code org.areso.testkit} exports is part of its API: a change here is deliberate. */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws Exception {
    Path classes = Path.of(
        AresoArbitraries.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsExactlyItsArbitrariesArchitectureRulesCaseTableAndLifecycleFixtures()
      throws Exception {
    // given
    ModuleDescriptor module = descriptor();
    // when
    var exported = module.exports().stream()
        .peek(export -> assertThat(export.isQualified()).as(export.source()).isFalse())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    // then
    assertThat(module.name()).isEqualTo("org.areso.testkit");
    assertThat(exported).containsExactlyInAnyOrder("org.areso.testkit",
        "org.areso.testkit.architecture", "org.areso.testkit.eligibility",
        "org.areso.testkit.lifecycle");
    assertThat(module.opens()).isEmpty();
  }

  @Test
  void neitherProvidesNorUsesAServiceAndRequiresItsTestLibrariesTransitively() throws Exception {
    // given
    ModuleDescriptor module = descriptor();
    // when
    var requires = module.requires().stream().filter(r -> !r.name().equals("java.base"))
        .collect(Collectors.toMap(ModuleDescriptor.Requires::name,
            ModuleDescriptor.Requires::modifiers));
    // then
    assertThat(module.provides()).isEmpty();
    assertThat(module.uses()).isEmpty();
    assertThat(requires).containsOnlyKeys("org.areso.core", "net.jqwik.api",
        "com.tngtech.archunit", "org.junit.jupiter.api");
    assertThat(requires.values()).allSatisfy(modifiers ->
        assertThat(modifiers).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
  }
}
