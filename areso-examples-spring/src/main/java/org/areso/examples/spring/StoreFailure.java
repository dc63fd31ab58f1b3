package org.areso.examples.spring;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.jdbc.StoreError;

/**
 * Why the event store did not do what a request asked, as a {@link Reason} the API shows in French,
 * English, German or Italian: {@code areso-jdbc}'s {@link StoreError}, its code kept. No message
 * quotes a stored payload or a database's message.
 *
 * <p>The message is the pattern the code keys in this module's bundle
 * {@code org/areso/examples/spring/store.properties} (English; {@code store_fr}, {@code store_de},
 * {@code store_it}), filled with the store error's data.
 *
 * @param error the store's error, not null
 */
record StoreFailure(StoreError error) implements Reason {

  private static final String BASE_NAME = "org.areso.examples.spring.store";
  private static final ConcurrentMap<Locale, ResourceBundle> LOADED = new ConcurrentHashMap<>();

  /** Creates the reason. @throws NullPointerException if error is null */
  StoreFailure {
    requireNonNull(error, "error");
  }

  @Override
  public String code() {
    return error.code();
  }

  @Override
  public String message(Language language) {
    return message(requireNonNull(language, "language") == Language.FR ? Locale.FRENCH
        : Locale.ROOT);
  }

  /**
   * The message in a locale's language: French, German, Italian, English for any other, whatever
   * the JVM's default locale.
   */
  @Override
  public String message(Locale locale) {
    Locale language = bundleLocale(locale);
    return new MessageFormat(bundle(language).getString(error.code()), language)
        .format(arguments(language).toJavaArray());
  }

  /** The data the message of the error quotes, numbers written without grouping. */
  Seq<Object> arguments(Locale language) {
    if (error instanceof StoreError.VersionConflict conflict) {
      return List.of(conflict.engagement(), String.valueOf(conflict.expected()),
          String.valueOf(conflict.actual()));
    } else if (error instanceof StoreError.NotFound notFound) {
      return List.of(notFound.engagement());
    } else if (error instanceof StoreError.HistoryRefused history) {
      return List.of(history.engagement(), history.error().message(language));
    } else if (error instanceof StoreError.Undecodable row) {
      return List.of(row.engagement(), String.valueOf(row.version()), row.problem());
    } else if (error instanceof StoreError.DatabaseFailure failure) {
      return List.of(failure.operation(), failure.sqlState());
    }
    return List.of(error.code());
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

  /** The bundle of a bundle locale, loaded on first use. */
  static ResourceBundle bundle(Locale bundleLocale) {
    return LOADED.computeIfAbsent(bundleLocale, l -> ResourceBundle.getBundle(BASE_NAME, l));
  }
}
