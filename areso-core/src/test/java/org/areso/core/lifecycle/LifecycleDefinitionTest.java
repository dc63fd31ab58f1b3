package org.areso.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.Function3;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDateTime;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Language;
import org.junit.jupiter.api.Test;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Stamp;

/**
 * How a lifecycle is defined, checked and refused, on a small contract: drafted, sent, signed or
 * void, with notes allowed while it is open. Every lifecycle is built inside its test.
 */
class LifecycleDefinitionTest {

  enum Step { DRAFT, SENT, SIGNED, VOID }

  record Contract(String subject, Step stage, long version)
      implements LifecycleState<Step, String> { }

  interface Cmd extends LifecycleCommand { }

  record Create(Stamp stamp) implements Cmd { }

  record Send(Stamp stamp) implements Cmd { }

  record Annotate(Stamp stamp) implements Cmd { }

  record Sign(Stamp stamp) implements Cmd { }

  record Cancel(Stamp stamp) implements Cmd { }

  interface Evt extends LifecycleEvent<String> {
    @Override
    default int schemaVersion() {
      return 1;
    }
  }

  record Created(String subject, long version, Stamp stamp) implements Evt { }

  record Sent(String subject, long version, Stamp stamp) implements Evt { }

  record Annotated(String subject, long version, Stamp stamp) implements Evt { }

  record Signed(String subject, long version, Stamp stamp) implements Evt { }

  record Cancelled(String subject, long version, Stamp stamp) implements Evt { }

  static final Stamp STAMP =
      Stamp.of(new Actor.Operator("desk"), LocalDateTime.of(2024, 3, 4, 10, 0));

  static final Function3<Contract, Evt, Step, Contract> MOVE =
      (c, e, to) -> new Contract(c.subject(), to, e.version());

  static <E1 extends Evt> Emitter<Contract, Cmd, E1> emits(
      Function3<String, Long, Stamp, E1> event) {
    return (c, command, version) -> event.apply(c.subject(), version, command.stamp());
  }

  /** The start alone: create a draft, under the given guards. */
  @SafeVarargs
  static LifecycleBuilder<Step, String, String, Contract, Cmd, Evt> started(
      Guard<? super String, ? super Create>... guards) {
    return Lifecycle.<Step, String, String, Contract, Cmd, Evt>builder("Contract", Step.class)
        .start("create", Step.DRAFT, Create.class, Created.class,
            (id, c, v) -> new Created(id, v, c.stamp()),
            (id, e) -> new Contract(id, Step.DRAFT, 1), guards);
  }

  /** The whole contract, well defined, its start under the given guards. */
  @SafeVarargs
  static LifecycleBuilder<Step, String, String, Contract, Cmd, Evt> contract(
      Guard<? super String, ? super Create>... guards) {
    return started(guards)
        .transition("send", Step.DRAFT, Step.SENT, Send.class, Sent.class, emits(Sent::new), MOVE)
        .staying("annotate", List.of(Step.DRAFT, Step.SENT), Annotate.class, Annotated.class,
            emits(Annotated::new), MOVE)
        .transition("sign", Step.SENT, Step.SIGNED, Sign.class, Signed.class, emits(Signed::new),
            MOVE)
        .transitions("cancel", List.of(Step.DRAFT, Step.SENT), Step.VOID, Cancel.class,
            Cancelled.class, emits(Cancelled::new), MOVE)
        .terminal(Step.SIGNED, Step.VOID);
  }

  @Test
  void aBuiltLifecycleListsEachTransitionFromItsOwnStageTheStartFromNone() {
    // when
    var lifecycle = contract().build().get();
    // then
    assertThat(lifecycle.name()).isEqualTo("Contract");
    assertThat(lifecycle.toString()).isEqualTo("Lifecycle[Contract, 4 stages, 7 transitions]");
    assertThat(lifecycle.transitions().map(t -> t.name() + ":" + t.from().map(Enum::name)
        .getOrElse("*") + ">" + t.to())).containsExactly("create:*>DRAFT", "send:DRAFT>SENT",
        "annotate:DRAFT>DRAFT", "annotate:SENT>SENT", "sign:SENT>SIGNED", "cancel:DRAFT>VOID",
        "cancel:SENT>VOID");
    assertThat(lifecycle.transitions().head()).isEqualTo(new Transition<>("create",
        Option.none(), Step.DRAFT, Create.class, Created.class, List.empty()));
    assertThat(lifecycle.accepts(Step.DRAFT))
        .containsExactly(Send.class, Annotate.class, Cancel.class);
    assertThat(lifecycle.accepts(Step.SENT))
        .containsExactly(Annotate.class, Sign.class, Cancel.class);
  }

  @Test
  void onlyTheFirstTransitionStartsAndOnlyTransitionsThatStayAreLoops() {
    // when
    Seq<Transition<Step>> transitions = contract().build().get().transitions();
    // then
    assertThat(transitions.filter(Transition::isStart).map(Transition::name))
        .containsExactly("create");
    assertThat(transitions.filter(Transition::isLoop).map(Transition::name))
        .containsExactly("annotate", "annotate");
  }

  @Test
  void aTransitionThatStaysKeepsTheStageAndMovesTheVersionOn() {
    // given
    var lifecycle = contract().build().get();
    Contract sent = new Contract("C-1", Step.SENT, 2);
    // when
    var handled = lifecycle.handle(sent, new Annotate(STAMP));
    // then
    assertThat(handled).isEqualTo(Either.right(new Accepted<>(
        new Contract("C-1", Step.SENT, 3), List.of(new Annotated("C-1", 3, STAMP)))));
    assertThat(lifecycle.handle(new Contract("C-1", Step.SIGNED, 3), new Annotate(STAMP))
        .getLeft()).isEqualTo(
            new Rejection.NotApplicable(Option.some(Step.SIGNED), Annotate.class, List.empty()));
  }

  @Test
  void aStartingCommandMakesTheFirstStateAtVersionOne() {
    // given
    var lifecycle = contract().build().get();
    // when
    var started = lifecycle.start("C-1", new Create(STAMP));
    // then
    assertThat(started).isEqualTo(Either.right(new Accepted<>(
        new Contract("C-1", Step.DRAFT, 1), List.of(new Created("C-1", 1, STAMP)))));
  }

  @Test
  void aStartingCommandWhosePreconditionsAreUnmetIsRefusedInNoStageYet() {
    // given: a contract that starts only with a number
    var lifecycle = contract(Guard.of("numbered", (String id, Create c) -> id.isBlank()
        ? List.of(Unmet.because(new FieldReason.Blank("contract_id"))) : List.empty()))
        .build().get();
    // when
    var refused = lifecycle.start(" ", new Create(STAMP));
    // then
    assertThat(refused.getLeft()).isEqualTo(new Rejection.PreconditionsUnmet(Option.none(),
        Create.class, List.of(new Unmet("numbered", new FieldReason.Blank("contract_id"),
            Option.none()))));
    assertThat(refused.getLeft().message(Language.EN))
        .startsWith("Command 'Create' cannot be accepted yet in stage 'before the start': ");
  }

  @Test
  void aStartingCommandAgainstAnExistingSubjectIsNotApplicableWhateverTheVersionSeen() {
    // given: a draft already at version 3, and an actor who believes it does not exist yet
    var lifecycle = contract().build().get();
    Contract draft = new Contract("C-1", Step.DRAFT, 3);
    // when
    var stale = lifecycle.handle(draft, new Create(STAMP), 0);
    // then: not applicable comes first, since no version would make it applicable
    assertThat(stale).isEqualTo(Either.left(new Rejection.NotApplicable(Option.some(Step.DRAFT),
        Create.class, List.of(Send.class, Annotate.class, Cancel.class))));
  }

  @Test
  void anApplicableCommandOnAStaleVersionIsAConflict() {
    // given
    var lifecycle = contract().build().get();
    Contract draft = new Contract("C-1", Step.DRAFT, 3);
    // when
    var stale = lifecycle.handle(draft, new Send(STAMP), 2);
    // then
    assertThat(stale).isEqualTo(Either.left(new Rejection.VersionConflict(2, 3)));
  }

  @Test
  void thePathOfAnImpossibleHistoryIsRefusedWithTheReason() {
    // given
    var lifecycle = contract().build().get();
    // when / then
    assertThat(lifecycle.path(List.empty())).isEqualTo(Either.left(new HistoryError.Empty()));
    assertThat(lifecycle.path(List.of(new Created("C-1", 2, STAMP))))
        .isEqualTo(Either.left(new HistoryError.VersionGap(1, 2)));
    assertThat(lifecycle.path(List.of(new Created("C-1", 0, STAMP))))
        .isEqualTo(Either.left(new HistoryError.VersionRepeated(1, 0)));
    assertThat(lifecycle.path(List.of(new Created("C-1", 1, STAMP), new Sent("C-1", 2, STAMP)))
        .get().map(Transition::name)).containsExactly("create", "send");
  }

  @Test
  void aStageReachedOnlyFromAnUnreachableStageIsUnreachableToo() {
    // given: nothing leads to SENT, and only SENT leads to SIGNED
    var builder = started()
        .staying("annotate", List.of(Step.DRAFT), Annotate.class, Annotated.class,
            emits(Annotated::new), MOVE)
        .transition("cancel", Step.DRAFT, Step.VOID, Cancel.class, Cancelled.class,
            emits(Cancelled::new), MOVE)
        .transition("sign", Step.SENT, Step.SIGNED, Sign.class, Signed.class, emits(Signed::new),
            MOVE)
        .terminal(Step.SIGNED, Step.VOID);
    // when
    var built = builder.build();
    // then
    assertThat(built.getError()).containsExactly(
        new DefinitionError.UnreachableStage("SENT"),
        new DefinitionError.UnreachableStage("SIGNED"));
  }

  @Test
  void eachAmbiguityIsReportedOnceForTheCommandAndOnceForTheEvent() {
    // given: three ways to cancel a draft, with one command and one event
    var builder = contract()
        .transition("discard", Step.DRAFT, Step.VOID, Cancel.class, Cancelled.class,
            emits(Cancelled::new), MOVE)
        .transition("shred", Step.DRAFT, Step.VOID, Cancel.class, Cancelled.class,
            emits(Cancelled::new), MOVE);
    // when
    var built = builder.build();
    // then
    assertThat(built.getError()).containsExactly(
        new DefinitionError.Ambiguous("DRAFT", "Cancel"),
        new DefinitionError.Ambiguous("DRAFT", "Cancelled"));
  }

  @Test
  void twoTransitionsForOneCommandAreAmbiguousEvenWithDistinctEvents() {
    // given
    var builder = contract()
        .transition("sendSigned", Step.DRAFT, Step.SIGNED, Send.class, Signed.class,
            emits(Signed::new), MOVE);
    // when
    var built = builder.build();
    // then
    assertThat(built.getError()).containsExactly(new DefinitionError.Ambiguous("DRAFT", "Send"));
  }
}
