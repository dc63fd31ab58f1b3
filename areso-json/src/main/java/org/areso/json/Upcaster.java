package org.areso.json;

import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the JSON form of one event or command type in one schema version into the form of the
 * next version, so that a document stored years ago is read by today's code. Registered on
 * {@link AresoJson.Builder#upcaster(Upcaster)}; {@link AresoJson} chains them, version after
 * version, until the document is in the current version, then decodes it.
 *
 * <p>An upcaster works on the document's tree only: it renames, moves, adds or drops fields. It
 * need not set {@code schemaVersion}, which the chain sets to {@code fromVersion() + 1} after it.
 * Implementations must be stateless and thread-safe; an exception one throws is a programmer error
 * and reaches the caller of {@link AresoJson#readEvent(String)} or
 * {@link AresoJson#readCommand(String)} as it is.
 */
public interface Upcaster {

  /**
   * The type this upcaster reads, such as {@code ContributionRecorded},
   * {@code SupportCase.Referred} or {@code RecordContribution}.
   *
   * @return the type's name, never null
   */
  String type();

  /**
   * The schema version this upcaster reads; it writes version {@code fromVersion() + 1}.
   *
   * @return the version, 1 or more
   */
  int fromVersion();

  /**
   * The document in the next version.
   *
   * @param document the document in {@link #fromVersion()}, which the upcaster may change and
   *     return, not null
   * @return the document in the next version, never null
   */
  ObjectNode upcast(ObjectNode document);
}
