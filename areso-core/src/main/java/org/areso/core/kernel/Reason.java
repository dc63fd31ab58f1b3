package org.areso.core.kernel;

/**
 * Why something was refused: a stable code, the data that explains it, and a message in French and
 * English.
 *
 * <p>Every refusal in Areso — invalid input, a rejected command, an ineligible structure, an ethics
 * violation — is a {@code Reason}. Implementations are immutable records whose components are the
 * typed data; {@link #code()} is stable across releases and is what a host stores or matches on,
 * while {@link #message(Language)} is for people and may be reworded.
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
}
