package org.areso.examples.screen;

/**
 * How many rows a screening gave each verdict. Immutable and thread-safe.
 *
 * @param eligible rows {@code ELIGIBLE}
 * @param notEligible rows {@code NOT_ELIGIBLE}
 * @param undetermined rows {@code UNDETERMINED}
 * @param invalid rows {@code INVALID}: they could not be read
 */
public record Tally(long eligible, long notEligible, long undetermined, long invalid) {

  /**
   * The number of rows screened.
   *
   * @return the sum of the four counts
   */
  public long rows() {
    return eligible + notEligible + undetermined + invalid;
  }
}
