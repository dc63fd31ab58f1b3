package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Why a value supplied for a named field was refused.
 *
 * <p>{@link #field()} names the field as a host would: the same lower-snake names as the screening
 * CSV columns ({@code siret}, {@code finess}, {@code departement}, …). Values quoted in a reason are
 * shortened to {@value #EXCERPT_LENGTH} characters and control characters are replaced, so that a
 * hostile input cannot flood a log or a screen.
 */
public sealed interface FieldReason extends BundledReason {

  /** The longest excerpt of a refused value kept in a reason, in characters. */
  int EXCERPT_LENGTH = 64;

  /**
   * The field whose value was refused.
   *
   * @return the field name, never null
   */
  String field();

  /**
   * A printable, bounded excerpt of a refused value: control characters become {@code U+FFFD} and
   * anything beyond {@value #EXCERPT_LENGTH} characters is cut and marked with an ellipsis.
   *
   * @param value the value, not null
   * @return the excerpt, never null
   */
  static String excerpt(String value) {
    requireNonNull(value, "value");
    int limit = Math.min(value.length(), EXCERPT_LENGTH);
    StringBuilder out = new StringBuilder(limit + 1);
    for (int i = 0; i < limit; i++) {
      char c = value.charAt(i);
      out.append(Character.isISOControl(c) || Character.isSurrogate(c) ? '\uFFFD' : c);
    }
    if (value.length() > EXCERPT_LENGTH) {
      out.append('…');
    }
    return out.toString();
  }

  /**
   * A required value was empty or only whitespace.
   *
   * @param field the field, not null
   */
  record Blank(String field) implements FieldReason {
    /** Creates the reason. @throws NullPointerException if field is null */
    public Blank {
      requireNonNull(field, "field");
    }

    @Override
    public String code() {
      return "FIELD_BLANK";
    }
  }

  /**
   * A value was longer than the field allows.
   *
   * @param field the field, not null
   * @param length the length received
   * @param maxLength the longest length accepted
   */
  record TooLong(String field, int length, int maxLength) implements FieldReason {
    /** Creates the reason. @throws NullPointerException if field is null */
    public TooLong {
      requireNonNull(field, "field");
    }

    @Override
    public String code() {
      return "FIELD_TOO_LONG";
    }
  }

  /**
   * A value did not have the expected form (wrong length, wrong characters).
   *
   * @param field the field, not null
   * @param value an excerpt of the value received, not null
   * @param expected the expected form, in both languages, not null
   */
  record Malformed(String field, String value, Text expected) implements FieldReason {
    /** Creates the reason; the value is shortened with {@link #excerpt(String)}. */
    public Malformed {
      requireNonNull(field, "field");
      value = excerpt(value);
      requireNonNull(expected, "expected");
    }

    @Override
    public String code() {
      return "FIELD_MALFORMED";
    }
  }

  /**
   * A value had the right form but its check digit (key) is wrong: most likely a typing error.
   *
   * @param field the field, not null
   * @param value the value received, not null
   * @param algorithm the check that failed, such as {@code Luhn} or {@code mod 11}, not null
   */
  record CheckDigitMismatch(String field, String value, String algorithm) implements FieldReason {
    /** Creates the reason; the value is shortened with {@link #excerpt(String)}. */
    public CheckDigitMismatch {
      requireNonNull(field, "field");
      value = excerpt(value);
      requireNonNull(algorithm, "algorithm");
    }

    @Override
    public String code() {
      return "CHECK_DIGIT_MISMATCH";
    }
  }

  /**
   * A value was outside the accepted range.
   *
   * @param field the field, not null
   * @param value an excerpt of the value received, not null
   * @param min the smallest value accepted, not null
   * @param max the largest value accepted, not null
   */
  record OutOfRange(String field, String value, String min, String max) implements FieldReason {
    /** Creates the reason; the value is shortened with {@link #excerpt(String)}. */
    public OutOfRange {
      requireNonNull(field, "field");
      value = excerpt(value);
      requireNonNull(min, "min");
      requireNonNull(max, "max");
    }

    @Override
    public String code() {
      return "OUT_OF_RANGE";
    }
  }

  /**
   * A value was not one of the accepted codes.
   *
   * @param field the field, not null
   * @param value an excerpt of the value received, not null
   * @param accepted the accepted codes, not null
   */
  record UnknownValue(String field, String value, Seq<String> accepted) implements FieldReason {
    /** Creates the reason; the value is shortened with {@link #excerpt(String)}. */
    public UnknownValue {
      requireNonNull(field, "field");
      value = excerpt(value);
      requireNonNull(accepted, "accepted");
    }

    @Override
    public String code() {
      return "UNKNOWN_VALUE";
    }
  }

  /**
   * Two values contradict each other, such as a SIRET whose SIREN is not the structure's SIREN, or
   * a Swiss canton on a French structure.
   *
   * @param field the field refused, not null
   * @param value an excerpt of its value, not null
   * @param otherField the field it contradicts, not null
   * @param otherValue an excerpt of that field's value, not null
   */
  record Inconsistent(String field, String value, String otherField, String otherValue)
      implements FieldReason {
    /** Creates the reason; both values are shortened with {@link #excerpt(String)}. */
    public Inconsistent {
      requireNonNull(field, "field");
      value = excerpt(value);
      requireNonNull(otherField, "otherField");
      otherValue = excerpt(otherValue);
    }

    @Override
    public String code() {
      return "INCONSISTENT_FIELDS";
    }
  }

  /**
   * A window whose end comes before its start.
   *
   * @param field the field, not null
   * @param start the start received, not null
   * @param end the end received, not null
   */
  record InvertedWindow(String field, LocalDate start, LocalDate end) implements FieldReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public InvertedWindow {
      requireNonNull(field, "field");
      requireNonNull(start, "start");
      requireNonNull(end, "end");
    }

    @Override
    public String code() {
      return "WINDOW_INVERTED";
    }
  }

  /**
   * A list said to be empty ({@code none}, {@code aucun}) and to hold values at once, such as
   * {@code none|8} for the CASF items: the host must choose, or leave the cell empty when it does
   * not know.
   *
   * @param field the field, not null
   * @param value an excerpt of the value received, not null
   */
  record NoneWithValues(String field, String value) implements FieldReason {
    /** Creates the reason; the value is shortened with {@link #excerpt(String)}. */
    public NoneWithValues {
      requireNonNull(field, "field");
      value = excerpt(value);
    }

    @Override
    public String code() {
      return "NONE_WITH_VALUES";
    }
  }

  /**
   * The same value was given twice where distinct values are required, such as the two members of
   * a facilitator pair.
   *
   * @param field the field, not null
   * @param value an excerpt of the repeated value, not null
   */
  record Duplicate(String field, String value) implements FieldReason {
    /** Creates the reason; the value is shortened with {@link #excerpt(String)}. */
    public Duplicate {
      requireNonNull(field, "field");
      value = excerpt(value);
    }

    @Override
    public String code() {
      return "DUPLICATE_VALUE";
    }
  }
  /**
   * A command is stamped before the last event of its subject: the history would go back in time.
   *
   * @param at the command's time, not null
   * @param lastEventAt the time of the subject's last event, not null
   */
  record StampBeforeLastEvent(LocalDateTime at, LocalDateTime lastEventAt)
      implements FieldReason {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public StampBeforeLastEvent {
      requireNonNull(at, "at");
      requireNonNull(lastEventAt, "lastEventAt");
    }

    /**
     * The field at fault: the command's stamp.
     *
     * @return {@code stamp}
     */
    @Override
    public String field() {
      return "stamp";
    }

    @Override
    public String code() {
      return "STAMP_BEFORE_LAST_EVENT";
    }

    /**
     * The two times as people read them: a day and a time of day ({@code 2024-01-11 09:00}).
     *
     * @return the arguments, never null
     */
    @Override
    public Seq<?> arguments() {
      return io.vavr.collection.List.of(written(at), written(lastEventAt));
    }

    private static String written(LocalDateTime time) {
      return time.toLocalDate() + " " + time.toLocalTime();
    }
  }

}
