package org.areso.jdbc;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.EngagementId;
import org.areso.core.lifecycle.LifecycleEvent;

/**
 * One stored event as the store writes and reads it: the engagement and the version it produced
 * (the row's key), its type name, the version of its type's schema, and its JSON text.
 *
 * <p>Immutable and thread-safe. Its {@link #toString()} leaves the payload out, since it may carry
 * personal or sensitive values.
 *
 * @param engagement the engagement, not null
 * @param version the version the event produced, at least 1
 * @param type the event's type name, 1 to 128 characters, not null
 * @param schemaVersion the version of the type's schema, at least 1
 * @param payload the event's JSON text, not null
 */
public record StoredEvent(EngagementId engagement, long version, String type, int schemaVersion,
    String payload) {

  /**
   * Creates a row.
   *
   * @throws NullPointerException if an argument is null (a programmer error)
   * @throws IllegalArgumentException if version or schemaVersion is below 1, or type is blank or
   *     longer than 128 characters (a programmer error)
   */
  public StoredEvent {
    requireNonNull(engagement, "engagement");
    requireNonNull(type, "type");
    requireNonNull(payload, "payload");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1: " + version);
    }
    if (schemaVersion < 1) {
      throw new IllegalArgumentException("schemaVersion must be at least 1: " + schemaVersion);
    }
    if (type.isBlank() || type.length() > 128) {
      throw new IllegalArgumentException("type must have 1 to 128 characters");
    }
  }

  /**
   * The row of an event: its engagement, version and schema version as the event says them.
   *
   * @param event the event, not null
   * @param type the event's type name, not null
   * @param payload the event's JSON text, not null
   * @return the row, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   * @throws IllegalArgumentException if type is blank or longer than 128 characters (a programmer
   *     error)
   */
  public static StoredEvent of(LifecycleEvent<EngagementId> event, String type, String payload) {
    requireNonNull(event, "event");
    return new StoredEvent(event.subject(), event.version(), type, event.schemaVersion(), payload);
  }

  /**
   * Why this row cannot be read, naming its engagement, version and type.
   *
   * @param problem what is wrong, not null
   * @param detail what a developer needs to find it (a field's name, a size), never the payload's
   *     values; not null
   * @return the error, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public StoreError.Undecodable undecodable(StoreError.Problem problem, String detail) {
    return new StoreError.Undecodable(engagement, version, type, problem, detail);
  }

  /** @return the row's key, type, schema version and payload size, never its payload */
  @Override
  public String toString() {
    return "StoredEvent[engagement=" + engagement + ", version=" + version + ", type=" + type
        + ", schemaVersion=" + schemaVersion + ", payload=" + payload.length() + " chars]";
  }
}
