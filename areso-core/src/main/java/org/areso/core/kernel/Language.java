package org.areso.core.kernel;

/**
 * A language Areso writes its messages and explanations in.
 *
 * <p>French is the language of the schemes' own texts; English is the project's working language.
 */
public enum Language {
  /** French (français). */
  FR,
  /** English. */
  EN
}
