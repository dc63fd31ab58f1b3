package org.areso.core.planning;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.kernel.AresoStyle;
import org.immutables.value.Value;

/**
 * A plan: the sessions of one format against a budget of days, with tracking of what was held.
 *
 * <p>Sessions are kept in date order. Immutable and thread-safe; equal when the format, the budget
 * and the sessions are equal.
 */
@Value.Immutable
@AresoStyle
public abstract class Plan {

  Plan() { }

  /**
   * A plan as given, for instance one a host made by hand; check it with
   * {@link Planner#validate(PlanRequest, Plan)}.
   *
   * @param format the format, not null
   * @param budget the days budgeted, not null
   * @param sessions the sessions, in any order, not null
   * @return the plan, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Plan of(Format format, Days budget, Seq<Session> sessions) {
    requireNonNull(format, "format");
    requireNonNull(budget, "budget");
    requireNonNull(sessions, "sessions");
    sessions.forEach(s -> requireNonNull(s, "session"));
    return ImmutablePlan.assembler().format(format).budget(budget)
        .sessions(sessions.sortBy(Session::date)).build();
  }

  /**
   * The format.
   *
   * @return the format, never null
   */
  public abstract Format format();

  /**
   * The days budgeted.
   *
   * @return the budget, never null
   */
  public abstract Days budget();

  /**
   * Every session, in date order, whatever its status.
   *
   * @return the sessions, never null
   */
  public abstract Seq<Session> sessions();

  /**
   * The planned and held sessions, in date order.
   *
   * @return the sessions, never null
   */
  public Seq<Session> activeSessions() {
    return sessions().filter(Session::isActive);
  }

  /**
   * The days of held sessions (consumed).
   *
   * @return the days, never null
   */
  public Days consumed() {
    return daysOf(sessions().filter(s -> s.status() == Session.Status.HELD));
  }

  /**
   * The days of planned and held sessions.
   *
   * @return the days, never null
   */
  public Days planned() {
    return daysOf(activeSessions());
  }

  /**
   * The budget less what was consumed.
   *
   * @return the days, never null
   */
  public Days remaining() {
    return budget().minus(consumed());
  }

  /**
   * The first and last active dates' span, both included, in days; zero without an active session.
   *
   * @return the span, never negative
   */
  public long spanDays() {
    Seq<Session> active = activeSessions();
    return active.isEmpty() ? 0
        : active.last().date().toEpochDay() - active.head().date().toEpochDay() + 1;
  }

  /**
   * Marks the planned session on {@code date} as held.
   *
   * @param date the session's date, not null
   * @return the plan, or {@code SESSION_NOT_FOUND} when no planned session is on that date
   */
  public Either<PlanViolation, Plan> hold(LocalDate date) {
    return mark(date, Session.Status.HELD);
  }

  /**
   * Marks the planned session on {@code date} as postponed; re-plan with
   * {@link Planner#replan(PlanRequest, Plan, LocalDate)}.
   *
   * @param date the session's date, not null
   * @return the plan, or {@code SESSION_NOT_FOUND} when no planned session is on that date
   */
  public Either<PlanViolation, Plan> postpone(LocalDate date) {
    return mark(date, Session.Status.POSTPONED);
  }

  /**
   * Marks the planned session on {@code date} as cancelled; re-plan with
   * {@link Planner#replan(PlanRequest, Plan, LocalDate)}.
   *
   * @param date the session's date, not null
   * @return the plan, or {@code SESSION_NOT_FOUND} when no planned session is on that date
   */
  public Either<PlanViolation, Plan> cancel(LocalDate date) {
    return mark(date, Session.Status.CANCELLED);
  }

  private Either<PlanViolation, Plan> mark(LocalDate date, Session.Status status) {
    requireNonNull(date, "date");
    Option<Session> found = sessions().find(
        s -> s.date().equals(date) && s.status() == Session.Status.PLANNED);
    return found.isEmpty()
        ? Either.left(new PlanViolation.SessionNotFound(date))
        : Either.right(of(format(), budget(),
            sessions().replace(found.get(), found.get().withStatus(status))));
  }

  static Days daysOf(Seq<Session> sessions) {
    return Days.ofHalfDays(Math.min(2 * Days.MAX_DAYS,
        sessions.map(s -> s.length().days().halfDays()).sum().intValue()));
  }

  /** The plan as its format, budget and sessions. */
  @Override
  public String toString() {
    return "Plan[" + format().id() + ", " + budget() + " d, " + sessions().mkString(", ") + "]";
  }
}
