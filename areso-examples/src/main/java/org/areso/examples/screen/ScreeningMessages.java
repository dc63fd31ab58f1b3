package org.areso.examples.screen;

import java.util.ResourceBundle;
import org.areso.core.kernel.ReasonMessages;

/**
 * Where a {@link ScreeningReason}'s messages are written: this module's bundles
 * ({@code org/areso/examples/screen/reasons.properties} in English, {@code reasons_fr},
 * {@code reasons_de}, {@code reasons_it}), keyed by the reason's code, loaded from this module
 * (the lookup is caller-sensitive), once each, on the first message asked in their language.
 */
final class ScreeningMessages {

  private static final String BASE_NAME = "org.areso.examples.screen.reasons";

  /** The messages of the screening's reasons. */
  static final ReasonMessages MESSAGES =
      ReasonMessages.of(locale -> ResourceBundle.getBundle(BASE_NAME, locale));

  private ScreeningMessages() {}
}
