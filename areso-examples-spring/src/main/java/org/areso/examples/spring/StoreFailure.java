package org.areso.examples.spring;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ResourceBundle;
import org.areso.core.kernel.BundledReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.ReasonMessages;
import org.areso.jdbc.StoreError;

/**
 * Why the event store did not do what a request asked, as a {@link Reason} the API shows in French,
 * English, German or Italian: {@code areso-jdbc}'s {@link StoreError}, its code kept. No message
 * quotes a stored payload or a database's message.
 *
 * <p>The message is the pattern the code keys in this module's bundle
 * {@code org/areso/examples/spring/store.properties} (English; {@code store_fr}, {@code store_de},
 * {@code store_it}), filled with the store error's data.
 *
 * @param error the store's error, not null
 */
record StoreFailure(StoreError error) implements BundledReason {

  private static final String BASE_NAME = "org.areso.examples.spring.store";
  private static final ReasonMessages MESSAGES =
      ReasonMessages.of(locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  /** Creates the reason. @throws NullPointerException if error is null */
  StoreFailure {
    requireNonNull(error, "error");
  }

  @Override
  public String code() {
    return error.code();
  }

  /** This module's bundles. */
  @Override
  public ReasonMessages messages() {
    return MESSAGES;
  }

  /** The data the message of the error quotes, in the order of its placeholders. */
  @Override
  public Seq<?> arguments() {
    if (error instanceof StoreError.VersionConflict conflict) {
      return conflict.arguments();
    } else if (error instanceof StoreError.NotFound notFound) {
      return List.of(notFound.engagement());
    } else if (error instanceof StoreError.HistoryRefused history) {
      return List.of(history.engagement(), history.error());
    } else if (error instanceof StoreError.Undecodable row) {
      return List.of(row.engagement(), row.version(), row.problem());
    } else if (error instanceof StoreError.DatabaseFailure failure) {
      return List.of(failure.operation(), failure.sqlState(), appending(failure.operation()));
    } else if (error instanceof StoreError.SchemaMissing missing) {
      return List.of(error.code(), appending(missing.operation()));
    }
    return List.of(error.code());
  }

  /** 1 when the store was appending, whose transaction wrote nothing; 0 for a read. */
  private static int appending(String operation) {
    return operation.equals("append") ? 1 : 0;
  }
}
