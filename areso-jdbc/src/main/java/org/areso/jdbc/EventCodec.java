package org.areso.jdbc;

import io.vavr.control.Either;

/**
 * How the store turns an event into a stored row and back: the event's type name, its schema
 * version and its JSON text. {@code areso-json} implements it for Areso's events; a host may write
 * its own.
 *
 * <p>An implementation is immutable and thread-safe: one codec serves every call of a store. It
 * returns a typed error for a row it cannot read — bad JSON, an unknown type, a schema version it
 * does not know (a future one), a missing field, a value too large — and never throws for one;
 * the store still turns an exception it throws into a typed error. The error's detail must not
 * quote the payload: it may carry personal or sensitive values.
 *
 * @param <E> the event type
 */
public interface EventCodec<E> {

  /**
   * Encodes an event, usually through {@link StoredEvent#of(org.areso.core.lifecycle.LifecycleEvent,
   * String, String)}: its engagement and version, its type name, its schema version and its JSON
   * text.
   *
   * @param event the event, not null
   * @return the row to store, never null
   * @throws NullPointerException if event is null (a programmer error)
   */
  StoredEvent encode(E event);

  /**
   * Decodes a stored row, usually answering a row it cannot read with {@link
   * StoredEvent#undecodable(StoreError.Problem, String)}.
   *
   * @param row the row, not null
   * @return the event, or why the row cannot be read (naming the engagement and version); never
   *     null
   * @throws NullPointerException if row is null (a programmer error)
   */
  Either<StoreError.Undecodable, E> decode(StoredEvent row);
}
