package org.areso.rules.text;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;

/**
 * Why a policy file was refused, and where: the 1-based line and column of the part at fault, a
 * stable code and a message in French and English.
 *
 * <p>The codes are those of {@link PolicyText} ({@code POLICY_TEXT_SYNTAX},
 * {@code POLICY_TEXT_UNKNOWN_FACT}…) and, for what the engine itself refuses when the policy is
 * built, the engine's own codes ({@code RULE_WITHOUT_REFERENCE}, {@code DUPLICATE_RULE_NAME},
 * {@code DEROGATION_NEVER_APPLIES}…), positioned at the rule that caused them. Immutable and
 * thread-safe.
 *
 * @param code the stable code, in upper snake case, not null
 * @param line the 1-based line, 1 or more
 * @param column the 1-based column, 1 or more
 * @param description what is wrong, in French and English, without the position, not null
 */
public record PolicyTextError(String code, int line, int column, Text description)
    implements Reason {

  /**
   * Creates an error.
   *
   * @throws NullPointerException if code or description is null (a programmer error)
   * @throws IllegalArgumentException if line or column is below 1 (a programmer error)
   */
  public PolicyTextError {
    requireNonNull(code, "code");
    requireNonNull(description, "description");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("positions are 1-based: " + line + ":" + column);
    }
  }

  static PolicyTextError at(String code, Node node, String fr, String en) {
    return new PolicyTextError(code, node.line(), node.column(), Text.of(fr, en));
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
    requireNonNull(language, "language");
    return (language == Language.FR
        ? "ligne " + line + ", colonne " + column + " : "
        : "line " + line + ", column " + column + ": ") + description.in(language);
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
    return position() + " " + code + " " + description.in(Language.EN);
  }
}
