package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

/**
 * What the kernel's values written as one text share: registry numbers ({@link Siren}, {@link
 * Siret}, {@link Finess}, {@link SwissUid}), codes ({@link Departement}, {@link FinessCategory},
 * {@link FundingSource}) and the host's identifiers ({@link HostId}). Each is equal to a value of
 * the same type with the same text, hashed as that text, and shown as it unless the type writes
 * itself otherwise.
 *
 * <p>Immutable and thread-safe.
 */
abstract class CodeValue {

  private final String text;

  CodeValue(String text) {
    this.text = requireNonNull(text, "text");
  }

  /** The text this value is equal by, as read and normalised by its factory. */
  final String text() {
    return text;
  }

  /** Equal to a value of the same type with the same text. */
  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass()
        && text.equals(((CodeValue) other).text);
  }

  @Override
  public final int hashCode() {
    return text.hashCode();
  }

  /** The text. */
  @Override
  public String toString() {
    return text;
  }
}
