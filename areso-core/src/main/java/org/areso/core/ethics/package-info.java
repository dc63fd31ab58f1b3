/**
 * Ethics: the principles of a programme's {@link org.areso.core.ethics.Charter} as checks over
 * what an engagement records (its {@link org.areso.core.ethics.Conduct}), run as guards on the
 * engagement's commands and as a whole-engagement {@link org.areso.core.ethics.Audit}.
 *
 * <p>Every {@link org.areso.core.ethics.Violation} names its principle, its severity, a typed
 * reason with the facts it saw, and the charter's own wording. Every type here is immutable and
 * thread-safe; no sensitive value appears in any {@code toString}.
 */
package org.areso.core.ethics;
