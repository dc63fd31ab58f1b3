package org.areso.rules.text;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;

/**
 * Why a policy file was refused, and where: the 1-based line and column of the part at fault, and
 * the reason, whose stable code is this error's.
 *
 * <p>The reason is a {@link PolicyTextProblem}, with a code of {@link PolicyText}
 * ({@code POLICY_TEXT_SYNTAX}, {@code POLICY_TEXT_UNKNOWN_FACT}…), or, for what the engine itself
 * refuses when the policy is built, the engine's own reason ({@code RULE_WITHOUT_REFERENCE},
 * {@code DUPLICATE_RULE_NAME}, {@code DEROGATION_NEVER_APPLIES}…), positioned at the rule that
 * caused it. Both write their messages from resource bundles, in French, English, German and
 * Italian; the position before the message ({@code line 3, column 5: }) is written from this
 * module's bundles too. Immutable and thread-safe.
 *
 * @param line the 1-based line, 1 or more
 * @param column the 1-based column, 1 or more
 * @param reason what is wrong, without the position, not null
 */
public record PolicyTextError(int line, int column, Reason reason) implements Reason {

  /**
   * Creates an error.
   *
   * @throws NullPointerException if reason is null (a programmer error)
   * @throws IllegalArgumentException if line or column is below 1 (a programmer error)
   */
  public PolicyTextError {
    requireNonNull(reason, "reason");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  static PolicyTextError at(Node node, PolicyTextProblem problem) {
    return new PolicyTextError(node.line(), node.column(), problem);
  }

  /**
   * The reason's stable code, such as {@code POLICY_TEXT_UNKNOWN_FACT} or
   * {@code RULE_WITHOUT_REFERENCE}.
   *
   * @return the code, never null
   */
  @Override
  public String code() {
    return reason.code();
  }

  /**
   * The message with its position: {@code ligne 3, colonne 5 : …} or {@code line 3, column 5: …}.
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
   * The message with its position, in the language of a locale: French ({@code ligne 3,
   * colonne 5 : …}), German ({@code Zeile 3, Spalte 5: …}), Italian ({@code riga 3, colonna 5: …}),
   * or English for any other ({@code line 3, column 5: …}).
   *
   * @param locale the locale, not null
   * @return the message, never null
   * @throws NullPointerException if locale is null (a programmer error)
   */
  @Override
  public String message(Locale locale) {
    requireNonNull(locale, "locale");
    return PolicyMessages.positioned(line, column, reason.message(locale), locale);
  }

  /**
   * What is wrong without the position, in the language of a locale: the reason's message.
   *
   * @param locale the locale, not null
   * @return the message, never null
   * @throws NullPointerException if locale is null (a programmer error)
   */
  public String description(Locale locale) {
    return reason.message(requireNonNull(locale, "locale"));
  }

  /**
   * Where the error is, as a tool writes it after a file's name: {@code 3:5}.
   *
   * @return the position, never null
   */
  public String position() {
    return line + ":" + column;
  }

  /** The position, the code and the English message. */
  @Override
  public String toString() {
    return position() + " " + code() + " " + description(Locale.ROOT);
  }
}
