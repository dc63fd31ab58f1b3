package org.areso.jdbc;

import java.util.ResourceBundle;
import org.areso.core.kernel.ReasonMessages;

/**
 * Where a {@link StoreError}'s messages are written: this module's bundles
 * ({@code org/areso/jdbc/errors.properties} in English, {@code errors_fr}, {@code errors_de},
 * {@code errors_it}), keyed by the error's code, loaded from this module (the lookup is
 * caller-sensitive), once each, on the first message asked in their language.
 */
final class StoreMessages {

  private static final String BASE_NAME = "org.areso.jdbc.errors";

  /** The messages of the store's errors. */
  static final ReasonMessages MESSAGES =
      ReasonMessages.of(locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private StoreMessages() {}
}
