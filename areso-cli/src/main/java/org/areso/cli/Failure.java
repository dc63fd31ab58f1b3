package org.areso.cli;

/**
 * Why a command could not do its work, though its arguments were well formed: a file that cannot
 * be written, an invalid programme catalogue. Exit status 2, with the message on one line.
 */
final class Failure extends RuntimeException {

  /** The exit status of a failure. */
  static final int STATUS = 2;

  private static final long serialVersionUID = 1L;

  Failure(String message) {
    super(message, null, false, false);
  }
}
