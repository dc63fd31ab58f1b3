package org.areso.core.kernel;

import java.util.Locale;

/**
 * A language Areso writes its messages and explanations in.
 *
 * <p>French is the language of the schemes' own texts; English is the project's working language.
 */
public enum Language {
  /** French (français). */
  FR,
  /** English. */
  EN;

  /**
   * The locale that writes this language: {@link Locale#FRENCH} or {@link Locale#ENGLISH}.
   *
   * @return the locale, never null
   */
  public Locale locale() {
    return this == FR ? Locale.FRENCH : Locale.ENGLISH;
  }
}
