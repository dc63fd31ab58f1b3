package org.areso.core.ethics;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import org.areso.core.kernel.Labelled;
import org.areso.core.kernel.Labels;
import org.areso.core.kernel.Text;

/** How widely an {@link InformationItem} may travel. */
public enum Sensitivity implements Labelled {
  /** May go to anyone, such as the programme's public description. */
  PUBLIC(LinkedHashSet.of(Recipient.values())),
  /** Shared by the engagement's parties and the programme's operator, such as the framing. */
  PARTIES(LinkedHashSet.of(Recipient.PARTY, Recipient.OPERATOR)),
  /** Kept by the facilitators, such as interview notes or what a person confided. */
  CONFIDENTIAL(LinkedHashSet.empty());

  private final Set<Recipient> cleared;

  /**
   * The sensitivity's label in French, English, German and Italian.
   *
   * @return the label, never null
   */
  @Override
  public Text label() {
    return Labels.of(this);
  }

  Sensitivity(Set<Recipient> cleared) {
    this.cleared = cleared;
  }

  /**
   * The recipients cleared for this sensitivity, before any charter restriction such as anonymity
   * towards supervising authorities.
   *
   * @return the recipients, never null
   */
  public Set<Recipient> cleared() {
    return cleared;
  }
}
