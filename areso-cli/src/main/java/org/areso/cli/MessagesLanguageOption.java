package org.areso.cli;

import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --lang} option of the commands that write for a person (the demo, the vocabulary,
 * the policy and the screening): French, English, German or Italian.
 */
final class MessagesLanguageOption {

  /** The languages the messages are written in. */
  enum Lang {
    FR, EN, DE, IT;

    Locale locale() {
      return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }
  }

  @Option(names = "--lang", paramLabel = "fr|en|de|it", defaultValue = "fr",
      description = "the language of the text: fr, en, de or it (default: fr)")
  private Lang language;

  /** The locale asked, French by default. */
  Locale locale() {
    return language.locale();
  }
}
