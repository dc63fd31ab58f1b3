package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementEvent.EngagementRequested;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.Audit;
import org.areso.core.ethics.Audited;
import org.areso.core.ethics.Conduct;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Structure;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.lifecycle.Lifecycle;
import org.areso.core.lifecycle.LifecycleState;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.programme.Programme;

/**
 * One engagement (accompagnement): one programme delivered to one structure, from the request to
 * the closing assessment, as an immutable aggregate on the lifecycle kernel.
 *
 * <p>Stages: requested → pre-diagnosed → qualified (or declined) → awaiting consent → framed → in
 * progress (⇄ suspended) → follow-up → closed; withdrawn is reachable from every stage that is not
 * terminal, by any party, with no reason asked (freedom of the parties). {@link
 * #start(Programme, RequestEngagement)} and {@link #handle(EngagementCommand)} are pure and return
 * the new engagement with the events to store, or a {@link Rejection}; {@link #replay(Programme,
 * Seq, long)} rebuilds an engagement from its stored events, refusing a history that could not have
 * happened.
 *
 * <p>The request carries the {@link Structure} that asks; qualifying needs an {@code ELIGIBLE}
 * {@link EligibilityRecord} of the programme's policy, declining a {@code NOT_ELIGIBLE} one, and an
 * {@code UNDETERMINED} record leaves the engagement where it is, naming the missing facts.
 *
 * <p>Its state is two small values besides its identity, programme, structure, stage and version:
 * its {@link #file()} (what was found, decided, planned and assessed) and its {@link #conduct()}
 * (what the charter's checks read).
 *
 * <p>Immutable and thread-safe; equal when identity, programme, structure, stage, version, file,
 * conduct and the last event's time ({@link #lastEventAt()}) are equal.
 */
public final class Engagement implements LifecycleState<EngagementStage, EngagementId>, Audited {

  private final EngagementId id;
  private final Programme programme;
  private final Structure structure;
  private final EngagementStage stage;
  private final long version;
  private final EngagementFile file;
  private final Conduct conduct;
  private final LocalDateTime lastEventAt;

  private Engagement(EngagementId id, Programme programme, Structure structure,
      EngagementStage stage, long version, EngagementFile file, Conduct conduct,
      LocalDateTime lastEventAt) {
    this.id = id;
    this.programme = programme;
    this.structure = structure;
    this.stage = stage;
    this.version = version;
    this.file = file;
    this.conduct = conduct;
    this.lastEventAt = lastEventAt;
  }

  /**
   * Starts an engagement: handles the request under a programme.
   *
   * @param programme the programme, not null
   * @param command the request, not null
   * @return the requested engagement with the {@link EngagementRequested} event to store, or why
   *     the request is refused; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<Rejection, Accepted<Engagement, EngagementEvent>> start(
      Programme programme, RequestEngagement command) {
    return programme.workflow().lifecycle().start(programme, command);
  }

  /**
   * Rebuilds an engagement from its stored history, re-checking every event: an event its stage
   * forbids, a missing, repeated or moved version, another engagement's event, a history requested
   * under another programme, or a history that does not end at the version the host recorded
   * (events deleted at its end, or added by someone else) is refused.
   *
   * @param programme the programme the engagement runs under, not null
   * @param events the history, oldest first, not null
   * @param expectedVersion the version the host recorded for the engagement (the number of its
   *     events)
   * @return the engagement, or why the history could not have happened; never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Either<HistoryError, Engagement> replay(
      Programme programme, Seq<? extends EngagementEvent> events, long expectedVersion) {
    return requireNonNull(programme, "programme").workflow().lifecycle()
        .replay(programme, events, expectedVersion);
  }

  /**
   * Handles a command: checks it against the stage, the programme and the charter, and returns
   * the new engagement with the events to store. Pure: this engagement is not changed.
   *
   * @param command the command, not null
   * @return the new engagement with its events, or why the command is refused; never null
   * @throws NullPointerException if command is null (a programmer error)
   */
  public Either<Rejection, Accepted<Engagement, EngagementEvent>> handle(
      EngagementCommand command) {
    return lifecycle().handle(this, command);
  }

  /**
   * Handles a command decided on the version its actor saw, refused with {@link
   * Rejection.VersionConflict} when the engagement has moved on since (a host's optimistic
   * concurrency for a user who may have acted on a stale screen).
   *
   * @param command the command, not null
   * @param seenVersion the version the actor saw
   * @return the new engagement with its events, or why the command is refused; never null
   * @throws NullPointerException if command is null (a programmer error)
   */
  public Either<Rejection, Accepted<Engagement, EngagementEvent>> handle(
      EngagementCommand command, long seenVersion) {
    return lifecycle().handle(this, command, seenVersion);
  }

  /**
   * Handles commands in order, all or none: the engagement after the last with every event to
   * store, or the rejection of the first command refused (none of the commands is then kept). For
   * a host that receives several commands at once, such as an import of a paper file.
   *
   * @param commands the commands, in order, not null
   * @return the new engagement with the events of every command, or the first rejection; never
   *     null
   * @throws NullPointerException if commands or one of them is null (a programmer error)
   */
  public Either<Rejection, Accepted<Engagement, EngagementEvent>> handleAll(
      Iterable<? extends EngagementCommand> commands) {
    Engagement state = this;
    Seq<EngagementEvent> events = List.empty();
    for (EngagementCommand command : requireNonNull(commands, "commands")) {
      var handled = state.handle(command);
      if (handled.isLeft()) {
        return Either.left(handled.getLeft());
      }
      state = handled.get().state();
      events = events.appendAll(handled.get().events());
    }
    return Either.right(new Accepted<>(state, events));
  }

  /**
   * What is due or overdue on a day, and for whom: a consent pending past the programme's consent
   * delay, the follow-up review once its delay has run, an intervention running past its planned
   * span, the programme's window closing before the intervention has started. An obligation is
   * listed from its due day on (the window's from its notice on) and is overdue after it.
   *
   * @param today the day, given by the caller, not null
   * @return the obligations, never null
   * @throws NullPointerException if today is null (a programmer error)
   */
  public Seq<Obligation> obligations(LocalDate today) {
    return Obligations.on(this, requireNonNull(today, "today"));
  }

  /**
   * The first day {@link #obligations(LocalDate)} lists an obligation of the engagement if
   * nothing more happens to it: a day past for one already due, a day to come for one still
   * ahead (the consents' delay once a framing is proposed, the follow-up review's delay once the
   * intervention ends, the day after a running intervention's planned end, the programme
   * window's notice before the intervention starts). What a back office lists its engagements
   * by.
   *
   * @return the day, or none when the engagement owes nothing whatever the day; never null
   */
  public Option<LocalDate> nextObligationDue() {
    return Obligations.nextDue(this);
  }

  /** An engagement as its draft built it. */
  static Engagement of(EngagementId id, Programme programme, Structure structure,
      EngagementStage stage, long version, EngagementFile file, Conduct conduct,
      LocalDateTime lastEventAt) {
    return new Engagement(id, programme, structure, stage, version, file, conduct, lastEventAt);
  }

  /**
   * The lifecycle this engagement follows: its programme's workflow, assembled.
   *
   * @return the lifecycle, never null
   */
  public Lifecycle<EngagementStage, EngagementId, Programme, Engagement, EngagementCommand,
      EngagementEvent> lifecycle() {
    return programme.workflow().lifecycle();
  }

  /**
   * The programme's named step this engagement is in, when its workflow names steps.
   *
   * @return the step, never null
   */
  public Option<WorkflowStep> step() {
    return programme.workflow().stepOf(stage);
  }

  /** @return the engagement's identifier, never null */
  public EngagementId id() {
    return id;
  }

  @Override
  public EngagementId subject() {
    return id;
  }

  /** @return the programme the engagement runs under, never null */
  public Programme programme() {
    return programme;
  }

  /**
   * The structure that asked for the engagement, as known on the day of the request: one
   * engagement per structure and programme.
   *
   * @return the structure, never null
   */
  public Structure structure() {
    return structure;
  }

  @Override
  public EngagementStage stage() {
    return stage;
  }

  @Override
  public long version() {
    return version;
  }

  /**
   * When the last event was stamped: a command stamped earlier is refused
   * ({@code STAMP_BEFORE_LAST_EVENT}).
   *
   * @return the time, never null
   */
  @Override
  public LocalDateTime lastEventAt() {
    return lastEventAt;
  }

  /** @return true when the engagement is closed, declined or withdrawn: nothing more can happen */
  public boolean isTerminal() {
    return lifecycle().isTerminal(stage);
  }

  /** @return what was found, decided, planned and assessed, never null */
  public EngagementFile file() {
    return file;
  }

  /** @return what this engagement records, as the charter's checks read it; never null */
  @Override
  public Conduct conduct() {
    return conduct;
  }

  /** @return this engagement audited against its programme's charter, never null */
  public Audit audit() {
    return programme.charter().audit(this);
  }

  /** @return the required parties whose consent to the current framing is missing, in order */
  public Set<PartyRole> missingConsents() {
    return conduct.requiredParties().removeAll(conduct.consents());
  }

  /** @return the parties who validated every item of the adopted plan, empty before */
  public Set<PartyRole> actionPlanValidatedBy() {
    return conduct.actionPlan().isEmpty() ? LinkedHashSet.empty()
        : conduct.actionPlan().map(ActionPlanItem::validatedBy).reduce(Set::intersect);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Engagement that && version == that.version && stage == that.stage
        && id.equals(that.id) && programme.equals(that.programme)
        && structure.equals(that.structure) && file.equals(that.file)
        && conduct.equals(that.conduct) && lastEventAt.equals(that.lastEventAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, stage, version, conduct.consents(), conduct.sessionsHeld().size());
  }

  /** The identifier, programme, stage and version; no content of the engagement. */
  @Override
  public String toString() {
    return "Engagement[" + id + ", " + programme.id() + ", " + stage + ", v" + version + "]";
  }
}
