package org.areso.core.engagement;

/** Why an engagement is asked for. */
public enum InterventionContext {
  /** Getting out of a deadlock, a conflict or degraded relations (curatif). */
  CURATIVE,
  /** Preventing degradation from the first signs of tension (préventif). */
  PREVENTIVE,
  /** Outside any tension, learning to dialogue better. */
  LEARNING
}
