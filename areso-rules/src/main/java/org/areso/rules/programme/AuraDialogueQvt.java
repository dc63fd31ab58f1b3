package org.areso.rules.programme;

import org.areso.core.kernel.Text;

/** What {@code aura-dialogue-qvt} adds to its {@link Programmes#auraDialogueQvt() programme}. */
public final class AuraDialogueQvt {

  private AuraDialogueQvt() { }

  /** The number of associations the cohort accompanies (4 in the seed). */
  public static final int COHORT_CAPACITY = 4;

  /** The themes the cohort works on. */
  public enum Theme {
    /** The content: the CSE's health, safety and working-conditions missions. */
    CONTENT(Text.of("le contenu (missions SSCT du CSE)", "the content (the CSE's health and"
        + " safety missions)")),
    /** The joint processes: negotiation, how the CSE works, dialogue registers. */
    JOINT_PROCESSES(Text.of("les processus de travail paritaire", "the joint processes")),
    /** The relationship: legitimacy, efficiency, conditions of a quality dialogue. */
    RELATIONSHIP(Text.of("la relation", "the relationship"));

    private final Text label;

    Theme(Text label) {
      this.label = label;
    }

    /**
     * The theme's name, in French and English.
     *
     * @return the label, never null
     */
    public Text label() {
      return label;
    }
  }

  /** The key indicators the programme reports. */
  public enum Indicator {
    /** Applications received in the call. */
    APPLICATIONS(Text.of("candidatures reçues", "applications")),
    /** Associations selected for the cohort. */
    SELECTED(Text.of("associations retenues", "selected")),
    /** Associations accompanied. */
    ACCOMPANIED(Text.of("associations volontaires accompagnées", "accompanied")),
    /** Accompaniments closed with their assessment. */
    CLOSED(Text.of("clôtures avec bilan", "closed with an assessment"));

    private final Text label;

    Indicator(Text label) {
      this.label = label;
    }

    /**
     * The indicator's name, in French and English.
     *
     * @return the label, never null
     */
    public Text label() {
      return label;
    }
  }
}
