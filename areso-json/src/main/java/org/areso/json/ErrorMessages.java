package org.areso.json;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.areso.core.kernel.Language;

/**
 * Writes a {@link JsonError}'s message: the pattern its code keys in this module's bundle of the
 * locale's language ({@code org/areso/json/errors.properties} in English, {@code errors_fr},
 * {@code errors_de}, {@code errors_it}), filled with the record's components in their order; a
 * list of codes is written {@code " (A, B)"}, or nothing when empty. Each bundle is loaded once,
 * on the first message asked in its language. Thread-safe.
 */
final class ErrorMessages {

  private static final String BASE_NAME = "org.areso.json.errors";
  private static final ConcurrentMap<Locale, ResourceBundle> LOADED = new ConcurrentHashMap<>();

  private ErrorMessages() {}

  /** The locale whose bundle writes a language. */
  static Locale locale(Language language) {
    return switch (requireNonNull(language, "language")) {
      case FR -> Locale.FRENCH;
      case EN -> Locale.ROOT;
    };
  }

  /**
   * An error's message in a locale's language.
   *
   * @throws java.util.MissingResourceException if no bundle has the code (a programmer error the
   *     bundle test rules out)
   */
  static String format(JsonError error, Locale locale) {
    Locale bundleLocale = switch (requireNonNull(locale, "locale").getLanguage()) {
      case "fr" -> Locale.FRENCH;
      case "de" -> Locale.GERMAN;
      case "it" -> Locale.ITALIAN;
      default -> Locale.ROOT;
    };
    // The bundle is chosen here, not by ResourceBundle's fallback, which would read the JVM's
    // default locale.
    ResourceBundle bundle = LOADED.computeIfAbsent(bundleLocale,
        l -> ResourceBundle.getBundle(BASE_NAME, l));
    return new MessageFormat(bundle.getString(error.code()), bundleLocale)
        .format(arguments(error));
  }

  private static Object[] arguments(JsonError error) {
    RecordComponent[] components = error.getClass().getRecordComponents();
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Object value = read(components[i], error);
      arguments[i] = value instanceof Seq<?> codes
          ? (codes.isEmpty() ? "" : " (" + codes.mkString(", ") + ")")
          : value instanceof Integer number ? String.valueOf(number) : value;
    }
    return arguments;
  }

  private static Object read(RecordComponent component, JsonError error) {
    try {
      return component.getAccessor().invoke(error);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of "
          + error.getClass().getSimpleName(), e);
    }
  }
}
