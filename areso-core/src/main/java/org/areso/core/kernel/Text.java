package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

/**
 * A short text in French and in English, such as a principle's wording or a rule's title.
 *
 * <p>Immutable and thread-safe.
 *
 * @param fr the French text, not null
 * @param en the English text, not null
 */
public record Text(String fr, String en) {

  /**
   * Creates a text in both languages.
   *
   * @throws NullPointerException if either text is null (a programmer error)
   */
  public Text {
    requireNonNull(fr, "fr");
    requireNonNull(en, "en");
  }

  /**
   * Creates a text in both languages.
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
}
