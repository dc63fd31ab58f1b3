package org.areso.benchmarks;

import com.github.oxo42.stateless4j.StateMachine;
import com.github.oxo42.stateless4j.StateMachineConfig;
import org.areso.benchmarks.Case.Step;
import org.areso.benchmarks.Case.Trigger;
import org.areso.core.engagement.EngagementStage;

/**
 * The walk with stateless4j 2.6: the configuration built once, a machine per case created in the
 * stored stage, each guard reading the pending step of the case. Thread-safe: the configuration is
 * only read, but the walk notes its current case: one instance per thread.
 */
public final class Stateless4jWalk {

  private final StateMachineConfig<EngagementStage, Trigger> config = new StateMachineConfig<>();
  private Case current;

  /** Builds the configuration. */
  public Stateless4jWalk() {
    config.configure(EngagementStage.REQUESTED)
        .permitIf(Trigger.PRE_DIAGNOSE, EngagementStage.PRE_DIAGNOSED, this::guard);
    config.configure(EngagementStage.PRE_DIAGNOSED)
        .permitIf(Trigger.QUALIFY, EngagementStage.QUALIFIED, this::guard);
    config.configure(EngagementStage.QUALIFIED)
        .permitReentryIf(Trigger.ASSIGN, this::guard)
        .permitIf(Trigger.PROPOSE_FRAMING, EngagementStage.AWAITING_CONSENT, this::guard);
    config.configure(EngagementStage.AWAITING_CONSENT)
        .permitReentryIf(Trigger.CONSENT, this::guard)
        .permitReentryIf(Trigger.ASSIGN, this::guard)
        .permitIf(Trigger.CONFIRM, EngagementStage.FRAMED, this::guard);
    config.configure(EngagementStage.FRAMED)
        .permitReentryIf(Trigger.ASSIGN, this::guard)
        .permitIf(Trigger.START, EngagementStage.IN_PROGRESS, this::guard);
    config.configure(EngagementStage.IN_PROGRESS)
        .permitReentryIf(Trigger.SESSION, this::guard)
        .permitReentryIf(Trigger.CONTRIBUTION, this::guard)
        .permitReentryIf(Trigger.ACTION_PLAN, this::guard)
        .permitReentryIf(Trigger.DISCLOSE, this::guard)
        .permitIf(Trigger.END, EngagementStage.FOLLOW_UP, this::guard);
    config.configure(EngagementStage.FOLLOW_UP)
        .permitReentryIf(Trigger.FOLLOW_UP_REVIEW, this::guard)
        .permitReentryIf(Trigger.DISCLOSE, this::guard)
        .permitIf(Trigger.CLOSE, EngagementStage.CLOSED, this::guard);
  }

  private boolean guard() {
    return current.allows(current.pending);
  }

  /**
   * Restores a case and walks it to its closure.
   *
   * @return the closed case, never null
   * @throws IllegalStateException if a step is refused
   */
  public Case walk() {
    Case c = Case.restored();
    current = c;
    StateMachine<EngagementStage, Trigger> machine = new StateMachine<>(c.stage, config);
    for (Step step : Case.WALK) {
      c.pending = step;
      machine.fire(step.trigger());  // throws IllegalStateException when refused
      c.apply(step);
    }
    c.stage = machine.getState();
    return c;
  }
}
