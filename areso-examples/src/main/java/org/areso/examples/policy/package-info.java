/**
 * The {@code policy} command for rule authors: checks a policy file ({@code policy check}) and runs
 * a case table against it ({@code policy test}), outside any build; {@link
 * org.areso.examples.policy.PolicyFile} reads a policy file for these and for {@code screen --policy}.
 */
package org.areso.examples.policy;
