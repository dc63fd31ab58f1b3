package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Function;

/** Shared first steps of every factory that reads a value typed by a person. */
final class Input {

  /** The longest raw value any factory reads; anything longer is refused before it is scanned. */
  static final int MAX_RAW_LENGTH = 1_000;

  private Input() {}

  /** Whether a character is a space a person may type or paste inside an identifier. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F';
  }

  /**
   * Whether a character is a hyphen or another dash a word processor puts in its place (U+2010
   * to U+2015, the minus sign U+2212).
   */
  static boolean isDash(char c) {
    return c == '-' || c >= '\u2010' && c <= '\u2015' || c == '\u2212';
  }

  /** Whether a string is empty or only spaces. */
  static boolean isBlank(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (!isSpace(raw.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The string without leading and trailing spaces (including non-breaking ones). */
  static String trim(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && isSpace(raw.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(start, end);
  }

  /** The string without any space, for identifiers written in groups ("356 000 000"). */
  static String compact(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (!isSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Text in upper case without its accents, as names and words are looked up: {@code ZURICH}. */
  static String unaccented(String raw) {
    return Normalizer.normalize(raw, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toUpperCase(Locale.ROOT);
  }

  /** Whether a string is made only of ASCII digits (and is not empty). */
  static boolean isDigits(CharSequence s) {
    if (s.length() == 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * A required value: refused when blank or longer than {@code maxLength}; otherwise trimmed.
   */
  static Validation<Seq<Reason>, String> required(String field, String raw, int maxLength) {
    requireNonNull(raw, field);
    if (raw.length() > Math.max(maxLength, MAX_RAW_LENGTH)) {
      return invalid(new FieldReason.TooLong(field, raw.length(), maxLength));
    }
    String trimmed = trim(raw);
    if (trimmed.isEmpty()) {
      return invalid(new FieldReason.Blank(field));
    }
    if (trimmed.length() > maxLength) {
      return invalid(new FieldReason.TooLong(field, trimmed.length(), maxLength));
    }
    return Validation.valid(trimmed);
  }

  /**
   * An optional value typed by a person: blank means unknown ({@code none}); otherwise parsed.
   */
  static <T> Validation<Seq<Reason>, Option<T>> optional(
      String raw, Function<String, Validation<Seq<Reason>, T>> parse) {
    requireNonNull(raw, "raw");
    if (isBlank(raw)) {
      return Validation.valid(Option.none());
    }
    return parse.apply(raw).map(Option::some);
  }

  /**
   * An identifier of a fixed form that a person may type in groups ("356 000 000"): its text
   * without the spaces, put in that form by {@code form}, which gives none when the text does not
   * have it; refused when blank, too long, or not of the form (quoting the text as typed).
   */
  static Validation<Seq<Reason>, String> form(
      String field, String raw, Text expected, Function<String, Option<String>> form) {
    return required(field, raw, MAX_RAW_LENGTH).flatMap(text -> form.apply(compact(text))
        .<Validation<Seq<Reason>, String>>map(Validation::valid)
        .getOrElse(() -> invalid(new FieldReason.Malformed(field, text, expected))));
  }

  /**
   * An identifier of exactly {@code length} digits that a person may type in groups ("356 000
   * 000"): its digits without the spaces; refused when blank, too long, or not that many digits.
   */
  static Validation<Seq<Reason>, String> digits(
      String field, String raw, int length, Text expected) {
    return form(field, raw, expected,
        compact -> Option.when(compact.length() == length && isDigits(compact), compact));
  }

  /** A single-reason failure. */
  static <T> Validation<Seq<Reason>, T> invalid(Reason reason) {
    return Validation.invalid(List.of(reason));
  }

  /** The longest identifier a host may choose. */
  static final int MAX_ID_LENGTH = 128;

  private static final Text ID_EXPECTED = Text.of(
      "un identifiant de 1 à 128 caractères imprimables",
      "an identifier of 1 to 128 printable characters",
      "eine Kennung aus 1 bis 128 druckbaren Zeichen",
      "un identificativo di 1-128 caratteri stampabili");

  /**
   * An identifier chosen by a host: trimmed, 1 to {@value #MAX_ID_LENGTH} characters, no control
   * character.
   */
  static Validation<Seq<Reason>, String> hostId(String field, String raw) {
    return required(field, raw, MAX_ID_LENGTH).flatMap(text -> {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isISOControl(c) || Character.isSurrogate(c) && !validSurrogateAt(text, i)) {
          return invalid(new FieldReason.Malformed(field, text, ID_EXPECTED));
        }
      }
      return Validation.valid(text);
    });
  }

  private static boolean validSurrogateAt(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  /** The longest code (country, canton, item, funder…) any enumeration reads. */
  static final int MAX_CODE_LENGTH = 64;

  /**
   * One of a fixed set of codes, matched ignoring case and surrounding spaces; the accepted codes
   * are listed in the reason when the text matches none.
   */
  static <T> Validation<Seq<Reason>, T> code(
      String field, String raw, io.vavr.collection.Map<String, T> byUpperCode, Seq<String> accepted) {
    return required(field, raw, MAX_CODE_LENGTH).flatMap(text -> byUpperCode
        .get(text.toUpperCase(java.util.Locale.ROOT))
        .<Validation<Seq<Reason>, T>>map(Validation::valid)
        .getOrElse(() -> invalid(new FieldReason.UnknownValue(field, text, accepted))));
  }
}
