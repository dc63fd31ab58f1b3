package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.collection.Set;
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
import org.areso.core.lifecycle.LifecycleCommand;
import org.areso.core.kernel.Stamp;
import org.areso.core.planning.Session;

/**
 * A command to an {@link Engagement}, in the imperative: who asks and when ({@link #stamp()}), and
 * what. Immutable records; {@link Engagement#handle(EngagementCommand)} numbers the events they
 * emit. {@link Commands} builds the common ones from plain values.
 */
public sealed interface EngagementCommand extends LifecycleCommand {

  /**
   * Asks for an engagement: the command that starts one.
   *
   * @param engagement the identifier the host chose, not null
   * @param stamp who asks and when, not null
   * @param structure the structure that asks, as known on the day, not null
   * @param origin who asked: the parties themselves, or a third party, not null
   */
  record RequestEngagement(EngagementId engagement, Stamp stamp, Structure structure,
      Origin origin) implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public RequestEngagement {
      requireNonNull(engagement, "engagement");
      requireNonNull(stamp, "stamp");
      requireNonNull(structure, "structure");
      requireNonNull(origin, "origin");
    }
  }

  /**
   * Records what the first meeting found.
   *
   * @param stamp who asks and when, not null
   * @param preDiagnosis what was found, not null
   */
  record RecordPreDiagnosis(Stamp stamp, PreDiagnosis preDiagnosis)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public RecordPreDiagnosis {
      requireNonNull(stamp, "stamp");
      requireNonNull(preDiagnosis, "preDiagnosis");
    }
  }

  /**
   * Records that the request is eligible and accepted.
   *
   * <p>The engagement checks the record's policy (the programme's own) and its verdict; it cannot
   * tell which structure or which day the decision was made for, nor who may qualify (the seeds
   * do not say): decide on the engagement's structure, completed with what was learnt since the
   * request, for the request's date, and keep who may qualify in the host's access control.
   *
   * @param stamp who asks and when, not null
   * @param eligibilityRecord the eligibility decision, {@code ELIGIBLE} under the programme's
   *     policy, not null
   */
  record Qualify(Stamp stamp, EligibilityRecord eligibilityRecord)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public Qualify {
      requireNonNull(stamp, "stamp");
      requireNonNull(eligibilityRecord, "eligibilityRecord");
    }
  }

  /**
   * Records that the request is not eligible.
   *
   * @param stamp who asks and when, not null
   * @param eligibilityRecord the eligibility decision, {@code NOT_ELIGIBLE} under the programme's
   *     policy, not null
   */
  record Decline(Stamp stamp, EligibilityRecord eligibilityRecord)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public Decline {
      requireNonNull(stamp, "stamp");
      requireNonNull(eligibilityRecord, "eligibilityRecord");
    }
  }

  /**
   * Records the application a call for applications selected, which the engagement answers: in a
   * programme whose workflow {@linkplain Workflow#selectionRequired() requires a selection}, the
   * request is qualified only once it is recorded. Refused unless the application is {@code
   * SELECTED}, and once a selection is recorded.
   *
   * @param stamp who asks and when, not null
   * @param application the application, as the host rebuilt it from its history, not null
   */
  record RecordSelection(Stamp stamp, CohortApplication application)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public RecordSelection {
      requireNonNull(stamp, "stamp");
      requireNonNull(application, "application");
    }
  }

  /**
   * Proposes a framing to the parties; proposing again voids the consents given.
   *
   * @param stamp who asks and when, not null
   * @param framing the framing, not null
   */
  record ProposeFraming(Stamp stamp, Framing framing)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public ProposeFraming {
      requireNonNull(stamp, "stamp");
      requireNonNull(framing, "framing");
    }
  }

  /**
   * The acting party consents to the framing.
   *
   * @param stamp who asks and when, not null
   */
  record GiveConsent(Stamp stamp)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public GiveConsent {
      requireNonNull(stamp, "stamp");
    }
  }

  /**
   * Confirms the framing once every required party consented.
   *
   * @param stamp who asks and when, not null
   */
  record ConfirmFraming(Stamp stamp)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public ConfirmFraming {
      requireNonNull(stamp, "stamp");
    }
  }

  /**
   * Starts the intervention, planned to end by a date.
   *
   * @param stamp who asks and when, not null
   * @param planEnd the last day of the planned span, not null
   */
  record StartIntervention(Stamp stamp, LocalDate planEnd)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public StartIntervention {
      requireNonNull(stamp, "stamp");
      requireNonNull(planEnd, "planEnd");
    }
  }

  /**
   * Records that a planned session took place: the {@link Session} as the planner placed it (its
   * date and length), who was there, and the kind of meeting it was. A session postponed or
   * cancelled is refused; its length counts in the days consumed.
   *
   * @param stamp who asks and when, not null
   * @param session the session held, planned or already marked held in its plan, not null
   * @param present the parties present, not null
   * @param kind an interview with one party, or a working session, not null
   */
  record RecordSession(Stamp stamp, Session session, Set<PartyRole> present, MeetingKind kind)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument or a role is null */
    public RecordSession {
      requireNonNull(stamp, "stamp");
      requireNonNull(session, "session");
      PartyRole.requireNoNull(present, "present");
      requireNonNull(kind, "kind");
    }
  }

  /**
   * Records a facilitator's contribution, classified by what it is about; an opinion on the
   * content is refused under a charter that lists neutrality.
   *
   * @param stamp who asks and when, not null
   * @param contribution the contribution, by one of the assigned facilitators, not null
   */
  record RecordContribution(Stamp stamp, Contribution contribution)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public RecordContribution {
      requireNonNull(stamp, "stamp");
      requireNonNull(contribution, "contribution");
    }
  }

  /**
   * Records work a party did between sessions (investissement de travail en intersession), while
   * the intervention runs; refused when the work is dated after the record.
   *
   * @param stamp who asks and when, not null
   * @param work which party did what, on which day, not null
   */
  record RecordIntersessionWork(Stamp stamp, IntersessionWork work)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public RecordIntersessionWork {
      requireNonNull(stamp, "stamp");
      requireNonNull(work, "work");
    }
  }

  /**
   * Adopts the action plan; the parties own and decide its items, never a facilitator, and every
   * required party validates each item.
   *
   * @param stamp who asks and when, not null
   * @param items the plan's items, at least one, not null
   */
  record AdoptActionPlan(Stamp stamp, Seq<ActionPlanItem> items)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument or an item is null */
    public AdoptActionPlan {
      requireNonNull(stamp, "stamp");
      requireNonNull(items, "items");
      items.forEach(i -> requireNonNull(i, "items[]"));
    }
  }

  /**
   * Assigns the pair of facilitators, with the ties each declared for this engagement; a tie
   * with the structure or a party is refused under the charter's impartiality or independence.
   *
   * @param stamp who asks and when (the day of the assignment), not null
   * @param facilitators the facilitators: a pair, or one professional where the workflow says
   *     so, not null
   */
  record AssignFacilitators(Stamp stamp, Facilitators facilitators)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public AssignFacilitators {
      requireNonNull(stamp, "stamp");
      requireNonNull(facilitators, "facilitators");
    }
  }

  /**
   * Discloses an information item to a recipient; refused when the item's sensitivity does not
   * clear the recipient, or under anonymity towards supervising authorities.
   *
   * @param stamp who asks and when, not null
   * @param disclosure what goes to whom, not null
   */
  record Disclose(Stamp stamp, Disclosure disclosure)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public Disclose {
      requireNonNull(stamp, "stamp");
      requireNonNull(disclosure, "disclosure");
    }
  }

  /**
   * Pauses the intervention.
   *
   * @param stamp who asks and when, not null
   */
  record Suspend(Stamp stamp)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public Suspend {
      requireNonNull(stamp, "stamp");
    }
  }

  /**
   * Resumes a paused intervention.
   *
   * @param stamp who asks and when, not null
   */
  record Resume(Stamp stamp)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public Resume {
      requireNonNull(stamp, "stamp");
    }
  }

  /**
   * Ends the intervention; the follow-up starts.
   *
   * @param stamp who asks and when, not null
   */
  record EndIntervention(Stamp stamp)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public EndIntervention {
      requireNonNull(stamp, "stamp");
    }
  }

  /**
   * Records the follow-up review.
   *
   * @param stamp who asks and when, not null
   * @param summary what the review found, not null
   */
  record RecordFollowUpReview(Stamp stamp, String summary)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public RecordFollowUpReview {
      requireNonNull(stamp, "stamp");
      requireNonNull(summary, "summary");
    }
  }

  /**
   * Closes the engagement with its assessment.
   *
   * @param stamp who asks and when, not null
   * @param assessment the assessment, not null
   */
  record Close(Stamp stamp, Assessment assessment)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public Close {
      requireNonNull(stamp, "stamp");
      requireNonNull(assessment, "assessment");
    }
  }

  /**
   * The acting party withdraws: always possible before the end, no reason needed.
   *
   * @param stamp who asks and when, not null
   */
  record Withdraw(Stamp stamp)
      implements EngagementCommand {
    /** Creates the command. @throws NullPointerException if an argument is null */
    public Withdraw {
      requireNonNull(stamp, "stamp");
    }
  }
}
