package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
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
  /** The types' labels, kept with each type (a class loader that goes takes them along). */
  private static final ClassValue<Option<Text>> TYPES = new ClassValue<>() {
    @Override
    protected Option<Text> computeValue(Class<?> type) {
      return typeLabel(type);
    }
  };

  private Labels() {}

  /**
   * A constant's label in French, English, German and Italian.
   *
   * @param constant the constant, not null
   * @return the label, never null
   * @throws NullPointerException if constant is null (a programmer error)
   * @throws java.util.MissingResourceException if no bundle has the constant's label (a
   *     programmer error, which the bundle tests rule out)
   */
  public static Text of(Enum<?> constant) {
    requireNonNull(constant, "constant");
    return TEXTS.computeIfAbsent(constant, c -> text(key(c)));
  }

  /**
   * A constant's label in a locale's language: French for {@code fr*}, German for {@code de*},
   * Italian for {@code it*}, English for any other.
   *
   * @param constant the constant, not null
   * @param locale the locale, not null
   * @return the label, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   * @throws java.util.MissingResourceException if no bundle has the constant's label (a
   *     programmer error, which the bundle tests rule out)
   */
  public static String of(Enum<?> constant, Locale locale) {
    return of(constant).in(requireNonNull(locale, "locale"));
  }

  /**
   * The label of a type people read of, such as a command ({@code EngagementCommand.Close}:
   * "close with the assessment"), keyed like a constant by its name without the package (a
   * nested type's with its enclosing type's); none for a type the bundles do not label, and for
   * any type outside Areso's packages ({@code org.areso}), such as a host's own command, whatever
   * its name.
   *
   * @param type the type, not null
   * @return the label in French, English, German and Italian, or none; never null
   * @throws NullPointerException if type is null (a programmer error)
   */
  public static Option<Text> ofType(Class<?> type) {
    return TYPES.get(requireNonNull(type, "type"));
  }

  /** A type's label, read once: only Areso's own types are labelled, whatever their names. */
  private static Option<Text> typeLabel(Class<?> type) {
    String key = typeKey(type);
    return type.getName().startsWith("org.areso.")
        && ReasonBundle.labels(Locale.ROOT).containsKey(key) ? Option.some(text(key))
        : Option.none();
  }

  /**
   * The key of a constant's label: its type's name without the package (a nested type's with
   * its enclosing type's, {@code SupportCase.Topic}), a dot, its name.
   */
  static String key(Enum<?> constant) {
    return typeKey(constant.getDeclaringClass()) + "." + constant.name();
  }

  /** A type's name without the package, a nested type's with its enclosing type's. */
  private static String typeKey(Class<?> type) {
    String name = type.getName();
    return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
  }

  /** The label of a key in the four languages. */
  private static Text text(String key) {
    return Text.of(in(key, Locale.FRENCH), in(key, Locale.ROOT), in(key, Locale.GERMAN),
        in(key, Locale.ITALIAN));
  }

  private static String in(String key, Locale bundleLocale) {
    return ReasonBundle.labels(bundleLocale).getString(key);
  }
}
