package org.areso.core.engagement;

import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.kernel.AresoStyle;
import org.immutables.value.Value;

/**
 * An engagement's file (dossier): what was found, decided, planned and assessed, as recorded by
 * its events. What the charter's checks read — requests, consents, assignment, sessions held,
 * contributions, action plan, disclosures — is the engagement's {@link
 * org.areso.core.ethics.Conduct} instead.
 *
 * <p>Immutable and thread-safe; equal when every entry is equal. Every entry is empty (or 0) until
 * the event that records it.
 */
@Value.Immutable(copy = true)
@AresoStyle
public abstract class EngagementFile {

  EngagementFile() { }

  /**
   * The pre-diagnosis (prédiagnostic), once recorded.
   *
   * @return the pre-diagnosis, never null
   */
  @Value.Default
  public Option<PreDiagnosis> preDiagnosis() {
    return Option.none();
  }

  /**
   * The application a call selected, which the engagement answers, once recorded.
   *
   * @return the selection, never null
   */
  @Value.Default
  public Option<Selection> selection() {
    return Option.none();
  }

  /**
   * The eligibility decision the engagement was qualified or declined on, once recorded.
   *
   * @return the record, never null
   */
  @Value.Default
  public Option<EligibilityRecord> eligibilityRecord() {
    return Option.none();
  }

  /**
   * The framing (cadrage) last proposed.
   *
   * @return the framing, never null
   */
  @Value.Default
  public Option<Framing> framing() {
    return Option.none();
  }

  /**
   * The day the framing was last proposed, from which the consent delay runs.
   *
   * @return the day, never null
   */
  @Value.Default
  public Option<LocalDate> framingProposedOn() {
    return Option.none();
  }

  /**
   * The last day of the intervention's planned span, once started.
   *
   * @return the day, never null
   */
  @Value.Default
  public Option<LocalDate> planEnd() {
    return Option.none();
  }

  /**
   * The half-days of facilitation consumed by the sessions held.
   *
   * @return the half-days, at least 0
   */
  @Value.Default
  public int halfDaysConsumed() {
    return 0;
  }

  /**
   * The work the parties did between sessions, in the order it was recorded.
   *
   * @return the records, never null
   */
  @Value.Default
  public Seq<IntersessionWork> intersessionWork() {
    return Vector.empty();
  }

  /**
   * The day the intervention ended.
   *
   * @return the day, never null
   */
  @Value.Default
  public Option<LocalDate> interventionEndedOn() {
    return Option.none();
  }

  /**
   * The follow-up review's summary, once held.
   *
   * @return the summary, never null
   */
  @Value.Default
  public Option<String> followUpReview() {
    return Option.none();
  }

  /**
   * The closing assessment (bilan).
   *
   * @return the assessment, never null
   */
  @Value.Default
  public Option<Assessment> assessment() {
    return Option.none();
  }

  /** The file of a new engagement: nothing recorded yet. */
  static EngagementFile empty() {
    return ImmutableEngagementFile.assembler().build();
  }

  /**
   * This file as its generated form, whose {@code with*} methods make changed copies. Every file
   * is one: the constructor is package-private and only the generated class extends this one.
   */
  ImmutableEngagementFile edit() {
    return (ImmutableEngagementFile) this;
  }
}
