package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What {@code org.areso.json} exports and requires is part of its API: a change here is deliberate. */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws Exception {
    Path classes = Path.of(
        AresoJson.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsExactlyItsOnePackageAndOpensNone() throws Exception {
    // given
    ModuleDescriptor module = descriptor();
    // when
    var exported = module.exports().stream()
        .peek(export -> assertThat(export.isQualified()).as(export.source()).isFalse())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    // then
    assertThat(module.name()).isEqualTo("org.areso.json");
    assertThat(exported).containsExactly("org.areso.json");
    assertThat(module.opens()).isEmpty();
  }

  @Test
  void requiresCoreAndJacksonDatabindTransitivelyAndNothingElse() throws Exception {
    // given
    ModuleDescriptor module = descriptor();
    // when
    var requires = module.requires().stream().filter(r -> !r.name().equals("java.base"))
        .collect(Collectors.toMap(ModuleDescriptor.Requires::name,
            ModuleDescriptor.Requires::modifiers));
    // then
    assertThat(requires).containsOnlyKeys("org.areso.core", "tools.jackson.databind");
    assertThat(requires.get("org.areso.core"))
        .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    assertThat(requires.get("tools.jackson.databind"))
        .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
  }

  @Test
  void providesAndUsesNoService() throws Exception {
    // given
    ModuleDescriptor module = descriptor();
    // when
    int services = module.provides().size() + module.uses().size();
    // then
    assertThat(services).isZero();
  }
}
