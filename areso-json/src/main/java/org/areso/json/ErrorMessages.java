package org.areso.json;

import java.util.ResourceBundle;
import org.areso.core.kernel.ReasonMessages;

/**
 * Where a {@link JsonError}'s messages are written: this module's bundles
 * ({@code org/areso/json/errors.properties} in English, {@code errors_fr}, {@code errors_de},
 * {@code errors_it}), keyed by the error's code, loaded from this module (the lookup is
 * caller-sensitive), once each, on the first message asked in their language.
 */
final class ErrorMessages {

  private static final String BASE_NAME = "org.areso.json.errors";

  /** The messages of this module's errors. */
  static final ReasonMessages MESSAGES =
      ReasonMessages.of(locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private ErrorMessages() {}
}
