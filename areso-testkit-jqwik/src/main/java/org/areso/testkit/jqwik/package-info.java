/**
 * Test support for code built on Areso: jqwik arbitraries that generate valid Areso values (with
 * correct check digits) and hostile text, for hosts' and rule authors' own property tests.
 */
package org.areso.testkit.jqwik;
