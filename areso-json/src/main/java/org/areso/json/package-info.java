/**
 * The JSON form of Areso's events (an engagement's, a support case's, an application's), commands,
 * plans and decisions: {@link org.areso.json.AresoJson} writes and reads them, with their type and
 * schema version, writes rejections and audits, and {@link org.areso.json.JsonError} says why a
 * text could not be read. Older forms are turned into the current one by
 * {@link org.areso.json.Upcaster}s.
 */
package org.areso.json;
