package org.areso.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.areso.core.kernel.BundledReason;

/**
 * Why a history could not have happened: replaying it is refused, never thrown, never silently
 * accepted.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface HistoryError extends BundledReason {

  /** The history holds no event. */
  record Empty() implements HistoryError {
    @Override
    public String code() {
      return "HISTORY_EMPTY";
    }
  }

  /**
   * An event that its source stage forbids.
   *
   * @param version the event's version
   * @param stage the stage it was applied to ({@code START} before the first event), not null
   * @param event the event's type name, not null
   */
  record ForbiddenEvent(long version, String stage, String event) implements HistoryError {
    /** Creates the error. @throws NullPointerException if an argument is null */
    public ForbiddenEvent {
      requireNonNull(stage, "stage");
      requireNonNull(event, "event");
    }

    @Override
    public String code() {
      return "EVENT_FORBIDDEN_IN_STAGE";
    }
  }

  /**
   * A version was skipped: an event is missing or out of order.
   *
   * @param expected the version expected
   * @param found the version found
   */
  record VersionGap(long expected, long found) implements HistoryError {
    @Override
    public String code() {
      return "VERSION_GAP";
    }
  }

  /**
   * A version came again: an event is duplicated or out of order.
   *
   * @param expected the version expected
   * @param found the version found
   */
  record VersionRepeated(long expected, long found) implements HistoryError {
    @Override
    public String code() {
      return "VERSION_REPEATED";
    }
  }

  /**
   * An event of another subject.
   *
   * @param version the event's version
   * @param expected the subject of the history, not null
   * @param found the subject of the event, not null
   */
  record ForeignEvent(long version, String expected, String found) implements HistoryError {
    /** Creates the error. @throws NullPointerException if an argument is null */
    public ForeignEvent {
      requireNonNull(expected, "expected");
      requireNonNull(found, "found");
    }

    @Override
    public String code() {
      return "FOREIGN_EVENT";
    }
  }

  /**
   * The history was recorded in another context than the one it is replayed in, such as an
   * engagement of another programme.
   *
   * @param expected the context it is replayed in, not null
   * @param found the context the history names, not null
   */
  record ContextMismatch(String expected, String found) implements HistoryError {
    /** Creates the error. @throws NullPointerException if an argument is null */
    public ContextMismatch {
      requireNonNull(expected, "expected");
      requireNonNull(found, "found");
    }

    @Override
    public String code() {
      return "CONTEXT_MISMATCH";
    }
  }

  /**
   * The history ends at another version than the one the host expects: events were lost at its end
   * (fewer than expected) or were added by someone else (more than expected).
   *
   * @param expected the version the host expects
   * @param found the version the history ends at
   */
  record UnexpectedVersion(long expected, long found) implements HistoryError {
    @Override
    public String code() {
      return "HISTORY_VERSION_UNEXPECTED";
    }

    @Override
    public Seq<?> arguments() {
      return List.of(expected, found, found < expected);
    }
  }
}
