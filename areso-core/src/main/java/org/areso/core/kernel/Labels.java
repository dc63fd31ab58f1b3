package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The names for people of Areso's enumerations' constants (a party's role, a principle, a
 * recipient…), kept in bundles a translator edits ({@code labels.properties}, English, and its
 * translations, in {@code org.areso.core.kernel}), keyed by {@code Type.CONSTANT}, such as
 * {@code PartyRole.MANAGEMENT}.
 *
 * <p>Each label is read once and kept. Thread-safe.
 */
public final class Labels {

  private static final ConcurrentMap<Enum<?>, Text> TEXTS = new ConcurrentHashMap<>();

  private Labels() {}

  /**
   * A constant's label in French and English.
   *
   * @param constant the constant, not null
   * @return the label, never null
   * @throws NullPointerException if constant is null (a programmer error)
   * @throws java.util.MissingResourceException if no bundle has the constant's label (a
   *     programmer error, which the bundle tests rule out)
   */
  public static Text of(Enum<?> constant) {
    requireNonNull(constant, "constant");
    return TEXTS.computeIfAbsent(constant, c -> Text.of(in(c, Locale.FRENCH), in(c, Locale.ROOT)));
  }

  /**
   * A constant's label in a locale's language: French for {@code fr*}, English for any other
   * (the labels have no German or Italian yet).
   *
   * @param constant the constant, not null
   * @param locale the locale, not null
   * @return the label, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   * @throws java.util.MissingResourceException if no bundle has the constant's label (a
   *     programmer error, which the bundle tests rule out)
   */
  public static String of(Enum<?> constant, Locale locale) {
    requireNonNull(constant, "constant");
    // labels are written in French and English only: another language reads English
    return in(constant, ReasonBundle.locale(ReasonBundle.language(locale)));
  }

  /** The key of a constant's label: its type's simple name, a dot, its name. */
  static String key(Enum<?> constant) {
    return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
  }

  private static String in(Enum<?> constant, Locale bundleLocale) {
    return ReasonBundle.labels(bundleLocale).getString(key(constant));
  }
}
