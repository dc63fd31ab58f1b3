package org.areso.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import org.areso.core.kernel.BundledReason;
import org.areso.core.kernel.Labelled;
import org.areso.core.kernel.Labels;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;

/**
 * Why a command was refused. Three cases are kept apart: the command is {@linkplain
 * NotApplicable not applicable in the stage} at all; it is applicable but its {@linkplain
 * PreconditionsUnmet preconditions are unmet} (every one listed, with who must act next); or it was
 * decided on a {@linkplain VersionConflict stale version}.
 *
 * <p>A rejection holds typed data, for hosts that act on it: the stage as a constant of the
 * lifecycle's stage enum (none before the first event, when only the starting command applies),
 * the commands as their types. Its {@link #arguments()} name them by their simple names and the
 * stage by its constant's ({@value Lifecycle#START} for no stage); its messages by their labels in
 * the message's language where Areso labels them ({@link Labels#ofType(Class)} for a command,
 * {@link Labelled} for a stage), else by those same names.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Rejection extends BundledReason {

  /** The kind of a rejection, for hosts that switch on it. */
  enum Kind {
    /** The stage does not accept the command. */
    NOT_APPLICABLE_IN_STAGE,
    /** The stage accepts the command but some preconditions are unmet. */
    PRECONDITIONS_UNMET,
    /** The command was decided on another version than the current one. */
    VERSION_CONFLICT
  }

  /**
   * The kind of this rejection.
   *
   * @return the kind, never null
   */
  Kind kind();

  @Override
  default String code() {
    return kind().name();
  }

  /**
   * The stage does not accept the command. The path says how to get to a stage that does: each
   * command to take from here, in order, and what is pending now before the first.
   *
   * @param stage the stage the subject is in (a constant of the lifecycle's stage enum); empty
   *     before the first event, when the only command accepted is the starting one; not null
   * @param command the type of the refused command, not null
   * @param accepted the types of the commands the stage accepts, in declaration order, not null
   * @param path the shortest way to a stage that accepts the command; empty when none leads there
   *     (a terminal stage, a command of an earlier stage), not null
   */
  record NotApplicable(Option<Enum<?>> stage, Class<? extends LifecycleCommand> command,
      Seq<Class<? extends LifecycleCommand>> accepted, Seq<PathStep> path)
      implements Rejection {
    /**
     * Creates the rejection.
     *
     * @throws NullPointerException if an argument is null (a programmer error)
     */
    public NotApplicable {
      requireNonNull(stage, "stage");
      requireNonNull(command, "command");
      requireNonNull(accepted, "accepted");
      requireNonNull(path, "path");
    }

    /**
     * Creates the rejection of a command that no path from the stage leads to.
     *
     * @param stage the stage the subject is in; empty before the first event, not null
     * @param command the type of the refused command, not null
     * @param accepted the types of the commands the stage accepts, not null
     * @throws NullPointerException if an argument is null (a programmer error)
     */
    public NotApplicable(Option<Enum<?>> stage, Class<? extends LifecycleCommand> command,
        Seq<Class<? extends LifecycleCommand>> accepted) {
      this(stage, command, accepted, List.empty());
    }

    /**
     * {@link Kind#NOT_APPLICABLE_IN_STAGE}.
     *
     * @return the kind, never null
     */
    @Override
    public Kind kind() {
      return Kind.NOT_APPLICABLE_IN_STAGE;
    }

    /**
     * The refused command's name, the stage's, the accepted commands' names, how many steps the
     * way has (0, 1, or 2 for more), the steps (each command's name followed, in parentheses, by
     * what is pending before it and who must act), and whether the stage accepts any command (0
     * for a stage that accepts none, such as a closed engagement's, 1 otherwise).
     *
     * @return the arguments, never null
     */
    @Override
    public Seq<?> arguments() {
      return List.of(command.getSimpleName(), stageName(stage),
          accepted.map(Class::getSimpleName), Math.min(path.size(), 2), path,
          Math.min(accepted.size(), 1));
    }

    /**
     * Says which command the stage refused, which ones it accepts, and the way to a stage that
     * accepts it, with what is pending and who must act.
     *
     * @param locale the locale, not null
     * @return the message, never null
     * @throws NullPointerException if locale is null (a programmer error)
     */
    @Override
    public String message(Locale locale) {
      requireNonNull(locale, "locale");
      Seq<String> steps = path.map(step -> commandLabel(step.command(), locale)
          + (step.pending().isEmpty() ? "" : " (" + written(step.pending(), locale, " — ", "",
              "; ", true) + ")"));
      return new Worded(code(), List.<Object>of(commandLabel(command, locale),
          stageLabel(stage, locale), accepted.map(c -> commandLabel(c, locale)),
          Math.min(path.size(), 2), steps, Math.min(accepted.size(), 1))).message(locale);
    }
  }

  /**
   * The stage accepts the command but preconditions are unmet.
   *
   * @param stage the stage the subject is in (a constant of the lifecycle's stage enum); empty for
   *     the starting command, before the first event; not null
   * @param command the type of the refused command, not null
   * @param unmet every unmet precondition, never empty, not null
   */
  record PreconditionsUnmet(Option<Enum<?>> stage, Class<? extends LifecycleCommand> command,
      Seq<Unmet> unmet) implements Rejection {
    /**
     * Creates the rejection.
     *
     * @throws NullPointerException if an argument is null (a programmer error)
     */
    public PreconditionsUnmet {
      requireNonNull(stage, "stage");
      requireNonNull(command, "command");
      requireNonNull(unmet, "unmet");
    }

    /**
     * {@link Kind#PRECONDITIONS_UNMET}.
     *
     * @return the kind, never null
     */
    @Override
    public Kind kind() {
      return Kind.PRECONDITIONS_UNMET;
    }

    /**
     * The refused command's name, the stage's, and every unmet precondition: its reason's
     * message, and in parentheses who must act.
     *
     * @return the arguments, never null
     */
    @Override
    public Seq<?> arguments() {
      return List.of(command.getSimpleName(), stageName(stage), unmet);
    }

    /**
     * Says which command cannot be accepted yet, and every unmet precondition with who must act.
     *
     * @param locale the locale, not null
     * @return the message, never null
     * @throws NullPointerException if locale is null (a programmer error)
     */
    @Override
    public String message(Locale locale) {
      requireNonNull(locale, "locale");
      return new Worded(code(), List.<Object>of(commandLabel(command, locale),
          stageLabel(stage, locale), written(unmet, locale, " (", ")", " ", false)))
          .message(locale);
    }
  }

  /**
   * The command was decided on a version that is not the current one: someone acted in between.
   *
   * @param seen the version the command was decided on
   * @param current the current version
   */
  record VersionConflict(long seen, long current) implements Rejection {
    /**
     * {@link Kind#VERSION_CONFLICT}.
     *
     * @return the kind, never null
     */
    @Override
    public Kind kind() {
      return Kind.VERSION_CONFLICT;
    }

    /**
     * The version seen, the current one, and whether no reload mends the conflict: 1 when the
     * version seen is ahead of the current one, 2 when it is below 1, which no subject ever has
     * (the host sent a version that the subject never had), 0 otherwise.
     *
     * @return the arguments, never null
     */
    @Override
    public Seq<?> arguments() {
      return List.of(seen, current, seen < 1 ? 2 : seen > current ? 1 : 0);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The pattern the kind's code keys in Areso's reason bundles (see {@link BundledReason}).
   */
  @Override
  default String message(Language language) {
    return message(requireNonNull(language, "language").locale());
  }

  /**
   * Unmet preconditions as a sentence each, in a locale, joined by {@code between}: the reason's
   * message and who must act between {@code before} and {@code after} (a party's label in the
   * locale's language), unless the reason quotes that party among its arguments, its message
   * naming it already. A reason unmet for several parties is written once, with each party. As
   * clauses of one parenthesis ({@code clauses}), each message loses a single final full stop
   * ("… fehlt; Die …", not "… fehlt.; Die …"); an ellipsis is kept.
   */
  private static String written(Seq<Unmet> unmet, Locale locale, String before, String after,
      String between, boolean clauses) {
    return unmet.map(Unmet::reason).distinct().map(reason -> {
      Seq<String> parties = unmet.filter(u -> u.reason().equals(reason))
          .flatMap(Unmet::party).filter(party -> !quotes(reason, party))
          .map(party -> party.label(locale));
      String message = reason.message(locale);
      boolean stop = message.endsWith(".") && !message.endsWith("..");
      return (clauses && stop ? message.substring(0, message.length() - 1)
          : message) + (parties.isEmpty() ? "" : before + parties.mkString(", ") + after);
    }).mkString(between);
  }

  /** Whether a reason's message quotes a party: an Areso reason that has it among its data. */
  private static boolean quotes(Reason reason, Object party) {
    return reason instanceof BundledReason bundled && bundled.arguments().exists(party::equals);
  }

  /** A stage's name in messages: {@value Lifecycle#START} before the first event. */
  private static String stageName(Option<Enum<?>> stage) {
    return stage.map(Enum::name).getOrElse(Lifecycle.START);
  }

  /** A command as people read it: its label in the locale's language, else its simple name. */
  private static String commandLabel(Class<?> command, Locale locale) {
    return Labels.ofType(command).map(label -> label.in(locale))
        .getOrElse(command::getSimpleName);
  }

  /**
   * A stage as people read it: its label in the locale's language where it has one, else its
   * constant's name; before the first event, "before the start".
   */
  private static String stageLabel(Option<Enum<?>> stage, Locale locale) {
    if (stage.isEmpty()) {
      return Lifecycle.NOT_STARTED.in(locale);
    }
    return stage.get() instanceof Labelled labelled ? labelled.label(locale) : stage.get().name();
  }
}
