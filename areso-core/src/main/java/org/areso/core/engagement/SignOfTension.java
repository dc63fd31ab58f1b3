package org.areso.core.engagement;

/** A sign of tension seen at the pre-diagnosis (signes de tension). */
public enum SignOfTension {
  /** Clans (clans). */
  CLANS,
  /** Mistrust (méfiance). */
  MISTRUST,
  /** Rumours (rumeurs). */
  RUMOURS,
  /** Things left unsaid (non-dits). */
  UNSAID,
  /** Open conflict (conflit ouvert). */
  OPEN_CONFLICT,
  /** Staff turnover or absence (turnover, absentéisme). */
  TURNOVER
}
