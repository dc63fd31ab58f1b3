package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Set;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Origin;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Structure;
import org.areso.core.lifecycle.LifecycleEvent;
import org.areso.core.kernel.Stamp;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;

/**
 * What happened to an {@link Engagement}, in the past tense: the engagement, the version the event
 * produced, who acted and when. Immutable records that a host stores, possibly for years: each type
 * says its {@link #schemaVersion()}.
 */
public sealed interface EngagementEvent extends LifecycleEvent<EngagementId> {

  /**
   * The engagement the event happened to.
   *
   * @return the identifier, never null
   */
  EngagementId engagement();

  /**
   * The engagement the event happened to, as the lifecycle kernel reads it on every event of a
   * replay: each type returns its {@link #engagement()} itself, so that reading it is one call.
   *
   * @return the identifier, never null
   */
  @Override
  EngagementId subject();

  /** Version 1 of every event type so far. */
  @Override
  default int schemaVersion() {
    return 1;
  }

  /**
   * An engagement was asked for.
   *
   * @param engagement the engagement, not null
   * @param version the version produced (1)
   * @param stamp who acted and when, not null
   * @param programme the programme's identifier, not null
   * @param structure the structure that asked, as known on the day, not null
   * @param origin who asked, not null
   */
  record EngagementRequested(EngagementId engagement, long version, Stamp stamp, String programme,
      Structure structure, Origin origin) implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public EngagementRequested {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(programme, "programme");
      requireNonNull(structure, "structure");
      requireNonNull(origin, "origin");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * The first meeting's findings were recorded.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param preDiagnosis what was found, not null
   */
  record PreDiagnosisRecorded(EngagementId engagement, long version, Stamp stamp, PreDiagnosis preDiagnosis)
      implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public PreDiagnosisRecorded {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(preDiagnosis, "preDiagnosis");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * The request was found eligible and accepted.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param eligibilityRecord the eligibility decision it was qualified on, not null
   */
  record Qualified(EngagementId engagement, long version, Stamp stamp,
      EligibilityRecord eligibilityRecord)
      implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public Qualified {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(eligibilityRecord, "eligibilityRecord");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * The request was declined.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param eligibilityRecord the eligibility decision it was declined on, not null
   */
  record Declined(EngagementId engagement, long version, Stamp stamp,
      EligibilityRecord eligibilityRecord)
      implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public Declined {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(eligibilityRecord, "eligibilityRecord");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * The application a call selected was recorded as the one the engagement answers.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param selection the application's reference and its call's, not null
   */
  record SelectionRecorded(EngagementId engagement, long version, Stamp stamp,
      Selection selection) implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public SelectionRecorded {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(selection, "selection");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * A framing was proposed; consents given before are void.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param framing the framing, not null
   */
  record FramingProposed(EngagementId engagement, long version, Stamp stamp, Framing framing)
      implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public FramingProposed {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(framing, "framing");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * A party consented to the framing.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param party the party, not null
   */
  record ConsentGiven(EngagementId engagement, long version, Stamp stamp, PartyRole party)
      implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public ConsentGiven {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(party, "party");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * The framing was validated by every required party.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   */
  record FramingConfirmed(EngagementId engagement, long version, Stamp stamp)
      implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public FramingConfirmed {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * The intervention started.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param planEnd the last day of the planned span, not null
   */
  record InterventionStarted(EngagementId engagement, long version, Stamp stamp, LocalDate planEnd)
      implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public InterventionStarted {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(planEnd, "planEnd");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * A planned session took place: its date and length, who was there, and the kind of meeting.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param on the session's date, not null
   * @param length the session's length, not null
   * @param present the parties present, not null
   * @param kind an interview or a working session, not null
   */
  record SessionHeld(EngagementId engagement, long version, Stamp stamp, LocalDate on,
      SessionLength length, Set<PartyRole> present, MeetingKind kind) implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument or a role is null */
    public SessionHeld {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(on, "on");
      requireNonNull(length, "length");
      PartyRole.requireNoNull(present, "present");
      requireNonNull(kind, "kind");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }

    /**
     * The session this event records, held.
     *
     * @return the session, never null
     */
    public Session session() {
      return new Session(on, length, Session.Status.HELD);
    }
  }

  /**
   * A facilitator's contribution was recorded.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param contribution the contribution, not null
   */
  record ContributionRecorded(EngagementId engagement, long version, Stamp stamp,
      Contribution contribution) implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public ContributionRecorded {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(contribution, "contribution");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * Work a party did between sessions was recorded.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param work which party did what, on which day, not null
   */
  record IntersessionWorkRecorded(EngagementId engagement, long version, Stamp stamp,
      IntersessionWork work) implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public IntersessionWorkRecorded {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(work, "work");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * The pair of facilitators was assigned.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param facilitators the facilitators: a pair, or one professional where the workflow says so, not null
   */
  record FacilitatorsAssigned(EngagementId engagement, long version, Stamp stamp,
      Facilitators facilitators) implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public FacilitatorsAssigned {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(facilitators, "facilitators");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * An information item was disclosed.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param disclosure what went to whom, not null
   */
  record Disclosed(EngagementId engagement, long version, Stamp stamp, Disclosure disclosure)
      implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public Disclosed {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(disclosure, "disclosure");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * The parties adopted the action plan.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param items the plan's items, not null
   */
  record ActionPlanAdopted(EngagementId engagement, long version, Stamp stamp,
      Seq<ActionPlanItem> items) implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public ActionPlanAdopted {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(items, "items");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * The intervention was paused.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   */
  record Suspended(EngagementId engagement, long version, Stamp stamp)
      implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public Suspended {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * The intervention resumed.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   */
  record Resumed(EngagementId engagement, long version, Stamp stamp)
      implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public Resumed {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * The intervention ended.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   */
  record InterventionEnded(EngagementId engagement, long version, Stamp stamp)
      implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public InterventionEnded {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * The follow-up review took place.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param summary what the review found, not null
   */
  record FollowUpReviewed(EngagementId engagement, long version, Stamp stamp, String summary)
      implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public FollowUpReviewed {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(summary, "summary");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * The engagement was closed with its assessment.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   * @param assessment the assessment, not null
   */
  record Closed(EngagementId engagement, long version, Stamp stamp, Assessment assessment)
      implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public Closed {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(assessment, "assessment");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }

  /**
   * A party withdrew.
   *
   * @param engagement the engagement, not null
   * @param version the version produced
   * @param stamp who acted and when, not null
   */
  record Withdrawn(EngagementId engagement, long version, Stamp stamp)
      implements EngagementEvent {
    /** Creates the event. @throws NullPointerException if an argument is null */
    public Withdrawn {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
    }

    @Override
    public EngagementId subject() {
      return engagement;
    }
  }
}
