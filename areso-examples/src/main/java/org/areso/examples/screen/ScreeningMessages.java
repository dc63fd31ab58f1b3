package org.areso.examples.screen;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.areso.core.kernel.Language;

/**
 * Writes a {@link ScreeningReason}'s message: the pattern its code keys in this module's bundle
 * of the locale's language ({@code org/areso/examples/screen/reasons.properties} in English,
 * {@code reasons_fr}, {@code reasons_de}, {@code reasons_it}), filled with the record's components
 * in their order (a number without grouping), then, for {@link ScreeningReason.HeaderTooLarge},
 * the longest cell accepted. Each bundle is loaded once, on the first message asked in its
 * language, and never chosen by the JVM's default locale. Thread-safe.
 */
final class ScreeningMessages {

  private static final String BASE_NAME = "org.areso.examples.screen.reasons";
  private static final ConcurrentMap<Locale, ResourceBundle> LOADED = new ConcurrentHashMap<>();

  private ScreeningMessages() {}

  /** The locale whose bundle writes a language. */
  static Locale locale(Language language) {
    return switch (requireNonNull(language, "language")) {
      case FR -> Locale.FRENCH;
      case EN -> Locale.ROOT;
    };
  }

  /** The locale of the bundle that writes a locale's language: fr, de, it, or English. */
  static Locale bundleLocale(Locale locale) {
    return switch (requireNonNull(locale, "locale").getLanguage()) {
      case "fr" -> Locale.FRENCH;
      case "de" -> Locale.GERMAN;
      case "it" -> Locale.ITALIAN;
      default -> Locale.ROOT;
    };
  }

  /** The bundle of a locale's language. */
  static ResourceBundle bundle(Locale locale) {
    // The bundle's locale is chosen here (fr, de, it or the base), never by ResourceBundle's
    // fallback, which reads the JVM's default locale. No Control: getBundle with one throws
    // UnsupportedOperationException in a named module, as this one is on the module path.
    return LOADED.computeIfAbsent(bundleLocale(locale),
        l -> ResourceBundle.getBundle(BASE_NAME, l));
  }

  /**
   * A reason's message in a locale's language.
   *
   * @throws java.util.MissingResourceException if the bundle lacks the code (a programmer error
   *     the bundle test rules out)
   */
  static String format(ScreeningReason reason, Locale locale) {
    Locale language = bundleLocale(locale);
    return new MessageFormat(bundle(language).getString(reason.code()), language)
        .format(arguments(reason));
  }

  private static Object[] arguments(ScreeningReason reason) {
    RecordComponent[] components = reason.getClass().getRecordComponents();
    boolean cellLength = reason instanceof ScreeningReason.HeaderTooLarge;
    Object[] arguments = new Object[components.length + (cellLength ? 1 : 0)];
    for (int i = 0; i < components.length; i++) {
      Object value = read(components[i], reason);
      arguments[i] = value instanceof Integer number ? String.valueOf(number) : value;
    }
    if (cellLength) {
      arguments[components.length] = String.valueOf(CsvReader.MAX_CELL_LENGTH);
    }
    return arguments;
  }

  private static Object read(RecordComponent component, ScreeningReason reason) {
    try {
      return component.getAccessor().invoke(reason);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of "
          + reason.getClass().getSimpleName(), e);
    }
  }
}
