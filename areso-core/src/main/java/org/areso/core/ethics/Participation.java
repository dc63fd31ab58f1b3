package org.areso.core.ethics;

/** How a party takes part in an engagement, as the framing records it. */
public enum Participation {
  /** The party chose to take part. */
  VOLUNTARY,
  /** The party was obliged to take part, by its hierarchy, a funder or an authority. */
  OBLIGED
}
