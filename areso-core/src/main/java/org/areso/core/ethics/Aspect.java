package org.areso.core.ethics;

import org.areso.core.kernel.Text;

/** What a facilitator's {@link Contribution} is about. */
public enum Aspect {
  /** The form: the setting, the rules of speaking, the material. */
  FORM(Text.of("forme", "form")),
  /** The process: the steps, the agenda, the method. */
  PROCESS(Text.of("processus", "process")),
  /** The dynamics: how the parties listen and speak to each other. */
  DYNAMICS(Text.of("dynamique", "dynamics")),
  /** An opinion on the content of the discussions: what the facilitators must not give. */
  OPINION_ON_CONTENT(Text.of("avis sur le fond", "opinion on the content"));

  private final Text label;

  Aspect(Text label) {
    this.label = label;
  }

  /**
   * The aspect's name, in French and English.
   *
   * @return the label, never null
   */
  public Text label() {
    return label;
  }
}
