package org.areso.core.kernel;

import io.vavr.control.Option;

/**
 * A qualification a {@link Facilitator} carries (qualification, formation) and a programme may
 * require of the facilitators it assigns: a title the law protects, or a training a programme's
 * text names. Each says the legal text it rests on, where there is one.
 *
 * <p>Kept small on purpose: only what a programme of the catalogue requires. Immutable and
 * thread-safe.
 */
public enum Qualification implements Labelled {

  /**
   * The title of social worker (titre d'assistant de service social), which CASF article L.411-1
   * reserves to holders of the French State diploma of social worker (diplôme d'État d'assistant
   * de service social, DEASS) and to the holders of an equivalent European qualification it lets
   * the administration authorise. The workplace social worker (assistant social du travail) of
   * seed 004 is one.
   */
  SOCIAL_WORKER_TITLE(
      Option.some(LegalReference.builder().code("CASF").article("L.411-1").verified(true)
          .build()
          .getOrElseThrow(() -> new IllegalStateException("invalid reference L.411-1")))),

  /**
   * A training in social relations (formé aux relations sociales), as seed 001 says of the
   * facilitators of {@code areso-social-2023}. No legal text defines it: the host records who
   * followed it.
   */
  SOCIAL_RELATIONS_TRAINING(Option.none());

  private final Option<LegalReference> reference;

  Qualification(Option<LegalReference> reference) {
    this.reference = reference;
  }

  /**
   * The qualification's name for people, in French, English, German and Italian
   * ({@link Labels}).
   *
   * @return the label, never null
   */
  @Override
  public Text label() {
    return Labels.of(this);
  }

  /**
   * The legal text that defines or protects the qualification.
   *
   * @return the reference, or none when no legal text defines it; never null
   */
  public Option<LegalReference> reference() {
    return reference;
  }
}
