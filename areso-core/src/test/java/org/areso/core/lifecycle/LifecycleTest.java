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
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Stamp;

/** The kernel on a small ticket lifecycle: open → review → done, or dropped. */
class LifecycleTest {

  enum Stage { OPEN, REVIEW, DONE, DROPPED }

  enum Wide { OPEN, REVIEW, DONE, DROPPED, ORPHAN }

  record Ticket<S extends Enum<S>>(String subject, S stage, long version)
      implements LifecycleState<S, String> { }

  interface Cmd extends LifecycleCommand { }

  record Open(Stamp stamp) implements Cmd { }

  record Submit(Stamp stamp, int pages) implements Cmd { }

  record Approve(Stamp stamp) implements Cmd { }

  record Drop(Stamp stamp) implements Cmd { }

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

  static <S extends Enum<S>> LifecycleBuilder<S, String, String, Ticket<S>, Cmd, Evt> define(
      Class<S> type, S open, S review, S done, S dropped) {
    return Lifecycle.<S, String, String, Ticket<S>, Cmd, Evt>builder("Ticket", type)
        .start("open", open, Open.class, Opened.class,
            (id, c, v) -> new Opened(id, v, c.stamp()),
            (id, e) -> new Ticket<>(id, open, 1))
        .transition("submit", open, review, Submit.class, Submitted.class,
            (t, c, v) -> new Submitted(t.subject(), v, c.stamp()),
            (t, e, to) -> new Ticket<>(t.subject(), to, e.version()),
            Guard.of("hasPages", (t, c) -> c.pages() > 0 ? List.empty()
                : List.of(Unmet.because(new FieldReason.OutOfRange("pages", "0", "1", "99")))),
            Guard.of("signedByBoth", (t, c) -> c.pages() < 10 ? List.empty()
                : List.of(Unmet.awaiting(new FieldReason.Blank("management_signature"),
                    PartyRole.MANAGEMENT),
                    Unmet.awaiting(new FieldReason.Blank("staff_signature"),
                        PartyRole.STAFF_REPRESENTATIVES))))
        .transition("approve", review, done, Approve.class, Approved.class,
            (t, c, v) -> new Approved(t.subject(), v, c.stamp()),
            (t, e, to) -> new Ticket<>(t.subject(), to, e.version()))
        .transitions("drop", List.of(open, review), dropped, Drop.class, Dropped.class,
            (t, c, v) -> new Dropped(t.subject(), v, c.stamp()),
            (t, e, to) -> new Ticket<>(t.subject(), to, e.version()));
  }

  static final Lifecycle<Stage, String, String, Ticket<Stage>, Cmd, Evt> TICKET =
      define(Stage.class, Stage.OPEN, Stage.REVIEW, Stage.DONE, Stage.DROPPED)
          .terminal(Stage.DONE, Stage.DROPPED).build().get();

  static final Ticket<Stage> OPENED = new Ticket<>("T-1", Stage.OPEN, 1);

  /** A ticket that keeps when its last event was stamped. */
  record TimedTicket(String subject, Brief stage, long version, LocalDateTime lastEventAt)
      implements LifecycleState<Brief, String> { }

  enum Brief { OPEN, DONE }

  static final Lifecycle<Brief, String, String, TimedTicket, Cmd, Evt> TIMED =
      Lifecycle.<Brief, String, String, TimedTicket, Cmd, Evt>builder("TimedTicket", Brief.class)
          .start("open", Brief.OPEN, Open.class, Opened.class,
              (id, c, v) -> new Opened(id, v, c.stamp()),
              (id, e) -> new TimedTicket(id, Brief.OPEN, 1, e.stamp().at()))
          .transition("submit", Brief.OPEN, Brief.DONE, Submit.class, Submitted.class,
              (t, c, v) -> new Submitted(t.subject(), v, c.stamp()),
              (t, e, to) -> new TimedTicket(t.subject(), to, e.version(), e.stamp().at()),
              Guard.of("hasPages", (t, c) -> c.pages() > 0 ? List.empty()
                  : List.of(Unmet.because(new FieldReason.OutOfRange("pages", "0", "1", "99")))))
          .terminal(Brief.DONE).build().get();

  @Test
  void aCommandStampedBeforeTheLastEventOfAStateThatKeepsItsTimeIsRefusedFirst() {
    // given a ticket opened at 09:00 that keeps its last event's time
    TimedTicket opened = TIMED.start("T-1", new Open(STAMP)).get().state();
    assertThat(opened.lastEventAt()).isEqualTo(STAMP.at());
    Stamp before = Stamp.of(STAMP.actor(), STAMP.at().minusMinutes(1));
    // when a command stamped a minute earlier, with no pages, is handled
    var refused = TIMED.handle(opened, new Submit(before, 0));
    // then both are said, the time first, and read as people write times
    var unmet = ((Rejection.PreconditionsUnmet) refused.getLeft()).unmet();
    assertThat(unmet.map(Unmet::guard)).containsExactly(Lifecycle.CHRONOLOGY, "hasPages");
    assertThat(unmet.head().reason()).isEqualTo(
        new FieldReason.StampBeforeLastEvent(before.at(), STAMP.at()));
    assertThat(unmet.head().reason().message(Language.EN)).isEqualTo("A command stamped"
        + " 2024-01-08 08:59 comes before the last event, stamped 2024-01-08 09:00: the history"
        + " would go back in time.");
    // a command at the time of the last event is in order, and the state keeps its time
    var done = TIMED.handle(opened, new Submit(STAMP, 3)).get().state();
    assertThat(done.lastEventAt()).isEqualTo(STAMP.at());
  }

  @Test
  void aStateThatKeepsNoTimeRefusesNoCommandForItsTime() {
    // a host's state that does not override lastEventAt: any stamp is in order
    assertThat(OPENED.lastEventAt()).isEqualTo(LocalDateTime.MIN);
    var longAgo = Stamp.of(STAMP.actor(), LocalDateTime.of(1900, 1, 1, 0, 0));
    assertThat(TICKET.handle(OPENED, new Submit(longAgo, 3)).isRight()).isTrue();
  }

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
            (t, c, v) -> new Dropped(t.subject(), v, c.stamp()),
            (t, e, to) -> new Ticket<>(t.subject(), to, e.version()))
        .transition("approveEarly", Stage.OPEN, Stage.DONE, Approve.class, Dropped.class,
            (t, c, v) -> new Dropped(t.subject(), v, c.stamp()),
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
    assertThat(TICKET.handle(OPENED, new Submit(STAMP, 3))).isEqualTo(Either.right(
        new Accepted<>(new Ticket<>("T-1", Stage.REVIEW, 2),
            List.of(new Submitted("T-1", 2, STAMP)))));
    assertThat(TICKET.start("T-1", new Open(STAMP))).isEqualTo(Either.right(
        new Accepted<>(OPENED, List.of(new Opened("T-1", 1, STAMP)))));
  }

  @Test
  void tellsNotApplicableInStageApartFromPreconditionsUnmet() {
    // when
    var notApplicable = TICKET.handle(OPENED, new Approve(STAMP));
    var unmet = TICKET.handle(OPENED, new Submit(STAMP, 12));
    // then
    assertThat(notApplicable.getLeft()).isEqualTo(new Rejection.NotApplicable(
        Option.some(Stage.OPEN), Approve.class, List.of(Submit.class, Drop.class),
        List.of(new PathStep(Stage.OPEN, Submit.class, List.empty()))));
    assertThat(notApplicable.getLeft().code()).isEqualTo("NOT_APPLICABLE_IN_STAGE");
    assertThat(unmet.getLeft().kind()).isEqualTo(Rejection.Kind.PRECONDITIONS_UNMET);
    assertThat(((Rejection.PreconditionsUnmet) unmet.getLeft()).stage())
        .isEqualTo(Option.some(Stage.OPEN));
    assertThat(((Rejection.PreconditionsUnmet) unmet.getLeft()).command()).isEqualTo(Submit.class);
    assertThat(((Rejection.PreconditionsUnmet) unmet.getLeft()).unmet()).containsExactly(
        new Unmet("signedByBoth", new FieldReason.Blank("management_signature"),
            Option.of(PartyRole.MANAGEMENT)),
        new Unmet("signedByBoth", new FieldReason.Blank("staff_signature"),
            Option.of(PartyRole.STAFF_REPRESENTATIVES)));
  }

  @Test
  void listsEveryUnmetPreconditionOfEveryGuard() {
    var unmet = (Rejection.PreconditionsUnmet) TICKET.handle(
        new Ticket<>("T-1", Stage.OPEN, 1), new Submit(STAMP, 0)).getLeft();
    assertThat(unmet.unmet().map(Unmet::guard)).containsExactly("hasPages");
    assertThat(unmet.message(Language.EN)).startsWith("Command 'Submit' cannot be accepted yet");
    assertThat(unmet.message(Language.FR)).contains("ne peut pas encore");
  }

  @Test
  void aCommandOtherThanTheStartingOneIsRefusedInNoStageYet() {
    // when
    var refused = TICKET.start("T-1", new Drop(STAMP));
    // then
    assertThat(refused.getLeft()).isEqualTo(
        new Rejection.NotApplicable(Option.none(), Drop.class, List.of(Open.class)));
    assertThat(refused.getLeft().message(Language.EN)).isEqualTo(
        "Command 'Drop' is not applicable in stage 'before the start' (accepted: Open).");
    assertThat(refused.getLeft().message(Language.FR)).isEqualTo(
        "La commande « Drop » n'est pas possible à l'étape « avant le début »"
            + " (commandes possibles : Open).");
  }

  @Test
  void aNotApplicableMessageNamesAHostsStageAndCommandsByTheirNames() {
    // when
    var refused = TICKET.handle(OPENED, new Approve(STAMP));
    // then
    assertThat(refused.getLeft().message(Language.EN)).isEqualTo(
        "Command 'Approve' is not applicable in stage 'OPEN' (accepted: Submit, Drop)."
            + " To get there: Submit.");
  }

  @Test
  void refusesACommandDecidedOnAStaleVersion() {
    assertThat(TICKET.handle(OPENED, new Drop(STAMP), 0))
        .isEqualTo(Either.left(new Rejection.VersionConflict(0, 1)));
    assertThat(TICKET.start("T-1", new Drop(STAMP)).getLeft().kind())
        .isEqualTo(Rejection.Kind.NOT_APPLICABLE_IN_STAGE);
  }

  @Test
  void theEmitterIsHandedTheVersionItsEventProducesSoEventsAreNumberedOneTwoThree() {
    // given: TICKET's emitters copy the version they are handed and count nothing themselves
    // when
    var opened = TICKET.start("T-1", new Open(STAMP)).get();
    var submitted = TICKET.handle(opened.state(), new Submit(STAMP, 3)).get();
    var approved = TICKET.handle(submitted.state(), new Approve(STAMP)).get();
    // then
    assertThat(opened.events().appendAll(submitted.events()).appendAll(approved.events()))
        .containsExactly(new Opened("T-1", 1, STAMP), new Submitted("T-1", 2, STAMP),
            new Approved("T-1", 3, STAMP));
  }

  @Test
  void theEmitterIsHandedTheVersionAfterTheStatesWhateverItIs() {
    // given
    Ticket<Stage> atSeven = new Ticket<>("T-1", Stage.REVIEW, 7);
    // when
    var dropped = TICKET.handle(atSeven, new Drop(STAMP)).get();
    // then
    assertThat(dropped.events()).containsExactly(new Dropped("T-1", 8, STAMP));
    assertThat(dropped.state()).isEqualTo(new Ticket<>("T-1", Stage.DROPPED, 8));
  }

  @Test
  void handleGivesTheStateThatReplayingTheHistoryWithItsEventsGives() {
    // given
    Seq<Evt> history = List.of(new Opened("T-1", 1, STAMP), new Submitted("T-1", 2, STAMP));
    Ticket<Stage> state = TICKET.replay("T-1", history).get();
    // when
    var accepted = TICKET.handle(state, new Approve(STAMP)).get();
    // then
    assertThat(accepted.state())
        .isEqualTo(TICKET.replay("T-1", history.appendAll(accepted.events())).get())
        .isEqualTo(new Ticket<>("T-1", Stage.DONE, 3));
  }

  @Test
  void startGivesTheStateThatReplayingItsEventsGives() {
    // when
    var accepted = TICKET.start("T-1", new Open(STAMP)).get();
    // then
    assertThat(accepted.state()).isEqualTo(TICKET.replay("T-1", accepted.events()).get())
        .isEqualTo(OPENED);
  }

  @Test
  void aCommandDecidedOnAVersionTheStateHasLeftIsAVersionConflict() {
    // given: an actor saw the ticket just opened, someone has submitted it since
    Ticket<Stage> submitted = TICKET.handle(OPENED, new Submit(STAMP, 3)).get().state();
    // when
    var stale = TICKET.handle(submitted, new Drop(STAMP), 1);
    // then
    assertThat(stale).isEqualTo(Either.left(new Rejection.VersionConflict(1, 2)));
    assertThat(stale.getLeft().code()).isEqualTo("VERSION_CONFLICT");
    assertThat(stale.getLeft().message(Language.EN)).isEqualTo(
        "The command was decided on version 1 but the current version is 2: reload and try again.");
    assertThat(stale.getLeft().message(Language.FR)).isEqualTo("La commande a été décidée sur la"
        + " version 1 mais la version actuelle est 2 : rechargez et recommencez.");
  }

  @Test
  void aCommandDecidedOnAVersionAheadOfTheStateIsAVersionConflictToo() {
    // when
    var ahead = TICKET.handle(OPENED, new Submit(STAMP, 3), 2);
    // then
    assertThat(ahead).isEqualTo(Either.left(new Rejection.VersionConflict(2, 1)));
    assertThat(ahead.getLeft().message(Language.EN)).isEqualTo("The command was decided on"
        + " version 2 but the current version is 1: no such version exists yet, the version sent"
        + " is wrong.");
    assertThat(ahead.getLeft().message(Language.FR)).isEqualTo("La commande a été décidée sur la"
        + " version 2 mais la version actuelle est 1 : cette version n'existe pas encore, la"
        + " version envoyée est erronée.");
  }

  @Test
  void aCommandDecidedOnAVersionBelowOneIsAConflictThatNoReloadMends() {
    // when
    var none = TICKET.handle(OPENED, new Submit(STAMP, 3), -1);
    // then
    assertThat(none).isEqualTo(Either.left(new Rejection.VersionConflict(-1, 1)));
    assertThat(none.getLeft().message(Language.EN)).isEqualTo("The command was decided on"
        + " version -1 but the current version is 1: a version is at least 1, the version sent"
        + " is wrong.");
    assertThat(TICKET.handle(OPENED, new Submit(STAMP, 3), 0).getLeft()
        .message(java.util.Locale.GERMAN)).endsWith("eine Version ist mindestens 1, die gesendete Version ist falsch.");
  }

  @Test
  void aCommandDecidedOnTheCurrentVersionIsHandledAsWithoutOne() {
    // when
    var seen = TICKET.handle(OPENED, new Submit(STAMP, 3), 1);
    // then
    assertThat(seen).isEqualTo(TICKET.handle(OPENED, new Submit(STAMP, 3)));
    assertThat(seen.get().state()).isEqualTo(new Ticket<>("T-1", Stage.REVIEW, 2));
  }

  @Test
  void replayWithoutAnExpectedVersionCannotTellATruncatedHistory() {
    // given
    Seq<Evt> history = List.of(new Opened("T-1", 1, STAMP), new Submitted("T-1", 2, STAMP),
        new Approved("T-1", 3, STAMP));
    // when
    var replayed = TICKET.replay("T-1", history.init());
    // then
    assertThat(replayed).isEqualTo(Either.right(new Ticket<>("T-1", Stage.REVIEW, 2)));
  }

  @Test
  void replayRefusesAHistoryWhoseLastEventWasRemoved() {
    // given
    Seq<Evt> history = List.of(new Opened("T-1", 1, STAMP), new Submitted("T-1", 2, STAMP),
        new Approved("T-1", 3, STAMP));
    // when
    var replayed = TICKET.replay("T-1", history.init(), 3);
    // then
    HistoryError error = replayed.getLeft();
    assertThat(error).isEqualTo(new HistoryError.UnexpectedVersion(3, 2));
    assertThat(error.code()).isEqualTo("HISTORY_VERSION_UNEXPECTED");
    assertThat(error.message(Language.FR)).isEqualTo("L'historique s'arrête à la version 2 alors"
        + " que la version 3 est attendue : des événements manquent à la fin.");
    assertThat(error.message(Language.EN)).isEqualTo("The history ends at version 2 where"
        + " version 3 is expected: events are missing at its end.");
  }

  @Test
  void replayRefusesAHistoryLongerThanExpected() {
    // given: the host recorded version 2, someone has since stored a third event
    Seq<Evt> history = List.of(new Opened("T-1", 1, STAMP), new Submitted("T-1", 2, STAMP),
        new Approved("T-1", 3, STAMP));
    // when
    var replayed = TICKET.replay("T-1", history, 2);
    // then
    HistoryError error = replayed.getLeft();
    assertThat(error).isEqualTo(new HistoryError.UnexpectedVersion(2, 3));
    assertThat(error.code()).isEqualTo("HISTORY_VERSION_UNEXPECTED");
    assertThat(error.message(Language.FR)).isEqualTo("L'historique s'arrête à la version 3 alors"
        + " que la version 2 est attendue : des événements ont été ajoutés.");
    assertThat(error.message(Language.EN)).isEqualTo(
        "The history ends at version 3 where version 2 is expected: events were added to it.");
  }

  @Test
  void replayAcceptsAHistoryEndingAtTheExpectedVersion() {
    // given
    Seq<Evt> history = List.of(new Opened("T-1", 1, STAMP), new Submitted("T-1", 2, STAMP),
        new Approved("T-1", 3, STAMP));
    // when
    var replayed = TICKET.replay("T-1", history, 3);
    // then
    assertThat(replayed).isEqualTo(Either.right(new Ticket<>("T-1", Stage.DONE, 3)));
  }

  @Test
  void replayWithAnExpectedVersionStillReportsAnImpossibleHistoryFirst() {
    // given: the second event is missing, so the history could not have happened
    Seq<Evt> history = List.of(new Opened("T-1", 1, STAMP), new Approved("T-1", 3, STAMP));
    // when
    var replayed = TICKET.replay("T-1", history, 3);
    // then
    assertThat(replayed).isEqualTo(Either.left(new HistoryError.VersionGap(2, 3)));
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

  /**
   * A ticket whose submission is audited on the ticket it leads to ("short": three pages only):
   * {@code check} works the next stage out itself, {@code checkNext} reads it, and each answers
   * with its own reason so that the test sees which one the lifecycle asked.
   */
  static Lifecycle<Stage, String, String, Ticket<Stage>, Cmd, Evt> audited(
      java.util.List<String> asked) {
    Unmet fromCheck = Unmet.because(new FieldReason.Blank("worked_out"));
    Unmet fromNext = Unmet.because(new FieldReason.Blank("read_from_next"));
    return Lifecycle.<Stage, String, String, Ticket<Stage>, Cmd, Evt>builder("Audited",
            Stage.class)
        .start("open", Stage.OPEN, Open.class, Opened.class,
            (id, c, v) -> new Opened(id, v, c.stamp()),
            (id, e) -> new Ticket<>(id, Stage.OPEN, 1))
        .transition("submit", Stage.OPEN, Stage.REVIEW, Submit.class, Submitted.class,
            (t, c, v) -> new Submitted(t.subject(), v, c.stamp()),
            (t, e, to) -> new Ticket<>(t.subject(), to, e.version()),
            Guard.of("hasPages", (t, c) -> c.pages() > 0 ? List.empty()
                : List.of(Unmet.because(new FieldReason.OutOfRange("pages", "0", "1", "99")))),
            Guard.foreseeing("short",
                (t, c) -> {
                  asked.add("check");
                  return c.pages() != 3 ? List.of(fromCheck) : List.empty();
                },
                (t, c, next) -> {
                  asked.add("checkNext " + next.stage() + " v" + next.version());
                  return c.pages() != 3 ? List.of(fromNext) : List.empty();
                }))
        .transition("approve", Stage.REVIEW, Stage.DONE, Approve.class, Approved.class,
            (t, c, v) -> new Approved(t.subject(), v, c.stamp()),
            (t, e, to) -> new Ticket<>(t.subject(), to, e.version()))
        .transitions("drop", List.of(Stage.OPEN, Stage.REVIEW), Stage.DROPPED, Drop.class,
            Dropped.class,
            (t, c, v) -> new Dropped(t.subject(), v, c.stamp()),
            (t, e, to) -> new Ticket<>(t.subject(), to, e.version()))
        .terminal(Stage.DONE, Stage.DROPPED).build().get();
  }

  @Test
  void asksAForeseeingGuardWithTheNextStateOnceTheOtherGuardsPassed() {
    java.util.List<String> asked = new java.util.ArrayList<>();
    var lifecycle = audited(asked);
    // accepted: the next state is built once, and the guard reads it
    assertThat(lifecycle.handle(OPENED, new Submit(STAMP, 3)).get().state())
        .isEqualTo(new Ticket<>("T-1", Stage.REVIEW, 2));
    assertThat(asked).containsExactly("checkNext REVIEW v2");
    // refused by the foreseeing guard alone: its reason, named after it, from the next state
    asked.clear();
    assertThat(lifecycle.handle(OPENED, new Submit(STAMP, 7)).getLeft()).isEqualTo(
        new Rejection.PreconditionsUnmet(Option.some(Stage.OPEN), Submit.class, List.of(
            new Unmet("short", new FieldReason.Blank("read_from_next"), Option.none()))));
    assertThat(asked).containsExactly("checkNext REVIEW v2");
  }

  @Test
  void asksAForeseeingGuardBeforeTheCommandAppliesWhenAnotherGuardFailsReportingBoth() {
    java.util.List<String> asked = new java.util.ArrayList<>();
    Lifecycle<Stage, String, String, Ticket<Stage>, Cmd, Evt> lifecycle = audited(asked);
    // no page: "hasPages" fails, so the command is not applied and "short" is asked as it stands
    var refused = lifecycle.handle(OPENED, new Submit(STAMP, 0)).getLeft();
    assertThat(refused).isEqualTo(new Rejection.PreconditionsUnmet(Option.some(Stage.OPEN),
        Submit.class, List.of(
            new Unmet("hasPages", new FieldReason.OutOfRange("pages", "0", "1", "99"),
                Option.none()),
            new Unmet("short", new FieldReason.Blank("worked_out"), Option.none()))));
    assertThat(asked).containsExactly("check");
  }
}
