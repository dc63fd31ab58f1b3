/**
 * The {@code areso} command and its subcommands, one class each: the options and parameters that
 * picocli reads, and the call to the examples' program that does the work. Exit status: 0 on
 * success, 1 when the data held errors or a check failed, 2 for a usage error (one line on
 * standard error); help and version go to standard output with 0.
 */
package org.areso.cli;
