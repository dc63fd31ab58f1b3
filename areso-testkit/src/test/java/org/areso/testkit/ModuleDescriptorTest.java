package org.areso.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What {@code org.areso.testkit} exports and requires is part of its API: a change here is deliberate. */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws Exception {
    Path classes = Path.of(
        org.areso.testkit.eligibility.CaseTable.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsExactlyItsCaseTableLifecycleFixturesAndBundleCheck() throws Exception {
    // given
    ModuleDescriptor module = descriptor();
    // when
    var exported = module.exports().stream()
        .peek(export -> assertThat(export.isQualified()).as(export.source()).isFalse())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    // then
    assertThat(module.name()).isEqualTo("org.areso.testkit");
    assertThat(exported).containsExactlyInAnyOrder("org.areso.testkit.eligibility",
        "org.areso.testkit.lifecycle", "org.areso.testkit.messages");
    assertThat(module.opens()).isEmpty();
  }

  @Test
  void requiresCoreAndJUnitsApiAloneNeitherJqwikNorArchUnit() throws Exception {
    // given
    ModuleDescriptor module = descriptor();
    // when
    var requires = module.requires().stream().filter(r -> !r.name().equals("java.base"))
        .collect(Collectors.toMap(ModuleDescriptor.Requires::name,
            ModuleDescriptor.Requires::modifiers));
    // then
    assertThat(module.provides()).isEmpty();
    assertThat(module.uses()).isEmpty();
    assertThat(requires).containsOnlyKeys("org.areso.core", "org.junit.jupiter.api");
    assertThat(requires.values()).allSatisfy(modifiers ->
        assertThat(modifiers).contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
  }
}
