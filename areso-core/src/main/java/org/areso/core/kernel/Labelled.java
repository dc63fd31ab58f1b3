package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A value with a name for people in French and English (Areso's own constants also in German and
 * Italian), such as a party's role or a recipient: a reason's message quotes it by its label in
 * the message's language, never by its constant's name ({@link BundledReason}).
 *
 * <p>Implemented by Areso's enumerations whose constants people read.
 */
public interface Labelled {

  /**
   * The value's name for people, in French and English.
   *
   * @return the label, never null
   */
  Text label();

  /**
   * The value's name for people in a locale's language: its {@link #label()} in that language
   * ({@link Text#in(Locale)}: Areso's own constants are labelled in French, English, German and
   * Italian; a text with no German or Italian is written in English).
   *
   * @param locale the locale, not null
   * @return the label, never null
   * @throws NullPointerException if locale is null (a programmer error)
   */
  default String label(Locale locale) {
    return label().in(requireNonNull(locale, "locale"));
  }
}
