package org.areso.core.kernel;

import java.util.Locale;

/**
 * Why something was refused: a stable code, the data that explains it, and a message in French and
 * English.
 *
 * <p>Every refusal in Areso — invalid input, a rejected command, an ineligible structure, an ethics
 * violation — is a {@code Reason}. Implementations are immutable records whose components are the
 * typed data; {@link #code()} is stable across releases and is what a host stores or matches on,
 * while {@link #message(Language)} is for people and may be reworded.
 *
 * <p>Areso's own reasons are {@link BundledReason}s: their messages live in resource bundles a
 * translator edits, keyed by their codes, and {@link #message(Locale)} also writes them in German
 * and Italian.
 */
public interface Reason {

  /**
   * The stable code of this reason, in upper snake case, such as {@code CHECK_DIGIT_MISMATCH}.
   *
   * @return the code, never null
   */
  String code();

  /**
   * A sentence for a person, built from this reason's data.
   *
   * @param language the language of the message, not null
   * @return the message, never null
   * @throws NullPointerException if language is null (a programmer error)
   */
  String message(Language language);

  /**
   * A sentence for a person, built from this reason's data, in the language of a locale: French
   * for any French locale ({@code fr}, {@code fr-CH}, …), English for any other.
   *
   * <p>This default writes {@link #message(Language)} in the language {@link #language(Locale)}
   * gives; {@link BundledReason}s also write German ({@code de*}) and Italian ({@code it*}) where
   * their bundles translate them.
   *
   * @param locale the locale of the message, not null
   * @return the message, never null
   * @throws NullPointerException if locale is null (a programmer error)
   */
  default String message(Locale locale) {
    return message(language(locale));
  }

  /**
   * The language a locale's message is written in where only French and English are: French for
   * any French locale ({@code fr}, {@code fr-CH}, …), English for any other.
   *
   * @param locale the locale, not null
   * @return the language, never null
   * @throws NullPointerException if locale is null (a programmer error)
   */
  static Language language(Locale locale) {
    return ReasonBundle.language(locale);
  }
}
