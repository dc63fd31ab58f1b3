package org.areso.core.ethics;

import org.areso.core.kernel.Labelled;
import org.areso.core.kernel.Labels;
import org.areso.core.kernel.Text;

/** What a facilitator's {@link Contribution} is about. */
public enum Aspect implements Labelled {
  /** The form: the setting, the rules of speaking, the material. */
  FORM,
  /** The process: the steps, the agenda, the method. */
  PROCESS,
  /** The dynamics: how the parties listen and speak to each other. */
  DYNAMICS,
  /** An opinion on the content of the discussions: what the facilitators must not give. */
  OPINION_ON_CONTENT;

  /**
   * The aspect's name, in French and English.
   *
   * @return the label, never null
   */
  @Override
  public Text label() {
    return Labels.of(this);
  }
}
