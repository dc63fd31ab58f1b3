package org.areso.examples.policy;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.areso.core.eligibility.Policy;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Text;
import org.areso.examples.Input;
import org.areso.rules.text.PolicyText;
import org.areso.rules.text.PolicyTextError;

/**
 * A policy file, on disk or on standard input, as the command line reads it: its UTF-8 text, then
 * the policy {@link PolicyText} reads from it, each error written as a tool writes it
 * ({@code pilot.yaml:12:7 POLICY_TEXT_UNKNOWN_FACT …}).
 */
public final class PolicyFile {

  /** A file longer than this, in bytes, is not read: {@link PolicyText} would refuse its text. */
  static final long MAX_BYTES = 4L * PolicyText.MAX_CHARS;

  private PolicyFile() { }

  /**
   * Reads a file's text, as UTF-8.
   *
   * @param file the file, or standard input, not null
   * @return the text, or why it cannot be read, in French, English, German and Italian
   * @throws NullPointerException if file is null (a programmer error)
   */
  public static Either<Text, String> text(Input file) {
    requireNonNull(file, "file");
    byte[] bytes;
    try (InputStream in = file.open()) {
      bytes = in.readNBytes(Math.toIntExact(MAX_BYTES + 1));
    } catch (IOException | SecurityException e) {
      Text why = Input.problem(e);
      String name = file.name();
      return Either.left(Text.of("fichier illisible : " + name + " (" + why.fr() + ")",
          "cannot read file: " + name + " (" + why.en() + ")",
          "Datei nicht lesbar: " + name + " (" + why.de().getOrElse(why.en()) + ")",
          "file illeggibile: " + name + " (" + why.it().getOrElse(why.en()) + ")"));
    }
    if (bytes.length > MAX_BYTES) {
      return Either.left(Text.of("fichier trop long (plus de " + MAX_BYTES + " octets) : "
          + file.name(), "file too long (over " + MAX_BYTES + " bytes): " + file.name(),
          "Datei zu lang (über " + MAX_BYTES + " Bytes): " + file.name(),
          "file troppo lungo (oltre " + MAX_BYTES + " byte): " + file.name()));
    }
    try {
      return Either.right(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return Either.left(Text.of("fichier illisible (pas en UTF-8) : " + file.name(),
          "cannot read file (not UTF-8): " + file.name(),
          "Datei nicht lesbar (nicht UTF-8): " + file.name(),
          "file illeggibile (non UTF-8): " + file.name()));
    }
  }

  /**
   * Reads a file's policy.
   *
   * @param file the file, or standard input, not null
   * @return why the file cannot be read, or the policy or every error of its text
   * @throws NullPointerException if file is null (a programmer error)
   */
  public static Either<Text, Validation<Seq<PolicyTextError>, Policy>> policy(Input file) {
    return text(file).map(PolicyText::read);
  }

  /**
   * An error as a tool writes it: {@code FILE:LINE:COL CODE message}.
   *
   * @param file the file's name, as the user wrote it, not null
   * @param error the error, not null
   * @param language the message's language, not null
   * @return the line, without a line break, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static String line(String file, PolicyTextError error, Language language) {
    return line(file, error, requireNonNull(language, "language").locale());
  }

  /**
   * An error as a tool writes it, in a locale's language (French, English, German or Italian).
   *
   * @param file the file's name, as the user wrote it, not null
   * @param error the error, not null
   * @param locale the message's locale, not null
   * @return the line, without a line break, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static String line(String file, PolicyTextError error, Locale locale) {
    requireNonNull(file, "file");
    requireNonNull(error, "error");
    requireNonNull(locale, "locale");
    return (file + ":" + error.position() + " " + error.code() + " "
        + error.reason().message(locale)).replace('\n', ' ').replace('\r', ' ');
  }
}
