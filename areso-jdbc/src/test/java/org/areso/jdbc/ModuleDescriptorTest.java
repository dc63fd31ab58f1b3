package org.areso.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What {@code org.areso.jdbc} exports is part of its API: a change here is deliberate. */
class ModuleDescriptorTest {

  private static ModuleDescriptor descriptor() throws Exception {
    Path classes = Path.of(
        JdbcEventStore.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      return ModuleDescriptor.read(in);
    }
  }

  @Test
  void exportsExactlyItsStorePackageAndOpensNothing() throws Exception {
    // given
    ModuleDescriptor module = descriptor();
    // when
    var exported = module.exports().stream()
        .peek(export -> assertThat(export.isQualified()).as(export.source()).isFalse())
        .map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());
    // then
    assertThat(module.name()).isEqualTo("org.areso.jdbc");
    assertThat(exported).containsExactly("org.areso.jdbc");
    assertThat(module.opens().stream().map(ModuleDescriptor.Opens::source)
        .collect(Collectors.toSet())).as("Flyway reads the migrations from outside the module")
        .containsExactlyInAnyOrder("db.areso.h2", "db.areso.postgresql");
  }

  @Test
  void requiresCoreJsonAndJdbcTransitivelySlf4jPlainlyAndFlywayOnlyAtCompileTime() throws Exception {
    // given
    ModuleDescriptor module = descriptor();
    // when
    var requires = module.requires().stream().filter(r -> !r.name().equals("java.base"))
        .collect(Collectors.toMap(ModuleDescriptor.Requires::name,
            r -> r.modifiers().stream().map(Enum::name).collect(Collectors.toSet())));
    // then
    assertThat(module.provides()).isEmpty();
    assertThat(module.uses()).isEmpty();
    assertThat(requires).containsOnlyKeys("org.areso.core", "org.areso.json", "java.sql",
        "org.slf4j", "flyway.core");
    assertThat(requires.get("org.areso.core")).containsExactly("TRANSITIVE");
    assertThat(requires.get("org.areso.json")).containsExactly("TRANSITIVE");
    assertThat(requires.get("java.sql")).containsExactly("TRANSITIVE");
    assertThat(requires.get("org.slf4j")).isEmpty();
    assertThat(requires.get("flyway.core")).containsExactly("STATIC");
  }
}
