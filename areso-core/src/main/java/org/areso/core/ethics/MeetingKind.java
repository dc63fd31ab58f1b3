package org.areso.core.ethics;

/** The kind of meeting a held session was, between the facilitators and the parties. */
public enum MeetingKind {
  /** A diagnosis interview, held with one party at a time by design. */
  INTERVIEW,
  /** A working session, meant to bring the parties together. */
  SESSION
}
