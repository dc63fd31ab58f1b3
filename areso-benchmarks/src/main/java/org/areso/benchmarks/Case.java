package org.areso.benchmarks;

import java.util.EnumSet;
import org.areso.core.engagement.EngagementStage;

/**
 * What the state-machine libraries are given instead of Areso's engagement: a mutable case a host
 * restores from its stored row, the triggers of the walk, each step's command and the guards,
 * comparable to Areso's (the version the actor saw, who acts, and the business condition of each
 * transition: eligible record, consents, facilitators assigned, time consumed, action plan
 * validated by every party, disclosure cleared, review recorded). Not thread-safe: one per case.
 */
public final class Case {

  /** The triggers of the walk. */
  public enum Trigger {
    PRE_DIAGNOSE, QUALIFY, ASSIGN, PROPOSE_FRAMING, CONSENT, CONFIRM, START, SESSION,
    CONTRIBUTION, ACTION_PLAN, DISCLOSE, END, FOLLOW_UP_REVIEW, CLOSE
  }

  /** Who acts. */
  public enum Role { MANAGEMENT, STAFF, FACILITATOR, OPERATOR }

  /**
   * A command: its trigger, the version the actor saw, who acts, a quantity (half-days, decisions)
   * and a flag (eligible, cleared, voluntary, validated by every party, assigned facilitator).
   */
  public record Step(Trigger trigger, long version, Role role, int amount, boolean flag) { }

  /** The fifteen steps of the walk, from the request to the closure, given the versions. */
  public static final Step[] WALK = {
      new Step(Trigger.PRE_DIAGNOSE, 1, Role.FACILITATOR, 0, true),
      new Step(Trigger.QUALIFY, 2, Role.OPERATOR, 0, true),
      new Step(Trigger.ASSIGN, 3, Role.OPERATOR, 2, true),
      new Step(Trigger.PROPOSE_FRAMING, 4, Role.FACILITATOR, 0, true),
      new Step(Trigger.CONSENT, 5, Role.MANAGEMENT, 0, true),
      new Step(Trigger.CONSENT, 6, Role.STAFF, 0, true),
      new Step(Trigger.CONFIRM, 7, Role.FACILITATOR, 0, true),
      new Step(Trigger.START, 8, Role.FACILITATOR, 0, true),
      new Step(Trigger.SESSION, 9, Role.FACILITATOR, 2, true),
      new Step(Trigger.CONTRIBUTION, 10, Role.FACILITATOR, 0, true),
      new Step(Trigger.ACTION_PLAN, 11, Role.MANAGEMENT, 2, true),
      new Step(Trigger.DISCLOSE, 12, Role.FACILITATOR, 0, true),
      new Step(Trigger.END, 13, Role.FACILITATOR, 0, true),
      new Step(Trigger.FOLLOW_UP_REVIEW, 14, Role.FACILITATOR, 0, true),
      new Step(Trigger.CLOSE, 15, Role.FACILITATOR, 0, true),
  };

  /** The stage, as the libraries leave it; read back by the host. */
  public EngagementStage stage = EngagementStage.REQUESTED;
  long version;
  boolean eligible;
  boolean facilitatorsAssigned;
  final EnumSet<Role> consents = EnumSet.noneOf(Role.class);
  int halfDays;
  int contributions;
  int actionPlanItems;
  int disclosures;
  boolean reviewed;
  /** The step being decided, for the guards of libraries that pass no payload to them. */
  public Step pending;

  /**
   * A case restored from its stored row: requested, at version 1.
   *
   * @return the case, never null
   */
  public static Case restored() {
    Case c = new Case();
    c.version = 1;
    return c;
  }

  /**
   * The guard of a step: the version the actor saw, who acts, and the transition's condition.
   *
   * @param s the step, not null
   * @return whether the step may be taken now
   */
  public boolean allows(Step s) {
    if (s.version() != version) {
      return false;
    }
    return switch (s.trigger()) {
      case PRE_DIAGNOSE -> s.role() == Role.FACILITATOR && s.flag();
      case QUALIFY -> s.role() == Role.OPERATOR && s.flag();
      case ASSIGN -> s.role() == Role.OPERATOR && s.amount() == 2 && s.flag();
      case PROPOSE_FRAMING -> s.role() == Role.FACILITATOR && s.flag();
      case CONSENT -> (s.role() == Role.MANAGEMENT || s.role() == Role.STAFF)
          && !consents.contains(s.role());
      case CONFIRM -> consents.contains(Role.MANAGEMENT) && consents.contains(Role.STAFF);
      case START -> facilitatorsAssigned && eligible;
      case SESSION -> s.amount() > 0;
      case CONTRIBUTION -> s.role() == Role.FACILITATOR && facilitatorsAssigned && s.flag();
      case ACTION_PLAN -> (s.role() == Role.MANAGEMENT || s.role() == Role.STAFF)
          && s.amount() > 0 && s.flag();
      case DISCLOSE -> s.flag();
      case END -> halfDays > 0 && actionPlanItems > 0;
      case FOLLOW_UP_REVIEW -> s.role() == Role.FACILITATOR;
      case CLOSE -> reviewed;
    };
  }

  /**
   * Records what a step changed, once the library accepted it.
   *
   * @param s the step, not null
   */
  public void apply(Step s) {
    version++;
    switch (s.trigger()) {
      case QUALIFY -> eligible = true;
      case ASSIGN -> facilitatorsAssigned = true;
      case PROPOSE_FRAMING -> consents.clear();
      case CONSENT -> consents.add(s.role());
      case SESSION -> halfDays += s.amount();
      case CONTRIBUTION -> contributions++;
      case ACTION_PLAN -> actionPlanItems = s.amount();
      case DISCLOSE -> disclosures++;
      case FOLLOW_UP_REVIEW -> reviewed = true;
      default -> { }
    }
  }
}
