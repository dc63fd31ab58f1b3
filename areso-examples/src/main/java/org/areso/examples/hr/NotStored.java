package org.areso.examples.hr;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import org.areso.core.kernel.BundledReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.ReasonMessages;
import org.areso.jdbc.StoreError;

/**
 * Why the event store did not do what a step asked, as a {@link Reason} the HR system shows in
 * French, English, German or Italian: the {@link StoreError} of {@code areso-jdbc}, its code, data
 * and messages kept (the store's own bundles). Like the store's errors, no message quotes a stored
 * payload or a database's message, so nothing sensitive reaches a screen or a log through it.
 * Immutable and thread-safe.
 *
 * @param error the store's error, not null
 */
public record NotStored(StoreError error) implements BundledReason {

  /** Creates the reason. @throws NullPointerException if error is null */
  public NotStored {
    requireNonNull(error, "error");
  }

  /** @return the store's code, such as {@code VERSION_CONFLICT} */
  @Override
  public String code() {
    return error.code();
  }

  /** The store's bundles. */
  @Override
  public ReasonMessages messages() {
    return error.messages();
  }

  /** The data the store's message quotes. */
  @Override
  public Seq<?> arguments() {
    return error.arguments();
  }
}
