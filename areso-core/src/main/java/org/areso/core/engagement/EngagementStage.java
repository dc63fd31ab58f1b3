package org.areso.core.engagement;

/** The stages of an {@link Engagement} (accompagnement). */
public enum EngagementStage {
  /** The structure asked for an engagement (demande). */
  REQUESTED,
  /** The first meeting took place (prédiagnostic). */
  PRE_DIAGNOSED,
  /** The request is eligible and accepted. */
  QUALIFIED,
  /** The request is not eligible or not accepted. Terminal. */
  DECLINED,
  /** A framing was proposed; the required parties' consent is awaited. */
  AWAITING_CONSENT,
  /** The framing (cadrage) is validated by every required party. */
  FRAMED,
  /** The intervention is under way. */
  IN_PROGRESS,
  /** The intervention is paused. */
  SUSPENDED,
  /** The intervention ended; the follow-up review (suivi) is awaited. */
  FOLLOW_UP,
  /** Closed with an assessment (bilan). Terminal. */
  CLOSED,
  /** A party withdrew (retrait). Terminal. */
  WITHDRAWN
}
