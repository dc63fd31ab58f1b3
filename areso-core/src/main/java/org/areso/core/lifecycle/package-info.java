/**
 * The lifecycle kernel: an immutable, data-defined state machine ({@link
 * org.areso.core.lifecycle.Lifecycle}) of stages, commands, guards and events, built once and shared
 * by every thread. It decides, folds and replays histories, lists itself and draws itself in Mermaid.
 */
package org.areso.core.lifecycle;
