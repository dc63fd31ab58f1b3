package org.areso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code org.areso.cli} is run, not used: it exports nothing, and opens its one package to
 * picocli alone.
 */
class ModuleDescriptorTest {

  @Test
  void exportsNothingOpensItsPackageToPicocliAloneAndRequiresTheExamples() throws Exception {
    // given
    Path classes = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    // when
    ModuleDescriptor module;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      module = ModuleDescriptor.read(in);
    }
    // then
    assertThat(module.name()).isEqualTo("org.areso.cli");
    assertThat(module.exports()).isEmpty();
    assertThat(module.isOpen()).isFalse();
    assertThat(module.opens()).singleElement().satisfies(opens -> {
      assertThat(opens.source()).isEqualTo("org.areso.cli");
      assertThat(opens.targets()).containsExactly("info.picocli");
    });
    assertThat(module.provides()).isEmpty();
    assertThat(module.uses()).isEmpty();
    assertThat(module.requires().stream().map(ModuleDescriptor.Requires::name)
        .filter(name -> !name.equals("java.base")).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("org.areso.examples", "org.areso.core", "info.picocli");
  }
}
