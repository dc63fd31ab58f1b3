package org.areso.core.engagement;

import org.areso.core.kernel.Labelled;
import org.areso.core.kernel.Labels;
import org.areso.core.kernel.Text;

/** The stages of an {@link Engagement} (accompagnement). */
public enum EngagementStage implements Labelled {
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
  WITHDRAWN;

  /**
   * The stage's name for people, in French, English, German and Italian ({@link Labels}), for a
   * host's screens; messages name a stage by its constant, which a host also stores.
   *
   * @return the label, never null
   */
  @Override
  public Text label() {
    return Labels.of(this);
  }
}
