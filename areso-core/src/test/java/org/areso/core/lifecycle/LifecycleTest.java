package org.areso.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDateTime;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyRole;
import org.junit.jupiter.api.Test;

/** The kernel on a small ticket lifecycle: open → review → done, or dropped. */
class LifecycleTest {

  enum Stage { OPEN, REVIEW, DONE, DROPPED }

  enum Wide { OPEN, REVIEW, DONE, DROPPED, ORPHAN }

  record Ticket<S extends Enum<S>>(String subject, S stage, long version)
      implements LifecycleState<S, String> { }

  interface Cmd extends LifecycleCommand { }

  record Open(Stamp stamp) implements Cmd {
    @Override
    public long version() {
      return 0;
    }
  }

  record Submit(Stamp stamp, long version, int pages) implements Cmd { }

  record Approve(Stamp stamp, long version) implements Cmd { }

  record Drop(Stamp stamp, long version) implements Cmd { }

  interface Evt extends LifecycleEvent<String> {
    @Override
    default int schemaVersion() {
      return 1;
    }
  }

  record Opened(String subject, long version, Stamp stamp) implements Evt { }

  record Submitted(String subject, long version, Stamp stamp) implements Evt { }

  record Approved(String subject, long version, Stamp stamp) implements Evt { }

  record Dropped(String subject, long version, Stamp stamp) implements Evt { }

  static final Stamp STAMP = Stamp.of(new Actor.Operator("desk"), LocalDateTime.of(2024, 1, 8, 9, 0));

  static <S extends Enum<S>> Lifecycle.Builder<S, String, String, Ticket<S>, Cmd, Evt> define(
      Class<S> type, S open, S review, S done, S dropped) {
    return Lifecycle.<S, String, String, Ticket<S>, Cmd, Evt>builder("Ticket", type)
        .start("open", open, Open.class, Opened.class,
            (id, c) -> new Opened(id, 1, c.stamp()),
            (id, e) -> new Ticket<>(id, open, 1))
        .transition("submit", open, review, Submit.class, Submitted.class,
            (t, c) -> new Submitted(t.subject(), t.version() + 1, c.stamp()),
            (t, e, to) -> new Ticket<>(t.subject(), to, e.version()),
            Guard.of("hasPages", (t, c) -> c.pages() > 0 ? List.empty()
                : List.of(Unmet.because(new FieldReason.OutOfRange("pages", "0", "1", "99")))),
            Guard.of("signedByBoth", (t, c) -> c.pages() < 10 ? List.empty()
                : List.of(Unmet.awaiting(new FieldReason.Blank("management_signature"),
                    PartyRole.MANAGEMENT),
                    Unmet.awaiting(new FieldReason.Blank("staff_signature"),
                        PartyRole.STAFF_REPRESENTATIVES))))
        .transition("approve", review, done, Approve.class, Approved.class,
            (t, c) -> new Approved(t.subject(), t.version() + 1, c.stamp()),
            (t, e, to) -> new Ticket<>(t.subject(), to, e.version()))
        .transitions("drop", List.of(open, review), dropped, Drop.class, Dropped.class,
            (t, c) -> new Dropped(t.subject(), t.version() + 1, c.stamp()),
            (t, e, to) -> new Ticket<>(t.subject(), to, e.version()));
  }

  static final Lifecycle<Stage, String, String, Ticket<Stage>, Cmd, Evt> TICKET =
      define(Stage.class, Stage.OPEN, Stage.REVIEW, Stage.DONE, Stage.DROPPED)
          .terminal(Stage.DONE, Stage.DROPPED).build().get();

  static final Ticket<Stage> OPENED = new Ticket<>("T-1", Stage.OPEN, 1);

  @Test
  void listsItsStagesTransitionsAndTerminalStages() {
    assertThat(TICKET.stages()).containsExactly(Stage.values());
    assertThat(TICKET.initialStage()).isEqualTo(Stage.OPEN);
    assertThat(TICKET.terminalStages()).containsExactlyInAnyOrder(Stage.DONE, Stage.DROPPED);
    assertThat(TICKET.transitions().map(Transition::name))
        .containsExactly("open", "submit", "approve", "drop", "drop");
    assertThat(TICKET.transitions().get(1).guards()).containsExactly("hasPages", "signedByBoth");
    assertThat(TICKET.accepts(Stage.OPEN)).containsExactly(Submit.class, Drop.class);
    assertThat(TICKET.accepts(Stage.DONE)).isEmpty();
  }

  @Test
  void refusesADefinitionWithAnUnreachableStageAndANonTerminalDeadEndReportingBoth() {
    // when
    var built = define(Wide.class, Wide.OPEN, Wide.REVIEW, Wide.DONE, Wide.DROPPED)
        .terminal(Wide.DONE, Wide.DROPPED).build();
    // then
    assertThat(built.getError()).containsExactlyInAnyOrder(
        new DefinitionError.DeadEnd("ORPHAN"), new DefinitionError.UnreachableStage("ORPHAN"));
    assertThat(built.getError().map(DefinitionError::code))
        .containsExactlyInAnyOrder("DEAD_END_STAGE", "UNREACHABLE_STAGE");
  }

  @Test
  void refusesATerminalStageWithAWayOutAndAStageWithTwoTransitionsForOneCommand() {
    // when
    var built = define(Stage.class, Stage.OPEN, Stage.REVIEW, Stage.DONE, Stage.DROPPED)
        .transition("reopen", Stage.DONE, Stage.OPEN, Drop.class, Dropped.class,
            (t, c) -> new Dropped(t.subject(), t.version() + 1, c.stamp()),
            (t, e, to) -> new Ticket<>(t.subject(), to, e.version()))
        .transition("approveEarly", Stage.OPEN, Stage.DONE, Approve.class, Dropped.class,
            (t, c) -> new Dropped(t.subject(), t.version() + 1, c.stamp()),
            (t, e, to) -> new Ticket<>(t.subject(), to, e.version()))
        .terminal(Stage.DONE, Stage.DROPPED).build();
    // then
    assertThat(built.getError()).containsExactlyInAnyOrder(
        new DefinitionError.TerminalWithExit("DONE", "reopen"),
        new DefinitionError.Ambiguous("OPEN", "Dropped"));
  }

  @Test
  void refusesADefinitionWithoutStart() {
    var built = Lifecycle.<Stage, String, String, Ticket<Stage>, Cmd, Evt>builder(
        "Empty", Stage.class).build();
    assertThat(built.getError()).containsExactly(new DefinitionError.NoStart());
    assertThat(built.getError().head().message(Language.FR)).contains("départ");
  }

  @Test
  void acceptsACommandWhosePreconditionsHoldWithTheNextVersion() {
    assertThat(TICKET.decide(OPENED, new Submit(STAMP, 1, 3)))
        .isEqualTo(Either.right(List.of(new Submitted("T-1", 2, STAMP))));
    assertThat(TICKET.start("T-1", new Open(STAMP)))
        .isEqualTo(Either.right(List.of(new Opened("T-1", 1, STAMP))));
  }

  @Test
  void tellsNotApplicableInStageApartFromPreconditionsUnmet() {
    // when
    var notApplicable = TICKET.decide(OPENED, new Approve(STAMP, 1));
    var unmet = TICKET.decide(OPENED, new Submit(STAMP, 1, 12));
    // then
    assertThat(notApplicable.getLeft()).isEqualTo(new Rejection.NotApplicable(
        "OPEN", "Approve", List.of("Submit", "Drop")));
    assertThat(notApplicable.getLeft().code()).isEqualTo("NOT_APPLICABLE_IN_STAGE");
    assertThat(unmet.getLeft().kind()).isEqualTo(Rejection.Kind.PRECONDITIONS_UNMET);
    assertThat(((Rejection.PreconditionsUnmet) unmet.getLeft()).unmet()).containsExactly(
        new Unmet("signedByBoth", new FieldReason.Blank("management_signature"),
            Option.of(PartyRole.MANAGEMENT)),
        new Unmet("signedByBoth", new FieldReason.Blank("staff_signature"),
            Option.of(PartyRole.STAFF_REPRESENTATIVES)));
  }

  @Test
  void listsEveryUnmetPreconditionOfEveryGuard() {
    var unmet = (Rejection.PreconditionsUnmet) TICKET.decide(
        new Ticket<>("T-1", Stage.OPEN, 1), new Submit(STAMP, 1, 0)).getLeft();
    assertThat(unmet.unmet().map(Unmet::guard)).containsExactly("hasPages");
    assertThat(unmet.message(Language.EN)).startsWith("Command Submit cannot be accepted yet");
    assertThat(unmet.message(Language.FR)).contains("ne peut pas encore");
  }

  @Test
  void refusesACommandDecidedOnAStaleVersion() {
    assertThat(TICKET.decide(OPENED, new Drop(STAMP, 0)))
        .isEqualTo(Either.left(new Rejection.VersionConflict(0, 1)));
    assertThat(TICKET.start("T-1", new Drop(STAMP, 0)).getLeft().kind())
        .isEqualTo(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
  }

  @Test
  void replaysAHistoryAndRefusesEveryKindOfImpossibleOne() {
    Seq<Evt> history = List.of(new Opened("T-1", 1, STAMP), new Submitted("T-1", 2, STAMP),
        new Approved("T-1", 3, STAMP));
    assertThat(TICKET.replay("T-1", history))
        .isEqualTo(Either.right(new Ticket<>("T-1", Stage.DONE, 3)));
    assertThat(TICKET.replay("T-1", List.empty()).getLeft().code()).isEqualTo("HISTORY_EMPTY");
    assertThat(TICKET.replay("T-1", history.removeAt(1)).getLeft())
        .isEqualTo(new HistoryError.VersionGap(2, 3));
    assertThat(TICKET.replay("T-1", history.append(new Dropped("T-1", 3, STAMP))).getLeft())
        .isEqualTo(new HistoryError.VersionRepeated(4, 3));
    assertThat(TICKET.replay("T-1", history.update(1, new Submitted("T-9", 2, STAMP))).getLeft())
        .isEqualTo(new HistoryError.ForeignEvent(2, "T-1", "T-9"));
    assertThat(TICKET.replay("T-1", history.append(new Dropped("T-1", 4, STAMP))).getLeft())
        .isEqualTo(new HistoryError.ForbiddenEvent(4, "DONE", "Dropped"));
    assertThat(TICKET.replay("T-1", history.tail().prepend(new Submitted("T-1", 1, STAMP)))
        .getLeft()).isEqualTo(new HistoryError.ForbiddenEvent(1, "START", "Submitted"));
  }

  @Test
  void drawsAMermaidStateDiagramWithGuardNames() {
    assertThat(TICKET.toMermaid()).isEqualTo("""
        stateDiagram-v2
            [*] --> OPEN : open
            OPEN --> REVIEW : submit [hasPages, signedByBoth]
            REVIEW --> DONE : approve
            OPEN --> DROPPED : drop
            REVIEW --> DROPPED : drop
            DONE --> [*]
            DROPPED --> [*]
        """);
  }

  @Test
  void highlightsThePathAHistoryTook() {
    // given
    Seq<Evt> history = List.of(new Opened("T-1", 1, STAMP), new Submitted("T-1", 2, STAMP),
        new Dropped("T-1", 3, STAMP));
    // when
    String diagram = TICKET.toMermaid(history).get();
    // then
    assertThat(diagram)
        .contains("OPEN --> REVIEW : submit [hasPages, signedByBoth] (step 2)\n")
        .contains("REVIEW --> DROPPED : drop (step 3)\n")
        .contains("OPEN --> DROPPED : drop\n")
        .contains("class OPEN,REVIEW visited\n")
        .contains("class DROPPED current\n");
    assertThat(TICKET.toMermaid(history.removeAt(1)).isLeft()).isTrue();
  }

  @Test
  void generatesPathsThatCoverEveryTransitionWithNoPathPrefixOfAnother() {
    // when
    Seq<Seq<String>> paths = TICKET.coveringPaths()
        .map(path -> path.map(t -> t.name() + ":" + t.to()));
    // then
    assertThat(paths).containsExactlyInAnyOrder(
        List.of("open:OPEN", "submit:REVIEW", "approve:DONE"),
        List.of("open:OPEN", "drop:DROPPED"),
        List.of("open:OPEN", "submit:REVIEW", "drop:DROPPED"));
  }
}
