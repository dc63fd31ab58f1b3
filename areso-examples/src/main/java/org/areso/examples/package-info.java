/**
 * Runnable programs that show Areso as a host uses it. The only Areso package with I/O: it reads
 * the command line and writes to standard output.
 */
package org.areso.examples;
