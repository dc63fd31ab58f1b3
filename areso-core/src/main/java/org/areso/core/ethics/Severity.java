package org.areso.core.ethics;

/** How serious a {@link Violation} is. */
public enum Severity {
  /** The action must not happen: the engagement's guards refuse it. */
  BLOCKING,
  /** Worth the facilitators' attention; nothing is refused. */
  WARNING
}
