/**
 * Runnable programs that show Areso as a host uses it; with its sub-packages, the only Areso code
 * with I/O. {@link org.areso.examples.Programs} gives the demos to {@code areso-cli}, the command
 * line that runs them, and {@link org.areso.examples.Input} is a file or standard input as its
 * commands read them.
 */
package org.areso.examples;
