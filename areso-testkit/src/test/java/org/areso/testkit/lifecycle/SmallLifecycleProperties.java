package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.function.BiFunction;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.SupportCase;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.kernel.Actor;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.lifecycle.Lifecycle;
import org.areso.core.lifecycle.LifecycleCommand;
import org.areso.core.lifecycle.LifecycleEvent;
import org.areso.core.lifecycle.LifecycleState;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Transition;

/**
 * The lifecycle invariants over random command sequences, for the cohort application and support
 * case lifecycles: terminal stays terminal, replay equals the state, no event its stage forbids.
 */
class SmallLifecycleProperties {

  static final Seq<Actor> ACTORS = List.of(MANAGEMENT, STAFF, GOVERNANCE, FACILITATOR, OPERATOR,
      new Actor.Party(PartyRole.NON_MANAGERIAL_STAFF, PartyId.of("employee-42").get()));

  /** A command with the version of the subject its actor saw when asking. */
  record Asked<C>(C command, long seenVersion) {

    /** A command asked on the subject's current version. */
    static <C> Asked<C> now(LifecycleState<?, ?> subject, C command) {
      return new Asked<>(command, subject.version());
    }
  }

  /**
   * Runs a script and checks every invariant on the way, replaying through the subject's own
   * {@code replay} (which checks the context); returns the final stage's name.
   */
  static <S extends Enum<S>, I, P, X extends LifecycleState<S, I>, C extends LifecycleCommand,
      E extends LifecycleEvent<I>> String check(Lifecycle<S, I, P, X, C, E> lifecycle,
      BiFunction<P, Seq<E>, Either<HistoryError, X>> replay, P context, C start,
      Seq<Function<X, Asked<C>>> commands, java.util.List<Integer> script) {
    Accepted<X, E> started = lifecycle.start(context, start).get();
    Seq<E> history = started.events();
    X state = started.state();
    assertThat(replay.apply(context, history)).isEqualTo(Either.right(state));
    for (int pick : script) {
      X before = state;
      Asked<C> asked = commands.get(pick % commands.size()).apply(state);
      C command = asked.command();
      Either<Rejection, Accepted<X, E>> outcome =
          lifecycle.handle(state, command, asked.seenVersion());
      if (asked.seenVersion() != before.version()
          && lifecycle.accepts(before.stage()).contains(command.getClass())) {
        // a command the stage accepts, decided on a version it is not at, is a conflict
        assertThat(outcome).isEqualTo(Either.left(
            new Rejection.VersionConflict(asked.seenVersion(), before.version())));
      }
      if (lifecycle.isTerminal(before.stage())) {
        assertThat(outcome.isLeft()).isTrue();
        assertThat(lifecycle.handle(before, command).getLeft().kind())
            .isEqualTo(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
      }
      if (outcome.isLeft()) {
        assertThat(replay.apply(context, history).get()).isEqualTo(before);
        continue;
      }
      Seq<Transition<S>> listed = lifecycle.transitions().filter(
          t -> t.from().contains(before.stage()) && t.command() == command.getClass());
      assertThat(listed).hasSize(1);
      state = outcome.get().state();
      assertThat(state.stage()).isEqualTo(listed.head().to());
      history = history.appendAll(outcome.get().events());
    }
    assertThat(replay.apply(context, history)).isEqualTo(Either.right(state));
    return state.stage().name();
  }

  @Provide
  Arbitrary<java.util.List<Integer>> scripts() {
    return Arbitraries.integers().between(0, 10_000).list().ofMaxSize(20);
  }

  static Actor actor(int pick) {
    return ACTORS.get(pick % ACTORS.size());
  }

  @Property(tries = 1_000)
  void cohortApplicationsKeepTheLifecycleInvariants(
      @ForAll("scripts") java.util.List<Integer> script) {
    int[] i = {0};
    Seq<Function<CohortApplication, Asked<CohortApplication.Command>>> commands = List.of(
        a -> Asked.now(a, new CohortApplication.Command.Select(at(actor(i[0]++), 1))),
        a -> Asked.now(a, new CohortApplication.Command.Reject(at(actor(i[0]++), 1))),
        // every other withdrawal is decided on a version the application has not reached
        a -> new Asked<>(new CohortApplication.Command.Withdraw(at(actor(i[0]++), 1)),
            a.version() + i[0] % 2));
    check(CohortApplication.lifecycle(), CohortApplication::replay, CALL,
        new CohortApplication.Command.Apply("C-1", at(MANAGEMENT, 0),
            CohortApplication.TRIPARTITE), commands, script);
  }

  @Property(tries = 1_000)
  void supportCasesKeepTheLifecycleInvariants(@ForAll("scripts") java.util.List<Integer> script) {
    int[] i = {0};
    Seq<Function<SupportCase, Asked<SupportCase.Command>>> commands = List.of(
        c -> Asked.now(c, new SupportCase.Command.Consent(at(actor(i[0]++), 1))),
        c -> Asked.now(c, new SupportCase.Command.StartSupport(at(actor(i[0]++), 1))),
        c -> Asked.now(c, new SupportCase.Command.CloseCase(at(actor(i[0]++), 1))),
        c -> Asked.now(c, new SupportCase.Command.EndByEmployee(at(actor(i[0]++), 1))));
    check(SupportCase.lifecycle(), SupportCase::replay, PartyId.of("employee-42").get(),
        new SupportCase.Command.Refer("I-1", at(FACILITATOR, 0),
            Sensitive.of(SupportCase.Topic.HOUSING)), commands, script);
  }
}
