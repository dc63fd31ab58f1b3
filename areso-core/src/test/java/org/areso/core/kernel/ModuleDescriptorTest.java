package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What {@code org.areso.core} exports is part of its API: a change here is a deliberate one. */
class ModuleDescriptorTest {

  @Test
  void exportsExactlyItsFeaturePackagesAndRequiresOnlyVavrAndImmutablesAtCompileTime()
      throws Exception {
    // given
    Path classes = Path.of(Siren.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    // when
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    // then
    assertThat(module.name()).isEqualTo("org.areso.core");
    assertThat(module.exports().stream().map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet())).containsExactlyInAnyOrder("org.areso.core.kernel",
            "org.areso.core.eligibility", "org.areso.core.planning", "org.areso.core.lifecycle",
            "org.areso.core.programme", "org.areso.core.engagement",
            "org.areso.core.ethics");
    assertThat(module.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
    assertThat(module.opens()).isEmpty();
    assertThat(module.provides()).isEmpty();
    assertThat(module.uses()).containsExactly("org.areso.core.programme.ProgrammeProvider");
    assertThat(module.requires().stream().map(ModuleDescriptor.Requires::name)
        .filter(name -> !name.equals("java.base")).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("io.vavr", "org.immutables.value.annotations");
  }
}
