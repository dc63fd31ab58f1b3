package org.areso.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.areso.rules.eligibility.AresoPolicy;
import org.junit.jupiter.api.Test;

/** What {@code org.areso.rules} exports and provides is part of its API: a change here is deliberate. */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws Exception {
    Path classes = Path.of(
        AresoPolicy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsExactlyItsLegalDataCalendarsPoliciesProgrammesAndPolicyText() throws Exception {
    // given
    ModuleDescriptor module = descriptor();
    // when
    var exported = module.exports().stream()
        .peek(export -> assertThat(export.isQualified()).as(export.source()).isFalse())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    // then
    assertThat(module.name()).isEqualTo("org.areso.rules");
    assertThat(exported).containsExactlyInAnyOrder("org.areso.rules", "org.areso.rules.calendar",
        "org.areso.rules.eligibility", "org.areso.rules.programme", "org.areso.rules.text");
    assertThat(module.opens()).isEmpty();
  }

  @Test
  void providesTheCatalogueProgrammesAsItsOneServiceAndUsesNone() throws Exception {
    // given
    ModuleDescriptor module = descriptor();
    // when
    var provided = module.provides().stream().collect(Collectors.toMap(
        ModuleDescriptor.Provides::service, ModuleDescriptor.Provides::providers));
    // then
    assertThat(provided).containsOnlyKeys("org.areso.core.programme.ProgrammeProvider");
    assertThat(provided.get("org.areso.core.programme.ProgrammeProvider"))
        .containsExactly("org.areso.rules.programme.CatalogueProgrammes");
    assertThat(module.uses()).isEmpty();
  }

  @Test
  void requiresCoreTransitivelyAndTheYamlParserAndNothingElse() throws Exception {
    // given
    ModuleDescriptor module = descriptor();
    // when
    var requires = module.requires().stream().filter(r -> !r.name().equals("java.base"))
        .collect(Collectors.toMap(ModuleDescriptor.Requires::name,
            ModuleDescriptor.Requires::modifiers));
    // then
    assertThat(requires).as("areso-rules generates no value: no Immutables")
        .containsOnlyKeys("org.areso.core", "org.snakeyaml.engine");
    assertThat(requires.get("org.snakeyaml.engine")).as("the parser is an internal of the text")
        .doesNotContain(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
    assertThat(requires.get("org.areso.core"))
        .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
  }
}
