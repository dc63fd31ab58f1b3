package org.areso.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the command line on in-memory streams, never at a terminal: its exit status and what
 * it wrote.
 *
 * @param status the exit status
 * @param out what it wrote on standard output
 * @param err what it wrote on standard error
 */
record Run(int status, String out, String err) {

  /** Runs a command with nothing on standard input. */
  static Run of(String... args) {
    return withInput("", args);
  }

  /** Runs a command with the given text on standard input. */
  static Run withInput(String in, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new Streams(
        new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), false));
    return new Run(status, out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8));
  }
}
