/**
 * The {@code policy} command for rule authors: checks a policy file ({@code policy check}) and runs
 * a case table against it ({@code policy test}), outside any build; {@link
 * org.areso.examples.policy.PolicyFile} reads a policy file, or standard input, for these and for
 * {@code screen --policy}. {@code areso-cli} reads their arguments.
 */
package org.areso.examples.policy;
