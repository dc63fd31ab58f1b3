package org.areso.cli;

import org.areso.core.kernel.Language;
import picocli.CommandLine.Option;

/** The {@code --lang} option of the commands that write for a person. */
final class LanguageOption {

  @Option(names = "--lang", paramLabel = "fr|en", defaultValue = "fr",
      description = "the language of the text: fr or en (default: fr)")
  private Language language;

  /** The language asked, French by default. */
  Language language() {
    return language;
  }
}
