package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Traversable;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The one way a {@link BundledReason}'s message is written ({@link ReasonMessages} holds the
 * bundles): the pattern its code keys in the bundle of the locale's language, filled with its
 * arguments.
 *
 * <p>Areso's bundles are this module's own {@code .properties} files, loaded with
 * {@link ResourceBundle#getBundle(String, Locale)} from this class, so that on the module path
 * they are looked up in this module and on the class path beside this class. They and the labels'
 * bundles ({@link Labels}) are the only resources Areso's pure modules read (the architecture test
 * allows exactly this). Each bundle is
 * loaded once, on the first message asked in its language, and kept ({@link
 * ReasonMessages#areso()}). Thread-safe.
 */
final class ReasonBundle {

  /** The bundles' base name: {@code reasons.properties} (English) and its translations. */
  static final String BASE_NAME = "org.areso.core.kernel.reasons";
  /** The base name of the constants' labels ({@link Labels}): {@code labels.properties}. */
  static final String LABELS = "org.areso.core.kernel.labels";

  private static final ConcurrentMap<Locale, ResourceBundle> LOADED_LABELS =
      new ConcurrentHashMap<>();

  /** Each record's component accessors, read once per record type. */
  private static final ClassValue<Seq<Method>> COMPONENTS = new ClassValue<>() {
    @Override
    protected Seq<Method> computeValue(Class<?> type) {
      return accessors(type);
    }
  };

  private ReasonBundle() {}

  /**
   * The language a locale's message falls back to where Areso only writes French and English:
   * French for a French locale, English for any other.
   */
  static Language language(Locale locale) {
    return bundleLocale(locale).equals(Locale.FRENCH) ? Language.FR : Language.EN;
  }

  /** The locale whose bundle writes a language. */
  static Locale locale(Language language) {
    return switch (requireNonNull(language, "language")) {
      case FR -> Locale.FRENCH;
      case EN -> Locale.ROOT;
    };
  }

  /**
   * The locale of the bundle that writes a locale's language: French, German, Italian, or the
   * English base bundle. Choosing it here, rather than leaving the fallback to
   * {@link ResourceBundle}, keeps the JVM's default locale out of the choice.
   */
  static Locale bundleLocale(Locale locale) {
    return switch (requireNonNull(locale, "locale").getLanguage()) {
      case "fr" -> Locale.FRENCH;
      case "de" -> Locale.GERMAN;
      case "it" -> Locale.ITALIAN;
      default -> Locale.ROOT;
    };
  }

  /** Loads the bundle of a bundle locale: the one resource this module reads. */
  static ResourceBundle load(Locale bundleLocale) {
    return ResourceBundle.getBundle(BASE_NAME, bundleLocale);
  }

  /** The labels' bundle of a bundle locale, loaded on first use (this module's own too). */
  static ResourceBundle labels(Locale bundleLocale) {
    return LOADED_LABELS.computeIfAbsent(bundleLocale,
        locale -> ResourceBundle.getBundle(LABELS, locale));
  }

  /**
   * A reason's message from the bundle of a bundle locale.
   *
   * @throws java.util.MissingResourceException if the bundle has no pattern for the reason's code
   *     (a programmer error, which the bundle tests rule out)
   */
  static String format(ResourceBundle bundle, BundledReason reason, Locale bundleLocale) {
    MessageFormat pattern = new MessageFormat(bundle.getString(reason.code()), bundleLocale);
    Format[] formats = pattern.getFormatsByArgumentIndex();
    Object[] arguments = reason.arguments().zipWithIndex()
        .map(argument -> argument._2 < formats.length && formats[argument._2] != null
            ? chosenBy(argument._1) : written(argument._1, bundleLocale))
        .toJavaArray();
    return pattern.format(arguments);
  }

  /**
   * An argument a {@code choice} reads: a number as is, yes as 1 and no as 0, a constant of an
   * enumeration as its position.
   */
  private static Object chosenBy(Object argument) {
    if (argument instanceof Boolean yes) {
      return yes ? 1 : 0;
    }
    return argument instanceof Enum<?> constant ? constant.ordinal() : argument;
  }

  /**
   * A reason's record components, in their order; none when it is not a record.
   *
   * @throws IllegalStateException if a component cannot be read (a record that is not public: a
   *     programmer error)
   */
  static Seq<Object> components(BundledReason reason) {
    return COMPONENTS.get(reason.getClass()).map(accessor -> read(accessor, reason));
  }

  private static Seq<Method> accessors(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    return components == null
        ? List.empty() : List.of(components).map(RecordComponent::getAccessor);
  }

  private static Object read(Method accessor, BundledReason reason) {
    try {
      return accessor.invoke(reason);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + accessor + " of a reason", e);
    }
  }

  /** An argument as people read it, in the message's language. */
  private static String written(Object argument, Locale bundleLocale) {
    if (argument instanceof Reason reason) {
      return reason.message(bundleLocale);
    }
    if (argument instanceof Text text) {
      return text.in(bundleLocale);
    }
    if (argument instanceof Labelled labelled) {
      return labelled.label(bundleLocale);
    }
    if (argument instanceof Traversable<?> values) {
      return values.map(value -> written(value, bundleLocale)).mkString(", ");
    }
    return String.valueOf(argument);
  }
}
