package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;
import org.areso.core.kernel.Text;

/**
 * What a host knows about one request: the {@link Structure}, the request's date, the format
 * asked for and its context, and any fact a rule author declared. Each may be unknown; unknown is
 * not "no", and not "none".
 *
 * <p>{@link #get(Fact)} is three-valued: an empty {@code Option} when the fact is unknown — a
 * condition over it is undetermined and the fact is listed as missing — or the value. A fact
 * known to be none has a value too: the empty set for {@link Fact#CASF_ITEMS} and
 * {@link Fact#FUNDING_SOURCES}, {@link org.areso.core.kernel.FinessCategory#none()} for
 * {@link Fact#FINESS_CATEGORY}; a condition over it is decided, and "is one of …" is not met.
 *
 * <p>Immutable and thread-safe: every {@code with*} method returns a new value.
 */
public final class Facts {

  private static final Text DATE_EXPECTED = Text.of("une date AAAA-MM-JJ", "a date YYYY-MM-DD",
          "ein Datum JJJJ-MM-TT",
          "una data AAAA-MM-GG");
  private static final Text NUMBER_EXPECTED = Text.of("un nombre entier d'au plus 9 chiffres",
      "a whole number of at most 9 digits",
      "eine ganze Zahl mit höchstens 9 Ziffern",
      "un numero intero di al massimo 9 cifre");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");

  // The request's own facts are held bare, null when unknown: building and reading them on the
  // fast path allocates nothing but this object.
  private final Structure structure;
  private final LocalDate requestDate;
  private final String format;
  private final InterventionContext context;
  private final java.util.Map<Fact<?>, Object> extra;

  private Facts(Structure structure, LocalDate requestDate, String format,
      InterventionContext context, java.util.Map<Fact<?>, Object> extra) {
    this.structure = structure;
    this.requestDate = requestDate;
    this.format = format;
    this.context = context;
    this.extra = extra;
  }

  /**
   * The facts about a structure, with nothing known of the request yet.
   *
   * @param structure the structure, not null
   * @return the facts, never null
   * @throws NullPointerException if structure is null (a programmer error)
   */
  public static Facts of(Structure structure) {
    return new Facts(requireNonNull(structure, "structure"), null, null, null, java.util.Map.of());
  }

  /**
   * The facts about a structure's request made on a known day: {@code Facts.of(structure)
   * .requestDate(requestDate)} in one step, for a host deciding many requests.
   *
   * @param structure the structure, not null
   * @param requestDate the day it asked, not null
   * @return the facts, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Facts of(Structure structure, LocalDate requestDate) {
    return new Facts(requireNonNull(structure, "structure"),
        requireNonNull(requestDate, "requestDate"), null, null, java.util.Map.of());
  }

  /**
   * Reads a request as a host's export writes it; a blank value means unknown.
   *
   * @param structure the structure, not null
   * @param requestDate the request's date, {@code YYYY-MM-DD} or blank, not null
   * @param format the format's identifier or blank, not null
   * @param context {@code CURATIVE}, {@code PREVENTIVE}, {@code LEARNING} or blank, not null
   * @return the facts, or every reason found ({@code FIELD_MALFORMED} for a date,
   *     {@code UNKNOWN_VALUE} for a context, {@code FIELD_TOO_LONG})
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Validation<Seq<Reason>, Facts> read(Structure structure, String requestDate,
      String format, String context) {
    requireNonNull(structure, "structure");
    requireNonNull(requestDate, "requestDate");
    requireNonNull(format, "format");
    requireNonNull(context, "context");
    Validation<Seq<Reason>, Option<LocalDate>> date = requestDate.isBlank()
        ? Validation.valid(Option.none())
        : parseDate(Fact.REQUEST_DATE.name(), requestDate.strip()).map(Option::some);
    Validation<Seq<Reason>, Option<String>> formatId = format.isBlank()
        ? Validation.valid(Option.none())
        : format.strip().length() > 64
            ? Validation.invalid(List.of(new FieldReason.TooLong("format", format.length(), 64)))
            : Validation.valid(Option.some(format.strip()));
    Validation<Seq<Reason>, Option<InterventionContext>> ctx = context.isBlank()
        ? Validation.valid(Option.none())
        : InterventionContext.parse(context).map(Option::some);
    return Validation.combine(date, formatId, ctx)
        .ap((d, f, c) -> new Facts(structure, d.getOrNull(), f.getOrNull(), c.getOrNull(),
            java.util.Map.of()))
        .mapError(errors -> errors.flatMap(e -> e));
  }

  /** A date written {@code YYYY-MM-DD}, or {@code FIELD_MALFORMED} naming the field. */
  private static Validation<Seq<Reason>, LocalDate> parseDate(String field, String text) {
    try {
      return Validation.valid(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      return Validation.invalid(List.of(new FieldReason.Malformed(field, text, DATE_EXPECTED)));
    }
  }

  /**
   * These facts with the request's date known.
   *
   * @param date the date, not null
   * @return new facts, never null
   * @throws NullPointerException if date is null (a programmer error)
   */
  public Facts requestDate(LocalDate date) {
    return new Facts(structure, requireNonNull(date, "date"), format, context, extra);
  }

  /**
   * These facts with the requested format known.
   *
   * @param formatId the format's identifier, such as {@code seminar}, not null
   * @return new facts, never null
   * @throws NullPointerException if formatId is null (a programmer error)
   */
  public Facts format(String formatId) {
    return new Facts(structure, requestDate, requireNonNull(formatId, "formatId"), context, extra);
  }

  /**
   * These facts with the request's context known.
   *
   * @param context the context, not null
   * @return new facts, never null
   * @throws NullPointerException if context is null (a programmer error)
   */
  public Facts context(InterventionContext context) {
    return new Facts(structure, requestDate, format, requireNonNull(context, "context"), extra);
  }

  /**
   * These facts with a fact a rule author declared known; for the structure's or the request's
   * own facts, use the structure or the methods above.
   *
   * @param fact the fact, declared with {@link Fact#of}, not null
   * @param value its value, not null
   * @param <T> the fact's type
   * @return new facts, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   * @throws IllegalArgumentException if fact is one of {@link Fact#STANDARD} (a programmer error)
   */
  public <T> Facts with(Fact<T> fact, T value) {
    requireNonNull(fact, "fact");
    requireNonNull(value, "value");
    if (Fact.STANDARD.contains(fact)) {
      throw new IllegalArgumentException("a standard fact is set on the structure or request: "
          + fact.name());
    }
    java.util.Map<Fact<?>, Object> copy = new java.util.HashMap<>(extra);
    copy.put(fact, value);
    return new Facts(structure, requestDate, format, context, java.util.Map.copyOf(copy));
  }

  /**
   * These facts with a declared fact known from an untyped value, such as one read from JSON.
   *
   * @param fact the fact, declared with {@link Fact#of}, not null
   * @param value its value, not null
   * @return new facts, or {@code FACT_WRONG_TYPE} when the value is not of the fact's type, or
   *     {@code FACT_NOT_DECLARED} for a standard fact, which is not set this way
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  @SuppressWarnings("unchecked")
  public Validation<Seq<Reason>, Facts> withValue(Fact<?> fact, Object value) {
    requireNonNull(fact, "fact");
    requireNonNull(value, "value");
    if (Fact.STANDARD.contains(fact)) {
      return Validation.invalid(List.of(new EligibilityReason.FactNotDeclared(fact.name())));
    }
    if (!fact.type().isInstance(value)) {
      return Validation.invalid(List.of(new EligibilityReason.FactWrongType(
          fact.name(), fact.type().getSimpleName(), value.getClass().getSimpleName())));
    }
    return Validation.valid(with((Fact<Object>) fact, value));
  }

  /**
   * These facts with a declared fact known from text as a person types it in a form, a screening
   * CSV or a case table: a yes/no fact from the words {@link StructureBuilder#yesOrNo(String)}
   * reads, a whole-number fact from its digits (an optional minus sign first), a date fact from
   * {@code YYYY-MM-DD}, a text fact from the text itself, stripped.
   *
   * @param fact the fact, declared with {@link Fact#of}, not null
   * @param text its value as text, not null (blank is refused with {@code FIELD_BLANK})
   * @return new facts, or why the text is not a value of the fact: {@code UNKNOWN_VALUE} (a
   *     yes/no), {@code FIELD_MALFORMED} (a number or a date), {@code FIELD_BLANK}, {@code
   *     FACT_WRONG_TYPE} for a fact of another type, which text does not give, or {@code
   *     FACT_NOT_DECLARED} for a standard fact; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Validation<Seq<Reason>, Facts> withText(Fact<?> fact, String text) {
    requireNonNull(fact, "fact");
    String value = requireNonNull(text, "text").strip();
    if (Fact.STANDARD.contains(fact)) {
      return Validation.invalid(List.of(new EligibilityReason.FactNotDeclared(fact.name())));
    }
    if (value.isEmpty()) {
      return Validation.invalid(List.of(new FieldReason.Blank(fact.name())));
    }
    Class<?> type = fact.type();
    if (type == Boolean.class) {
      return StructureBuilder.yesOrNo(value).fold(
          () -> Validation.invalid(List.of(new FieldReason.UnknownValue(fact.name(), value,
              List.of("yes", "no")))),
          yes -> withValue(fact, yes));
    }
    if (type == Integer.class) {
      return WHOLE_NUMBER.matcher(value).matches() ? withValue(fact, Integer.valueOf(value))
          : Validation.invalid(List.of(new FieldReason.Malformed(fact.name(), value,
              NUMBER_EXPECTED)));
    }
    if (type == LocalDate.class) {
      return parseDate(fact.name(), value).flatMap(day -> withValue(fact, day));
    }
    return withValue(fact, value);
  }

  /**
   * The value of a fact, or an empty {@code Option} when it is unknown; a fact known to be none
   * has a value (an empty set, {@link org.areso.core.kernel.FinessCategory#none()}). A French
   * region of a structure known to be outside France, or a Swiss canton of one outside
   * Switzerland, is empty too, but it cannot apply: a condition over it is not met and it is
   * never among a {@link Decision#missing()}'s facts, which are what a form asks.
   *
   * @param fact the fact, not null
   * @param <T> the fact's type
   * @return the value, never null
   * @throws NullPointerException if fact is null (a programmer error)
   */
  public <T> Option<T> get(Fact<T> fact) {
    return requireNonNull(fact, "fact").read(this);
  }

  /**
   * The structure.
   *
   * @return the structure, never null
   */
  public Structure structure() {
    return structure;
  }

  /** The request's date, or null when unknown. */
  LocalDate dateOrNull() {
    return requestDate;
  }

  /** The requested format, or null when unknown. */
  String formatOrNull() {
    return format;
  }

  /** The request's context, or null when unknown. */
  InterventionContext contextOrNull() {
    return context;
  }

  /** A declared fact's value, or null when unknown. */
  Object extraOrNull(Fact<?> fact) {
    return extra.isEmpty() ? null : extra.get(fact);
  }
}
