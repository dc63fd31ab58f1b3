package org.areso.core.lifecycle;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;

/**
 * Why a command was refused. Three cases are kept apart: the command is {@linkplain
 * NotApplicable not applicable in the stage} at all; it is applicable but its {@linkplain
 * PreconditionsUnmet preconditions are unmet} (every one listed, with who must act next); or it was
 * decided on a {@linkplain VersionConflict stale version}.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Rejection extends Reason {

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
   * @param stage the stage's name ({@code START} before the first event), not null
   * @param command the command's type name, not null
   * @param accepted the type names of the commands the stage accepts, not null
   * @param path the shortest way to a stage that accepts the command; empty when none leads there
   *     (a terminal stage, a command of an earlier stage), not null
   */
  record NotApplicable(String stage, String command, Seq<String> accepted, Seq<PathStep> path)
      implements Rejection {
    /** Creates the rejection. @throws NullPointerException if an argument is null */
    public NotApplicable {
      requireNonNull(stage, "stage");
      requireNonNull(command, "command");
      requireNonNull(accepted, "accepted");
      requireNonNull(path, "path");
    }

    /**
     * Creates the rejection of a command that no path from the stage leads to.
     *
     * @param stage the stage's name, not null
     * @param command the command's type name, not null
     * @param accepted the type names of the commands the stage accepts, not null
     * @throws NullPointerException if an argument is null (a programmer error)
     */
    public NotApplicable(String stage, String command, Seq<String> accepted) {
      this(stage, command, accepted, List.empty());
    }

    @Override
    public Kind kind() {
      return Kind.NOT_APPLICABLE_IN_STAGE;
    }

    @Override
    public String message(Language language) {
      requireNonNull(language, "language");
      String way = path.isEmpty() ? "" : path.map(step -> step.command()
          + (step.pending().isEmpty() ? "" : " (" + (language == Language.FR ? "en attente : "
              : "pending: ") + step.pending().map(u -> u.reason().message(language)
                  + u.party().map(p -> " — " + p.label().in(language)).getOrElse(""))
              .mkString(" ") + ")"))
          .mkString(language == Language.FR ? " Pour y arriver : " : " To get there: ",
              language == Language.FR ? ", puis " : ", then ", ".");
      return switch (language) {
        case FR -> "La commande " + command + " n'est pas possible à l'étape " + stage
            + " (commandes possibles : " + accepted.mkString(", ") + ")." + way;
        case EN -> "Command " + command + " is not applicable in stage " + stage
            + " (accepted: " + accepted.mkString(", ") + ")." + way;
      };
    }
  }

  /**
   * The stage accepts the command but preconditions are unmet.
   *
   * @param stage the stage's name, not null
   * @param command the command's type name, not null
   * @param unmet every unmet precondition, never empty, not null
   */
  record PreconditionsUnmet(String stage, String command, Seq<Unmet> unmet)
      implements Rejection {
    /** Creates the rejection. @throws NullPointerException if an argument is null */
    public PreconditionsUnmet {
      requireNonNull(stage, "stage");
      requireNonNull(command, "command");
      requireNonNull(unmet, "unmet");
    }

    @Override
    public Kind kind() {
      return Kind.PRECONDITIONS_UNMET;
    }

    @Override
    public String message(Language language) {
      String each = unmet.map(u -> u.reason().message(language)
          + u.party().map(p -> " (" + p.label().in(language) + ")").getOrElse(""))
          .mkString(" ");
      return switch (requireNonNull(language, "language")) {
        case FR -> "La commande " + command + " ne peut pas encore être acceptée à l'étape "
            + stage + " : " + each;
        case EN -> "Command " + command + " cannot be accepted yet in stage " + stage + ": "
            + each;
      };
    }
  }

  /**
   * The command was decided on a version that is not the current one: someone acted in between.
   *
   * @param seen the version the command was decided on
   * @param current the current version
   */
  record VersionConflict(long seen, long current) implements Rejection {
    @Override
    public Kind kind() {
      return Kind.VERSION_CONFLICT;
    }

    @Override
    public String message(Language language) {
      return switch (requireNonNull(language, "language")) {
        case FR -> "La commande a été décidée sur la version " + seen + " mais la version actuelle"
            + " est " + current + " : rechargez et recommencez.";
        case EN -> "The command was decided on version " + seen + " but the current version is "
            + current + ": reload and try again.";
      };
    }
  }
}
