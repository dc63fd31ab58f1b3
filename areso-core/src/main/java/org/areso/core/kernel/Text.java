package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.util.Locale;

/**
 * A short text in French and in English, and in German and Italian where it is translated, such
 * as a principle's wording, a rule's description or a fact's question.
 *
 * <p>The standard facts' questions, the identifiers' expected forms, the constants' labels and
 * the catalogue's Swiss programme are translated; the explanation tree's notes, the other
 * programmes' texts and the holidays' names are French and English. A text with no German or
 * Italian is written in English for a German or Italian locale. Immutable and thread-safe.
 *
 * @param fr the French text, not null
 * @param en the English text, not null
 * @param de the German text, none when not translated; not null
 * @param it the Italian text, none when not translated; not null
 */
public record Text(String fr, String en, Option<String> de, Option<String> it) {

  /**
   * Creates a text.
   *
   * @throws NullPointerException if an argument or a translation is null (a programmer error)
   */
  public Text {
    requireNonNull(fr, "fr");
    requireNonNull(en, "en");
    requireNonNull(de, "de");
    requireNonNull(it, "it");
    de.forEach(text -> requireNonNull(text, "de"));
    it.forEach(text -> requireNonNull(text, "it"));
  }

  /**
   * Creates a text in French and English, with no German or Italian.
   *
   * @param fr the French text, not null
   * @param en the English text, not null
   * @throws NullPointerException if either text is null (a programmer error)
   */
  public Text(String fr, String en) {
    this(fr, en, Option.none(), Option.none());
  }

  /**
   * Creates a text in French and English, with no German or Italian.
   *
   * @param fr the French text, not null
   * @param en the English text, not null
   * @return the text, never null
   * @throws NullPointerException if either text is null (a programmer error)
   */
  public static Text of(String fr, String en) {
    return new Text(fr, en);
  }

  /**
   * Creates a text in the four languages.
   *
   * @param fr the French text, not null
   * @param en the English text, not null
   * @param de the German text, not null
   * @param it the Italian text, not null
   * @return the text, never null
   * @throws NullPointerException if a text is null (a programmer error)
   */
  public static Text of(String fr, String en, String de, String it) {
    return new Text(fr, en, Option.some(requireNonNull(de, "de")),
        Option.some(requireNonNull(it, "it")));
  }

  /**
   * The text in the given language.
   *
   * @param language the language, not null
   * @return the text in that language, never null
   * @throws NullPointerException if language is null (a programmer error)
   */
  public String in(Language language) {
    return switch (requireNonNull(language, "language")) {
      case FR -> fr;
      case EN -> en;
    };
  }

  /**
   * The text in a locale's language: French for {@code fr*}, German for {@code de*} and Italian
   * for {@code it*} where translated, English otherwise.
   *
   * @param locale the locale, not null
   * @return the text, never null
   * @throws NullPointerException if locale is null (a programmer error)
   */
  public String in(Locale locale) {
    return switch (ReasonBundle.bundleLocale(requireNonNull(locale, "locale")).getLanguage()) {
      case "fr" -> fr;
      case "de" -> de.getOrElse(en);
      case "it" -> it.getOrElse(en);
      default -> en;
    };
  }
}
