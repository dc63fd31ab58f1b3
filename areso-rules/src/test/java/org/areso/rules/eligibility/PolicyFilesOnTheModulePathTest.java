package org.areso.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the class path; here {@code org.areso.rules} is loaded as a named module, as a
 * host on the module path loads it, and its policy classes still read their files, packaged in a
 * package the module neither exports nor opens, and its policy files' errors their bundles.
 */
class PolicyFilesOnTheModulePathTest {

  private static ModuleLayer layer;

  private static Path whereIs(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @BeforeAll
  static void loadRulesAsANamedModule() throws Exception {
    ModuleFinder finder = ModuleFinder.of(whereIs(AresoPolicy.class),
        whereIs(org.areso.core.eligibility.Policy.class), whereIs(io.vavr.collection.List.class),
        whereIs(io.vavr.match.annotation.Patterns.class),
        whereIs(org.snakeyaml.engine.v2.api.LoadSettings.class));
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), Set.of("org.areso.rules"));
    layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
        ClassLoader.getPlatformClassLoader());
  }

  private static Object policyOf(String policyClass) throws Exception {
    Class<?> type = layer.findLoader("org.areso.rules").loadClass(policyClass);
    assertThat(type.getModule().getName()).isEqualTo("org.areso.rules");
    return type.getMethod("policy").invoke(null);
  }

  @Test
  void thePoliciesAreReadFromTheModulesOwnFiles() throws Exception {
    // given
    Module rules = layer.findModule("org.areso.rules").orElseThrow();
    // when
    Object policy = policyOf("org.areso.rules.eligibility.AuraDialogueQvtPolicy");
    // then
    assertThat(rules.getPackages()).contains("org.areso.rules.policies");
    assertThat(rules.getDescriptor().isOpen()).isFalse();
    assertThat(rules.isOpen("org.areso.rules.policies")).isFalse();
    assertThat(policy.getClass().getMethod("id").invoke(policy)).isEqualTo("aura-dialogue-qvt");
  }

  @Test
  void anotherModuleCannotReadThem() throws Exception {
    // given
    Module rules = layer.findModule("org.areso.rules").orElseThrow();
    // when
    var stream = rules.getResourceAsStream("org/areso/rules/policies/soreso.yaml");
    // then: the caller, this test, is not in the module, and the package is not open to it
    assertThat(stream).isNull();
  }

  @Test
  void theErrorsOfAPolicyFileAreWrittenFromTheModulesOwnBundles() throws Exception {
    // given a file with an unknown fact, read by the module's classes
    ClassLoader loader = layer.findLoader("org.areso.rules");
    Class<?> text = loader.loadClass("org.areso.rules.text.PolicyText");
    Object read = text.getMethod("read", String.class).invoke(null, """
        policy: pilot
        title: {fr: Pilote, en: Pilot}
        rules:
          - rule: inFrance
            description: {fr: en France, en: in France}
            cites: {kind: page, code: Pilote, article: Charte}
            fact: contry
            equals: FR
        """);
    Object errors = loader.loadClass("io.vavr.control.Validation").getMethod("getError")
        .invoke(read);
    Object error = loader.loadClass("io.vavr.collection.Traversable").getMethod("head")
        .invoke(errors);
    // when
    java.lang.reflect.Method message = loader.loadClass("org.areso.rules.text.PolicyTextError")
        .getMethod("message", java.util.Locale.class);
    // then
    assertThat(message.invoke(error, java.util.Locale.GERMAN)).asString()
        .startsWith("Zeile 7, Spalte 11: unbekannte Angabe «contry»");
    assertThat(message.invoke(error, java.util.Locale.ITALIAN)).asString()
        .startsWith("riga 7, colonna 11: dato sconosciuto «contry»");
    assertThat(message.invoke(error, java.util.Locale.FRENCH)).asString()
        .startsWith("ligne 7, colonne 11 : fait inconnu « contry »");
  }
}
