/**
 * Areso JSON: the JSON form of what Areso returns, for a host that stores it.
 *
 * <p>Pure: strings in, strings out; no file, network, database, clock or standard-stream access.
 * Ships one JSON Schema (draft 2020-12) per event type and version under
 * {@code org/areso/json/schema/}.
 */
module org.areso.json {
  requires transitive org.areso.core;
  requires transitive tools.jackson.databind;

  exports org.areso.json;
}
