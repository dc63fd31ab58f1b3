package org.areso.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementEvent.ActionPlanAdopted;
import org.areso.core.engagement.EngagementEvent.ConsentGiven;
import org.areso.core.engagement.EngagementEvent.ContributionRecorded;
import org.areso.core.engagement.EngagementEvent.FramingProposed;
import org.areso.core.engagement.EngagementEvent.FollowUpReviewed;
import org.areso.core.engagement.EngagementEvent.SessionHeld;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.kernel.PartyRole;

/**
 * The peer of replay: a plain mutable Java object the same events are applied to in a loop, with
 * the version checked and nothing else. Not thread-safe.
 */
public final class MutableEngagement {

  /** The stage. */
  public EngagementStage stage;
  /** The version. */
  public long version;
  /** Half-days consumed. */
  public int halfDays;
  /** Sessions held. */
  public int sessions;
  /** Contributions recorded. */
  public final ArrayList<Object> contributions = new ArrayList<>();
  /** Consents given. */
  public final EnumSet<PartyRole> consents = EnumSet.noneOf(PartyRole.class);
  /** Action-plan items. */
  public int actionPlanItems;
  /** The follow-up review. */
  public String review;

  /**
   * Applies a history.
   *
   * @param events the history, oldest first, not null
   * @return the engagement, never null
   * @throws IllegalStateException if a version is missing or repeated
   */
  public static MutableEngagement apply(Iterable<? extends EngagementEvent> events) {
    MutableEngagement e = new MutableEngagement();
    for (EngagementEvent event : events) {
      if (event.version() != e.version + 1) {
        throw new IllegalStateException("version " + event.version() + " after " + e.version);
      }
      e.version = event.version();
      if (event instanceof SessionHeld s) {
        e.sessions++;
        e.halfDays += s.length().days().halfDays();
      } else if (event instanceof ContributionRecorded c) {
        e.contributions.add(c.contribution());
      } else if (event instanceof EngagementEvent.EngagementRequested) {
        e.stage = EngagementStage.REQUESTED;
      } else if (event instanceof EngagementEvent.PreDiagnosisRecorded) {
        e.stage = EngagementStage.PRE_DIAGNOSED;
      } else if (event instanceof EngagementEvent.Qualified) {
        e.stage = EngagementStage.QUALIFIED;
      } else if (event instanceof FramingProposed) {
        e.stage = EngagementStage.AWAITING_CONSENT;
        e.consents.clear();
      } else if (event instanceof ConsentGiven g) {
        e.consents.add(g.party());
      } else if (event instanceof EngagementEvent.FramingConfirmed) {
        e.stage = EngagementStage.FRAMED;
      } else if (event instanceof EngagementEvent.InterventionStarted) {
        e.stage = EngagementStage.IN_PROGRESS;
      } else if (event instanceof ActionPlanAdopted a) {
        e.actionPlanItems = a.items().size();
      } else if (event instanceof EngagementEvent.InterventionEnded) {
        e.stage = EngagementStage.FOLLOW_UP;
      } else if (event instanceof FollowUpReviewed r) {
        e.review = r.summary();
      } else if (event instanceof EngagementEvent.Closed) {
        e.stage = EngagementStage.CLOSED;
      }
    }
    return e;
  }
}
