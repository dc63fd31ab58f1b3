/**
 * Architecture rules that keep a module pure: no file, network or database access, no standard
 * streams, no system clock or random identifiers, and one-way dependencies between packages.
 *
 * <p>Rule authors apply {@link org.areso.testkit.architecture.PurityRules} to their own packages
 * in an ArchUnit test.
 */
package org.areso.testkit.architecture;
