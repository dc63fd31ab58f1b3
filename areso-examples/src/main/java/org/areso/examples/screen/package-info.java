/**
 * Bulk eligibility screening of a host's CSV export ({@code ./areso screen}): a streaming RFC 4180
 * reader with bounded memory, the mapping of the screening columns to a {@code Structure} and its
 * facts, and a spreadsheet-safe CSV output.
 */
package org.areso.examples.screen;
