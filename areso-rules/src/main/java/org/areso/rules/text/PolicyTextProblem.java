package org.areso.rules.text;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.util.Locale;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;

/**
 * What is wrong with a part of a policy file, without its position: one of the codes of
 * {@link PolicyText}, the wording that says it, and the data it quotes. The reason of a
 * {@link PolicyTextError} that this module finds itself, beside the engine's own reasons.
 *
 * <p>The message is written in this module's bundles ({@code org/areso/rules/text/errors.properties}
 * in English, {@code errors_fr}, {@code errors_de}, {@code errors_it}), keyed by the wording: the
 * code itself, or the code and a suffix where a code has several wordings
 * ({@code POLICY_TEXT_WRONG_SHAPE.LIST}), so that a translator edits it without touching code. The
 * arguments are the error's data in the order of the pattern's placeholders: texts quoted from the
 * file (cut to 80 characters), numbers, lists (written joined with {@code ", "}), a validity
 * ({@code Option} of a {@link org.areso.core.kernel.DateWindow}), and words of the format (what a
 * part of the file is, what a value of a kind looks like), written in the message's language.
 * Immutable and thread-safe.
 *
 * @param code the stable code, one of {@link PolicyText}'s, not null
 * @param wording the bundle key of the wording, the code or the code and a suffix, not null
 * @param arguments the data the wording quotes, in the order of its placeholders, not null
 */
public record PolicyTextProblem(String code, String wording, Seq<?> arguments) implements Reason {

  /**
   * Creates the value.
   *
   * @throws NullPointerException if an argument is null (a programmer error)
   * @throws IllegalArgumentException if the wording is not one of the code's, or the arguments are
   *     not as many as it quotes (a programmer error)
   */
  public PolicyTextProblem {
    requireNonNull(code, "code");
    requireNonNull(wording, "wording");
    requireNonNull(arguments, "arguments");
    PolicyMessages.Wording known = PolicyMessages.Wording.of(wording)
        .filter(w -> w.code().equals(code))
        .getOrElseThrow(() -> new IllegalArgumentException(
            "no wording " + wording + " of " + code));
    if (arguments.size() != known.arity()) {
      throw new IllegalArgumentException(wording + " quotes " + known.arity() + " arguments, not "
          + arguments.size());
    }
  }

  /**
   * What is wrong, in French or English, without the position.
   *
   * @param language the language, not null
   * @return the message, never null
   * @throws NullPointerException if language is null (a programmer error)
   */
  @Override
  public String message(Language language) {
    return message(PolicyMessages.locale(language));
  }

  /**
   * What is wrong, in the language of a locale (French, German, Italian, or English for any
   * other), without the position.
   *
   * @param locale the locale, not null
   * @return the message, never null
   * @throws NullPointerException if locale is null (a programmer error)
   */
  @Override
  public String message(Locale locale) {
    return PolicyMessages.format(wording, arguments, locale);
  }
}
