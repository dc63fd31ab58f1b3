package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.match.annotation.Patterns;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the class path; here {@code org.areso.core} is loaded as a named module, as a
 * host on the module path loads it, and its reasons still find their bundles in their own module
 * and read their records' components.
 */
class ReasonBundleOnTheModulePathTest {

  private static ModuleLayer layer;

  private static Path whereIs(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @BeforeAll
  static void loadCoreAsANamedModule() throws Exception {
    ModuleFinder finder = ModuleFinder.of(whereIs(Reason.class),
        whereIs(io.vavr.collection.List.class), whereIs(Patterns.class));
    Configuration configuration = ModuleLayer.boot().configuration()
        .resolve(finder, ModuleFinder.of(), Set.of("org.areso.core"));
    layer = ModuleLayer.boot().defineModulesWithOneLoader(configuration,
        ClassLoader.getPlatformClassLoader());
  }

  private static Object reason(String type, Class<?> component, Object value) throws Exception {
    Class<?> record = layer.findLoader("org.areso.core").loadClass(type);
    assertThat(record.getModule().getName()).isEqualTo("org.areso.core");
    return record.getConstructor(component).newInstance(value);
  }

  private static String message(Object reason, Locale locale) throws Exception {
    return (String) reason.getClass().getMethod("message", Locale.class).invoke(reason, locale);
  }

  @Test
  void aFieldReasonFindsItsFrenchBundleInItsModule() throws Exception {
    // given
    Object blank = reason("org.areso.core.kernel.FieldReason$Blank", String.class, "siret");

    // when
    String message = message(blank, Locale.FRENCH);

    // then
    assertThat(message).isEqualTo("Le champ « siret » est vide alors qu'une valeur est requise.");
  }

  @Test
  void aFieldReasonFindsItsGermanBundleInItsModule() throws Exception {
    // given
    Object blank = reason("org.areso.core.kernel.FieldReason$Blank", String.class, "uid");

    // when
    String message = message(blank, Locale.forLanguageTag("de-CH"));

    // then
    assertThat(message).isEqualTo("Das Feld «uid» ist leer, obwohl ein Wert verlangt wird.");
  }

  @Test
  void aReasonOfAnotherPackageQuotesItsComponentsFromTheEnglishBundle() throws Exception {
    // given
    Object notWorked = reason("org.areso.core.planning.PlanViolation$NotWorked", LocalDate.class,
        LocalDate.of(2026, 8, 1));

    // when
    String message = message(notWorked, Locale.JAPANESE);

    // then
    assertThat(message).isEqualTo("The session on 2026-08-01 falls on a non-working day.");
  }
}
