package org.areso.core.eligibility;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;

/**
 * A value that changes with time, each value with its period of validity and the text that sets
 * it — a programme's request window, a headcount threshold — resolved by the request's date, as
 * OpenFisca's parameters are.
 *
 * <p>Periods never overlap, so a date has at most one value. Immutable and thread-safe.
 *
 * @param <T> the type of the value
 */
public final class DatedParameter<T> {

  /**
   * One value of a parameter, valid during a window, set by a reference.
   *
   * @param window the days it is valid, bounds included, not null
   * @param value the value, not null
   * @param reference the text that sets it, not null
   * @param <T> the type of the value
   */
  public record Period<T>(DateWindow window, T value, LegalReference reference) {
    /** Creates a period. @throws NullPointerException if an argument is null */
    public Period {
      requireNonNull(window, "window");
      requireNonNull(value, "value");
      requireNonNull(reference, "reference");
    }
  }

  private final String name;
  private final Seq<Period<T>> periods;
  private final long[] starts;
  private final long[] ends;
  private final Object[] values;
  private final Object[] bare;

  private DatedParameter(String name, Seq<Period<T>> periods) {
    this.name = name;
    this.periods = periods.sortBy(p -> p.window().start());
    this.starts = new long[periods.size()];
    this.ends = new long[periods.size()];
    this.values = new Object[periods.size()];
    this.bare = new Object[periods.size()];
    int i = 0;
    for (Period<T> p : this.periods) {
      starts[i] = p.window().start().toEpochDay();
      ends[i] = p.window().end().toEpochDay();
      values[i] = Option.some(p.value());
      bare[i] = p.value();
      i++;
    }
  }

  /**
   * Starts a parameter. The builder is mutable and not thread-safe.
   *
   * @param name the parameter's name, such as {@code request_window}, not null
   * @param <T> the type of the value
   * @return a new builder, never null
   * @throws NullPointerException if name is null (a programmer error)
   */
  public static <T> Builder<T> named(String name) {
    return new Builder<>(requireNonNull(name, "name"));
  }

  /**
   * The parameter's name.
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Every period, earliest first.
   *
   * @return the periods, never null, never empty
   */
  public Seq<Period<T>> periods() {
    return periods;
  }

  /**
   * The value in force on a day; allocates nothing.
   *
   * @param day the day, not null
   * @return the value, or none when no period covers the day
   * @throws NullPointerException if day is null (a programmer error)
   */
  @SuppressWarnings("unchecked")
  public Option<T> valueOn(LocalDate day) {
    long epochDay = requireNonNull(day, "day").toEpochDay();
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] <= epochDay && epochDay <= ends[i]) {
        return (Option<T>) values[i];
      }
    }
    return Option.none();
  }

  /** The index in {@link #periods()} of the period in force on an epoch day, or -1. */
  int periodIndex(long epochDay) {
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] <= epochDay && epochDay <= ends[i]) {
        return i;
      }
    }
    return -1;
  }

  /** The value in force on an epoch day, or null; allocates nothing. */
  Object valueOrNull(long epochDay) {
    for (int i = 0; i < starts.length; i++) {
      if (starts[i] <= epochDay && epochDay <= ends[i]) {
        return bare[i];
      }
    }
    return null;
  }

  /**
   * The period in force on a day, with its reference.
   *
   * @param day the day, not null
   * @return the period, or none
   * @throws NullPointerException if day is null (a programmer error)
   */
  public Option<Period<T>> periodOn(LocalDate day) {
    requireNonNull(day, "day");
    return periods.find(p -> p.window().contains(day));
  }

  /** The name and its periods. */
  @Override
  public String toString() {
    return name + periods.map(p -> p.window() + "=" + p.value()).mkString("{", ", ", "}");
  }

  /**
   * Collects a parameter's periods and checks them all in {@link #build()}.
   *
   * @param <T> the type of the value
   */
  public static final class Builder<T> {
    private final String name;
    private List<Validation<Seq<Reason>, Period<T>>> periods = List.empty();

    private Builder(String name) {
      this.name = name;
    }

    /**
     * Adds a value valid from {@code start} to {@code end}, both included.
     *
     * @param start the first day, not null
     * @param end the last day, not null
     * @param value the value, not null
     * @param reference the text that sets it, not null
     * @return this builder
     * @throws NullPointerException if an argument is null (a programmer error)
     */
    public Builder<T> value(LocalDate start, LocalDate end, T value, LegalReference reference) {
      requireNonNull(value, "value");
      requireNonNull(reference, "reference");
      periods = periods.append(
          DateWindow.of(name, start, end).map(w -> new Period<>(w, value, reference)));
      return this;
    }

    /**
     * Checks every period and builds the parameter.
     *
     * @return the parameter, or every reason found: {@code FIELD_BLANK} for a blank name,
     *     {@code WINDOW_INVERTED}, {@code PARAMETER_WITHOUT_VALUE},
     *     {@code PARAMETER_PERIODS_OVERLAP}
     */
    public Validation<Seq<Reason>, DatedParameter<T>> build() {
      List<Reason> errors = List.empty();
      if (name.isBlank()) {
        errors = errors.append(new FieldReason.Blank("parameter"));
      }
      if (periods.isEmpty()) {
        errors = errors.append(new EligibilityReason.ParameterWithoutValue(name));
      }
      errors = errors.appendAll(periods.filter(Validation::isInvalid).flatMap(Validation::getError));
      Seq<Period<T>> valid = periods.filter(Validation::isValid).map(Validation::get)
          .sortBy(p -> p.window().start());
      for (int i = 1; i < valid.size(); i++) {
        if (valid.get(i - 1).window().overlaps(valid.get(i).window())) {
          errors = errors.append(new EligibilityReason.ParameterPeriodsOverlap(
              name, valid.get(i - 1).window(), valid.get(i).window()));
        }
      }
      return errors.isEmpty()
          ? Validation.valid(new DatedParameter<>(name, valid))
          : Validation.invalid(errors);
    }
  }
}
