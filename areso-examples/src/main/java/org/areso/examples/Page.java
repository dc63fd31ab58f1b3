package org.areso.examples;

import java.io.PrintStream;
import java.util.Locale;
import org.areso.core.kernel.Text;

/** Headings of the demos, in the reader's language. */
final class Page {

  private final PrintStream out;
  private final Locale language;

  Page(PrintStream out, Locale language) {
    this.out = out;
    this.language = language;
  }

  /** A title, underlined. */
  void title(Text text) {
    out.println(text.in(language));
    out.println("=".repeat(text.in(language).length()));
  }

  /** A section heading after a blank line. */
  void section(Text text) {
    out.println();
    out.println(text.in(language));
  }
}
