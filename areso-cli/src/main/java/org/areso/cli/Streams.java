package org.areso.cli;

import java.io.InputStream;
import java.io.PrintStream;
import org.areso.examples.Input;

/**
 * The standard streams a command uses, and whether a person watches standard error at a
 * terminal.
 *
 * @param in standard input
 * @param out standard output
 * @param err standard error
 * @param terminal whether progress may be shown: the process runs at a terminal
 */
record Streams(InputStream in, PrintStream out, PrintStream err, boolean terminal) {

  /** The name messages give standard input. */
  static final String STANDARD_INPUT = "<stdin>";
  /** What a user writes for standard input or standard output in place of a file. */
  static final String DASH = "-";

  /** A file a command reads, or standard input for {@code -}. */
  Input input(String name) {
    return name.equals(DASH) ? Input.stream(STANDARD_INPUT, in) : Input.file(name);
  }
}
