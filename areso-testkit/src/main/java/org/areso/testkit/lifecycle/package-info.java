/**
 * Given-events / when-command / then-events-or-rejection fixtures for any {@link
 * org.areso.core.lifecycle.Lifecycle}, so that hosts test their use of Areso's lifecycles the way
 * Areso tests them.
 */
package org.areso.testkit.lifecycle;
