package org.areso.benchmarks;

import org.areso.benchmarks.Case.Step;
import org.areso.benchmarks.Case.Trigger;
import org.areso.core.engagement.EngagementStage;
import org.squirrelframework.foundation.fsm.AnonymousCondition;
import org.squirrelframework.foundation.fsm.StateMachineBuilder;
import org.squirrelframework.foundation.fsm.StateMachineBuilderFactory;
import org.squirrelframework.foundation.fsm.impl.AbstractStateMachine;

/**
 * The walk with squirrel-foundation 0.3.10: the builder made once, a machine per case created in
 * the stored stage, the case passed as the context of each event, a declined transition noted by a
 * listener. One instance per thread.
 */
public final class SquirrelWalk {

  /** The machine class squirrel instantiates. */
  public static class Machine
      extends AbstractStateMachine<Machine, EngagementStage, Trigger, Case> {
    boolean declined;
  }

  private static final AnonymousCondition<Case> GUARD = new AnonymousCondition<>() {
    @Override
    public boolean isSatisfied(Case context) {
      return context.allows(context.pending);
    }
  };

  private final StateMachineBuilder<Machine, EngagementStage, Trigger, Case> builder;

  /** Builds the machine's definition. */
  public SquirrelWalk() {
    builder = StateMachineBuilderFactory.create(Machine.class, EngagementStage.class,
        Trigger.class, Case.class);
    external(EngagementStage.REQUESTED, EngagementStage.PRE_DIAGNOSED, Trigger.PRE_DIAGNOSE);
    external(EngagementStage.PRE_DIAGNOSED, EngagementStage.QUALIFIED, Trigger.QUALIFY);
    internal(EngagementStage.QUALIFIED, Trigger.ASSIGN);
    external(EngagementStage.QUALIFIED, EngagementStage.AWAITING_CONSENT,
        Trigger.PROPOSE_FRAMING);
    internal(EngagementStage.AWAITING_CONSENT, Trigger.CONSENT);
    internal(EngagementStage.AWAITING_CONSENT, Trigger.ASSIGN);
    external(EngagementStage.AWAITING_CONSENT, EngagementStage.FRAMED, Trigger.CONFIRM);
    internal(EngagementStage.FRAMED, Trigger.ASSIGN);
    external(EngagementStage.FRAMED, EngagementStage.IN_PROGRESS, Trigger.START);
    internal(EngagementStage.IN_PROGRESS, Trigger.SESSION);
    internal(EngagementStage.IN_PROGRESS, Trigger.CONTRIBUTION);
    internal(EngagementStage.IN_PROGRESS, Trigger.ACTION_PLAN);
    internal(EngagementStage.IN_PROGRESS, Trigger.DISCLOSE);
    external(EngagementStage.IN_PROGRESS, EngagementStage.FOLLOW_UP, Trigger.END);
    internal(EngagementStage.FOLLOW_UP, Trigger.FOLLOW_UP_REVIEW);
    internal(EngagementStage.FOLLOW_UP, Trigger.DISCLOSE);
    external(EngagementStage.FOLLOW_UP, EngagementStage.CLOSED, Trigger.CLOSE);
  }

  private void external(EngagementStage from, EngagementStage to, Trigger on) {
    builder.externalTransition().from(from).to(to).on(on).when(GUARD);
  }

  private void internal(EngagementStage within, Trigger on) {
    builder.internalTransition().within(within).on(on).when(GUARD);
  }

  /**
   * Restores a case and walks it to its closure.
   *
   * @return the closed case, never null
   * @throws IllegalStateException if a step is refused
   */
  public Case walk() {
    Case c = Case.restored();
    Machine machine = builder.newStateMachine(c.stage);
    machine.addTransitionDeclinedListener(event -> event.getStateMachine().declined = true);
    for (Step step : Case.WALK) {
      c.pending = step;
      machine.fire(step.trigger(), c);
      if (machine.declined) {
        throw new IllegalStateException("declined: " + step);
      }
      c.apply(step);
    }
    c.stage = machine.getCurrentState();
    machine.terminate();
    return c;
  }
}
