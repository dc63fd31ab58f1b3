package org.areso.json;

/** Stops a reading at the first field it cannot read; {@link AresoJson} turns it into its error. */
final class Unreadable extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient JsonError error;

  Unreadable(JsonError error) {
    super(error.code(), null, false, false);
    this.error = error;
  }

  JsonError error() {
    return error;
  }
}
