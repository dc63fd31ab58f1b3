package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

/**
 * A value that must not leak: what a person confided, an interview note, a facilitator's remark.
 * Its {@link #toString()} never shows the value, so a record, an event, an exception message or a
 * log line that holds it stays clean; only {@link #reveal()} gives it back, on purpose.
 *
 * <p>Immutable and thread-safe when the value is; equal when the values are equal.
 *
 * @param <T> the type of the value
 */
public final class Sensitive<T> {

  private final T value;

  private Sensitive(T value) {
    this.value = value;
  }

  /**
   * Wraps a value.
   *
   * @param <T> the type of the value
   * @param value the value, not null
   * @return the wrapped value, never null
   * @throws NullPointerException if value is null (a programmer error)
   */
  public static <T> Sensitive<T> of(T value) {
    return new Sensitive<>(requireNonNull(value, "value"));
  }

  /**
   * The value itself. Call it only where the value is meant to be read by someone entitled to it.
   *
   * @return the value, never null
   */
  public T reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Sensitive<?> that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Always {@code "Sensitive[redacted]"}, whatever the value. */
  @Override
  public String toString() {
    return "Sensitive[redacted]";
  }
}
