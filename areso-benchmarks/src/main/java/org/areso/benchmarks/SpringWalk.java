package org.areso.benchmarks;

import java.util.EnumSet;
import org.areso.benchmarks.Case.Step;
import org.areso.benchmarks.Case.Trigger;
import org.areso.core.engagement.EngagementStage;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.StateMachineEventResult;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.guard.Guard;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * The walk with Spring Statemachine 4: the definition configured once, a machine per case from
 * the builder's factory, reset to the stored stage and started, each command sent as a message
 * whose header the guards read. One instance per thread.
 */
public final class SpringWalk {

  private static final String STEP = "step";
  private static final String CASE = "case";

  private final StateMachineBuilder.Builder<EngagementStage, Trigger> builder;

  /**
   * Configures the definition.
   *
   * @throws IllegalStateException if Spring refuses it
   */
  public SpringWalk() {
    builder = StateMachineBuilder.builder();
    try {
      builder.configureConfiguration().withConfiguration().autoStartup(false);
      builder.configureStates().withStates().initial(EngagementStage.REQUESTED)
          .states(EnumSet.allOf(EngagementStage.class)).end(EngagementStage.CLOSED);
      Guard<EngagementStage, Trigger> guard = context -> {
        Case c = (Case) context.getExtendedState().getVariables().get(CASE);
        return c.allows((Step) context.getMessageHeader(STEP));
      };
      builder.configureTransitions()
          .withExternal().source(EngagementStage.REQUESTED).target(EngagementStage.PRE_DIAGNOSED)
          .event(Trigger.PRE_DIAGNOSE).guard(guard).and()
          .withExternal().source(EngagementStage.PRE_DIAGNOSED).target(EngagementStage.QUALIFIED)
          .event(Trigger.QUALIFY).guard(guard).and()
          .withInternal().source(EngagementStage.QUALIFIED).event(Trigger.ASSIGN).guard(guard)
          .and()
          .withExternal().source(EngagementStage.QUALIFIED)
          .target(EngagementStage.AWAITING_CONSENT).event(Trigger.PROPOSE_FRAMING).guard(guard)
          .and()
          .withInternal().source(EngagementStage.AWAITING_CONSENT).event(Trigger.CONSENT)
          .guard(guard).and()
          .withInternal().source(EngagementStage.AWAITING_CONSENT).event(Trigger.ASSIGN)
          .guard(guard).and()
          .withExternal().source(EngagementStage.AWAITING_CONSENT).target(EngagementStage.FRAMED)
          .event(Trigger.CONFIRM).guard(guard).and()
          .withInternal().source(EngagementStage.FRAMED).event(Trigger.ASSIGN).guard(guard).and()
          .withExternal().source(EngagementStage.FRAMED).target(EngagementStage.IN_PROGRESS)
          .event(Trigger.START).guard(guard).and()
          .withInternal().source(EngagementStage.IN_PROGRESS).event(Trigger.SESSION).guard(guard)
          .and()
          .withInternal().source(EngagementStage.IN_PROGRESS).event(Trigger.CONTRIBUTION)
          .guard(guard).and()
          .withInternal().source(EngagementStage.IN_PROGRESS).event(Trigger.ACTION_PLAN)
          .guard(guard).and()
          .withInternal().source(EngagementStage.IN_PROGRESS).event(Trigger.DISCLOSE)
          .guard(guard).and()
          .withExternal().source(EngagementStage.IN_PROGRESS).target(EngagementStage.FOLLOW_UP)
          .event(Trigger.END).guard(guard).and()
          .withInternal().source(EngagementStage.FOLLOW_UP).event(Trigger.FOLLOW_UP_REVIEW)
          .guard(guard).and()
          .withInternal().source(EngagementStage.FOLLOW_UP).event(Trigger.DISCLOSE).guard(guard)
          .and()
          .withExternal().source(EngagementStage.FOLLOW_UP).target(EngagementStage.CLOSED)
          .event(Trigger.CLOSE).guard(guard);
    } catch (Exception e) {
      throw new IllegalStateException("Spring Statemachine refused the definition", e);
    }
  }

  /**
   * Restores a case and walks it to its closure.
   *
   * @return the closed case, never null
   * @throws IllegalStateException if a step is refused
   */
  public Case walk() {
    Case c = Case.restored();
    StateMachine<EngagementStage, Trigger> machine = builder.build();
    machine.getStateMachineAccessor().doWithAllRegions(access -> access
        .resetStateMachineReactively(new DefaultStateMachineContext<>(c.stage, null, null, null))
        .block());
    machine.getExtendedState().getVariables().put(CASE, c);
    machine.startReactively().block();
    for (Step step : Case.WALK) {
      StateMachineEventResult<EngagementStage, Trigger> result = machine.sendEvent(Mono.just(
          MessageBuilder.withPayload(step.trigger()).setHeader(STEP, step).build())).blockLast();
      if (result == null
          || result.getResultType() != StateMachineEventResult.ResultType.ACCEPTED) {
        throw new IllegalStateException("refused: " + step);
      }
      c.apply(step);
    }
    c.stage = machine.getState().getId();
    machine.stopReactively().block();
    return c;
  }
}
