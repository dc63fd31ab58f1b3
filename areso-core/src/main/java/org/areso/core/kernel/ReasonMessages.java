package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * Where the messages of a family of {@link BundledReason}s are written: one
 * {@code .properties} bundle per language (the base bundle in English, and French, German and
 * Italian), each keyed by the reasons' codes, and the one way a pattern is filled with a reason's
 * {@linkplain BundledReason#arguments() arguments}.
 *
 * <p>Areso's own reasons use {@link #areso()}. Another module's reasons (areso-json's errors, the
 * screening's, a host's own) make one from a loader of their own bundles and return it from
 * {@link BundledReason#messages()}:
 *
 * <pre>{@code
 * static final ReasonMessages MESSAGES =
 *     ReasonMessages.of(locale -> ResourceBundle.getBundle("com.example.reasons", locale));
 * }</pre>
 *
 * <p>The loader must be written in the module that holds the bundles, as above: in a named module,
 * {@link ResourceBundle#getBundle(String, Locale)} looks in its caller's module. It is asked for
 * {@link Locale#FRENCH}, {@link Locale#GERMAN}, {@link Locale#ITALIAN} or {@link Locale#ROOT}
 * only, the locale being chosen here rather than by the JVM's default locale, and each bundle is
 * loaded once, on the first message asked in its language, and kept. Pass no
 * {@link ResourceBundle.Control}: {@code getBundle} refuses one in a named module.
 *
 * <p>Immutable and thread-safe (its bundles are loaded once and kept, whoever asks first).
 */
public final class ReasonMessages {

  private static final ReasonMessages ARESO = new ReasonMessages(ReasonBundle::load);

  private final Function<Locale, ResourceBundle> loader;
  private final ConcurrentMap<Locale, ResourceBundle> loaded = new ConcurrentHashMap<>();

  private ReasonMessages(Function<Locale, ResourceBundle> loader) {
    this.loader = loader;
  }

  /**
   * The messages of Areso's own reasons: this module's {@code reasons*.properties}.
   *
   * @return the messages, never null
   */
  public static ReasonMessages areso() {
    return ARESO;
  }

  /**
   * The messages of the bundles a loader reads.
   *
   * @param loader gives the bundle of {@link Locale#FRENCH}, {@link Locale#GERMAN},
   *     {@link Locale#ITALIAN} or {@link Locale#ROOT} (English), calling
   *     {@link ResourceBundle#getBundle(String, Locale)} from the bundles' module; not null
   * @return the messages, never null
   * @throws NullPointerException if loader is null (a programmer error)
   */
  public static ReasonMessages of(Function<Locale, ResourceBundle> loader) {
    return new ReasonMessages(requireNonNull(loader, "loader"));
  }

  /**
   * The locale of the bundle that writes a locale's language: French, German, Italian, or
   * {@link Locale#ROOT} (the English base bundle) for any other language.
   *
   * @param locale the locale asked for, not null
   * @return the bundle's locale, never null
   * @throws NullPointerException if locale is null (a programmer error)
   */
  public static Locale bundleLocale(Locale locale) {
    return ReasonBundle.bundleLocale(locale);
  }

  /**
   * The bundle that writes a locale's language, loaded on first use.
   *
   * @param locale the locale asked for, not null
   * @return the bundle, never null
   * @throws NullPointerException if locale is null, or the loader gave none (a programmer error)
   * @throws java.util.MissingResourceException if the loader finds no bundle (a programmer error)
   */
  public ResourceBundle bundle(Locale locale) {
    return bundleOf(bundleLocale(locale));
  }

  /** The bundle of a bundle locale, loaded on first use. */
  private ResourceBundle bundleOf(Locale bundleLocale) {
    return loaded.computeIfAbsent(bundleLocale,
        l -> requireNonNull(loader.apply(l), "the loader's bundle"));
  }

  /**
   * A reason's message in a locale's language: the pattern its code keys in that bundle, filled
   * with its arguments as {@link BundledReason} says.
   *
   * @param reason the reason, not null
   * @param locale the locale, not null
   * @return the message, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   * @throws java.util.MissingResourceException if the bundle has no pattern for the reason's code
   *     (a programmer error, which a bundle test rules out)
   */
  public String format(BundledReason reason, Locale locale) {
    requireNonNull(reason, "reason");
    Locale bundleLocale = bundleLocale(locale);
    return ReasonBundle.format(bundleOf(bundleLocale), reason, bundleLocale);
  }
}
