package org.areso.examples.hr;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.lifecycle.HistoryError;

/**
 * Why the event store did not do what was asked: a typed value, never an exception. No message
 * holds a stored payload, so nothing sensitive reaches a log through a reason. Immutable and
 * thread-safe.
 */
public sealed interface StoreError extends Reason {

  /**
   * Another writer appended first: the version the writer decided from is no longer the last one.
   * Nothing of the refused append was stored; load again, decide again, append again.
   *
   * @param engagement the engagement, not null
   * @param expectedVersion the version the writer decided from
   * @param actualVersion the last stored version when the append was tried, or the version that
   *     another writer took concurrently
   */
  record Conflict(EngagementId engagement, long expectedVersion, long actualVersion)
      implements StoreError {
    /** Creates the reason. @throws NullPointerException if engagement is null */
    public Conflict {
      requireNonNull(engagement, "engagement");
    }

    @Override
    public String code() {
      return "APPEND_CONFLICT";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "L'accompagnement " + engagement + " a changé : version " + actualVersion
            + " enregistrée, version " + expectedVersion + " attendue.";
        case EN -> "Engagement " + engagement + " has changed: version " + actualVersion
            + " is stored, version " + expectedVersion + " was expected.";
      };
    }
  }

  /**
   * No event is stored for the engagement.
   *
   * @param engagement the engagement, not null
   */
  record UnknownEngagement(EngagementId engagement) implements StoreError {
    /** Creates the reason. @throws NullPointerException if engagement is null */
    public UnknownEngagement {
      requireNonNull(engagement, "engagement");
    }

    @Override
    public String code() {
      return "ENGAGEMENT_UNKNOWN";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Aucun événement enregistré pour l'accompagnement " + engagement + ".";
        case EN -> "No event is stored for engagement " + engagement + ".";
      };
    }
  }

  /**
   * A stored event cannot be read back as it was written: its payload is damaged, or its columns
   * contradict its payload (another type, engagement or version).
   *
   * @param engagement the engagement, not null
   * @param version the version of the row
   * @param detail a stable code saying what is wrong (never the payload itself), not null
   */
  record Tampered(EngagementId engagement, long version, String detail) implements StoreError {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public Tampered {
      requireNonNull(engagement, "engagement");
      requireNonNull(detail, "detail");
    }

    @Override
    public String code() {
      return "STORED_EVENT_UNREADABLE";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "L'événement " + version + " de l'accompagnement " + engagement
            + " est illisible (" + detail + ").";
        case EN -> "Event " + version + " of engagement " + engagement + " is unreadable ("
            + detail + ").";
      };
    }
  }

  /**
   * The stored events, each readable, do not replay into an engagement.
   *
   * @param engagement the engagement, not null
   * @param cause why the replay failed, not null
   */
  record InvalidHistory(EngagementId engagement, HistoryError cause) implements StoreError {
    /** Creates the reason. @throws NullPointerException if an argument is null */
    public InvalidHistory {
      requireNonNull(engagement, "engagement");
      requireNonNull(cause, "cause");
    }

    @Override
    public String code() {
      return "STORED_HISTORY_INVALID";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "L'historique de l'accompagnement " + engagement + " ne se rejoue pas : "
            + cause.message(language);
        case EN -> "The history of engagement " + engagement + " does not replay: "
            + cause.message(language);
      };
    }
  }

  /**
   * The events handed to an append do not follow the expected version one by one, or belong to
   * another engagement, or there are none.
   *
   * @param engagement the engagement, not null
   * @param expectedVersion the version the writer decided from
   */
  record InvalidAppend(EngagementId engagement, long expectedVersion) implements StoreError {
    /** Creates the reason. @throws NullPointerException if engagement is null */
    public InvalidAppend {
      requireNonNull(engagement, "engagement");
    }

    @Override
    public String code() {
      return "APPEND_INVALID";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "Les événements à ajouter à l'accompagnement " + engagement
            + " ne suivent pas la version " + expectedVersion + " un à un.";
        case EN -> "The events to append to engagement " + engagement
            + " do not follow version " + expectedVersion + " one by one.";
      };
    }
  }

  /**
   * The database failed; the operation was rolled back and may be tried again.
   *
   * @param sqlState the SQL state the database reported, not null (empty when it gave none)
   */
  record Unavailable(String sqlState) implements StoreError {
    /** Creates the reason. @throws NullPointerException if sqlState is null */
    public Unavailable {
      requireNonNull(sqlState, "sqlState");
    }

    @Override
    public String code() {
      return "STORE_UNAVAILABLE";
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "La base d'événements a échoué (état SQL " + sqlState
            + ") ; rien n'a été enregistré.";
        case EN -> "The event database failed (SQL state " + sqlState
            + "); nothing was stored.";
      };
    }
  }
}
