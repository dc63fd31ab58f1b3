package org.areso.core.lifecycle;

import org.areso.core.kernel.Stamp;

/**
 * An event: what happened, in the past tense. Implementations are immutable records that a host
 * stores and may keep for years.
 *
 * @param <I> the type of the subject's identifier
 */
public interface LifecycleEvent<I> {

  /**
   * The subject the event happened to, such as an engagement.
   *
   * @return the identifier, never null
   */
  I subject();

  /**
   * The version of the subject this event produced: 1 for the first event, then one more for each.
   *
   * @return the version, at least 1
   */
  long version();

  /**
   * Who acted, and when.
   *
   * @return the stamp, never null
   */
  Stamp stamp();

  /**
   * The version of this event type's schema, so that a host can upcast events stored long ago.
   *
   * @return the schema version, at least 1
   */
  int schemaVersion();
}
