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
 * <p>Immutable and thread-safe; equal when every entry is equal. Every entry but the request's
 * day is empty (or 0) until the event that records it.
 */
@Value.Immutable(copy = true)
@AresoStyle
public abstract class EngagementFile {

  /**
   * Nothing recorded yet but the request's day (set by {@link #requested}). Every attribute is
   * given here rather than as an Immutables default: a default makes every copy build, and
   * publish, an initialisation helper besides the file.
   */
  private static final EngagementFile EMPTY = ImmutableEngagementFile.assembler()
      .requestedOn(LocalDate.MIN).preDiagnosis(Option.none()).selection(Option.none())
      .eligibilityRecord(Option.none())
      .framing(Option.none()).framingProposedOn(Option.none()).planEnd(Option.none())
      .halfDaysConsumed(0).intersessionWork(Vector.empty()).interventionEndedOn(Option.none())
      .followUpReview(Option.none()).assessment(Option.none()).build();

  EngagementFile() { }

  /**
   * The day the engagement was requested, its request's stamp's day: nothing the engagement
   * records as done (a session held, a contribution, work between sessions) is dated before it.
   *
   * @return the day, never null
   */
  public abstract LocalDate requestedOn();

  /**
   * The pre-diagnosis (prédiagnostic), once recorded.
   *
   * @return the pre-diagnosis, never null
   */
  public abstract Option<PreDiagnosis> preDiagnosis();

  /**
   * The application a call selected, which the engagement answers, once recorded.
   *
   * @return the selection, never null
   */
  public abstract Option<Selection> selection();

  /**
   * The eligibility decision the engagement was qualified or declined on, once recorded.
   *
   * @return the record, never null
   */
  public abstract Option<EligibilityRecord> eligibilityRecord();

  /**
   * The framing (cadrage) last proposed.
   *
   * @return the framing, never null
   */
  public abstract Option<Framing> framing();

  /**
   * The day the framing was last proposed, from which the consent delay runs.
   *
   * @return the day, never null
   */
  public abstract Option<LocalDate> framingProposedOn();

  /**
   * The last day of the intervention's planned span, once started.
   *
   * @return the day, never null
   */
  public abstract Option<LocalDate> planEnd();

  /**
   * The half-days of facilitation consumed by the sessions held.
   *
   * @return the half-days, at least 0
   */
  public abstract int halfDaysConsumed();

  /**
   * The work the parties did between sessions, in the order it was recorded.
   *
   * @return the records, never null
   */
  public abstract Seq<IntersessionWork> intersessionWork();

  /**
   * The day the intervention ended.
   *
   * @return the day, never null
   */
  public abstract Option<LocalDate> interventionEndedOn();

  /**
   * The follow-up review's summary, once held.
   *
   * @return the summary, never null
   */
  public abstract Option<String> followUpReview();

  /**
   * The closing assessment (bilan).
   *
   * @return the assessment, never null
   */
  public abstract Option<Assessment> assessment();

  /**
   * The file of a new engagement: nothing recorded yet but the day of its request.
   *
   * @param on the request's day
   */
  static EngagementFile requested(LocalDate on) {
    return EMPTY.edit().withRequestedOn(on);
  }

  /**
   * This file as its generated form, whose {@code with*} methods make changed copies. Every file
   * is one: the constructor is package-private and only the generated class extends this one.
   */
  ImmutableEngagementFile edit() {
    return (ImmutableEngagementFile) this;
  }
}
