package org.areso.core.planning;

import static java.util.Objects.requireNonNull;

import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FacilitatorId;

/**
 * Places a format's sessions on dates when the structure and both facilitators are available,
 * spread evenly across the span; checks a host's own plan against the same constraints; re-plans
 * what is left after a postponement or a cancellation without moving the sessions already held.
 *
 * <p>Deterministic (the same request gives the same plan), always terminates, never throws on
 * user data: when no plan fits, every violated constraint is returned. Stateless and thread-safe.
 */
public final class Planner {

  private Planner() {}

  /**
   * Plans the request's days.
   *
   * <p>Sessions are aimed at evenly spaced dates from the first available date on or after the
   * earliest start (looked for over at most {@value WorkingCalendar#SEARCH_LIMIT_DAYS} days) to the
   * end of the span (the request's, or else the format's longest span, shortened to the window);
   * each goes to the nearest available date at or after its aim, or
   * before it when none is left, keeping the format's gaps.
   *
   * @param request the request, not null
   * @return the plan, or every violation found
   * @throws NullPointerException if request is null (a programmer error)
   */
  public static Validation<Seq<PlanViolation>, Plan> plan(PlanRequest request) {
    requireNonNull(request, "request");
    Format format = request.format();
    List<PlanViolation> violations = checkDays(format, request.days());
    LocalDate start = later(request.earliestStart(), request.window().start());
    if (daysLeft(request, start) < format.shortestSpanAllowed()) {
      violations = violations.append(new PlanViolation.WindowTooShort(
          request.earliestStart(), request.window(), format.shortestSpanAllowed()));
    }
    if (!violations.isEmpty()) {
      return Validation.invalid(violations);
    }
    int count = request.days().halfDays() / format.sessionLength().days().halfDays();
    LocalDate first = firstAvailable(request, start);
    long span = Math.min(request.spanDays().getOrElse(format.maxSpanDays()),
        daysLeft(request, first));
    span = Math.max(1, Math.min(span, (long) (count - 1) * format.maxGapDays() + 1));
    LocalDate end = first.plusDays(span - 1);
    return place(request, count, first, end, Option.none())
        .fold(Validation::invalid, dates -> validate(request,
            Plan.of(format, request.days(),
                dates.map(d -> Session.planned(d, format.sessionLength())))));
  }

  /**
   * Re-plans what is left of a plan from {@code from} on: held sessions stay where they are, the
   * budget less the held days is planned anew, postponed and cancelled sessions are kept as
   * history.
   *
   * @param request the request the plan was made for, not null
   * @param plan the plan, with its held, postponed and cancelled sessions marked, not null
   * @param from no new session before this date, not null
   * @return the new plan, or every violation found
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Validation<Seq<PlanViolation>, Plan> replan(
      PlanRequest request, Plan plan, LocalDate from) {
    requireNonNull(request, "request");
    requireNonNull(plan, "plan");
    requireNonNull(from, "from");
    Format format = plan.format();
    Seq<Session> held = plan.sessions().filter(s -> s.status() == Session.Status.HELD);
    Seq<Session> history = plan.sessions().filter(s -> !s.isActive());
    Days left = plan.remaining();
    int unit = format.sessionLength().days().halfDays();
    if (left.halfDays() % unit != 0) {
      return Validation.invalid(List.of(
          new PlanViolation.SplitImpossible(left, format.sessionLength())));
    }
    int count = left.halfDays() / unit;
    if (count == 0) {
      return validate(request, Plan.of(format, plan.budget(), held.appendAll(history)));
    }
    Option<LocalDate> lastHeld = held.lastOption().map(Session::date);
    LocalDate start = firstAvailable(request,
        later(later(from, request.earliestStart()), request.window().start()));
    LocalDate first = held.headOption().map(Session::date).getOrElse(start);
    LocalDate limit = earlier(request.window().end(),
        first.plusDays(format.longestSpanAllowed() - 1L));
    LocalDate previousEnd = plan.sessions().lastOption().map(Session::date).getOrElse(start);
    LocalDate end = later(later(previousEnd, start.plusDays((long) (count - 1)
        * format.minGapDays())), first.plusDays(format.minSpanDays() - 1L));
    end = earlier(end, limit);
    if (end.isBefore(start)) {
      return Validation.invalid(List.of(new PlanViolation.NoAvailableDate(1, start, end)));
    }
    return place(request, count, start, end, lastHeld)
        .fold(Validation::invalid, dates -> validate(request, Plan.of(format, plan.budget(),
            held.appendAll(history)
                .appendAll(dates.map(d -> Session.planned(d, format.sessionLength()))))));
  }

  /**
   * Checks a plan, such as one a host made by hand, against the request's constraints: the
   * budget within the format's days, planned and held days equal to the budget, every planned
   * session on an available date, no two active sessions on one date, gaps and span within the
   * format's bounds. Held sessions are facts and are not checked against availability.
   *
   * @param request the request, not null
   * @param plan the plan, not null
   * @return the plan, or every violation found
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Validation<Seq<PlanViolation>, Plan> validate(PlanRequest request, Plan plan) {
    requireNonNull(request, "request");
    requireNonNull(plan, "plan");
    Format format = plan.format();
    List<PlanViolation> violations = checkDays(format, plan.budget());
    if (!plan.planned().equals(plan.budget())) {
      violations = violations.append(
          new PlanViolation.TotalMismatch(plan.planned(), plan.budget()));
    }
    DateWindow allowed = DateWindow.of(later(request.earliestStart(), request.window().start()),
        request.window().end()).getOrElse(request.window());
    for (Session s : plan.sessions().filter(s -> s.status() == Session.Status.PLANNED)) {
      violations = violations.appendAll(dateViolations(request, allowed, s.date()));
    }
    Seq<Session> active = plan.activeSessions();
    for (Tuple2<Session, Session> pair : active.zip(active.drop(1))) {
      LocalDate a = pair._1.date();
      LocalDate b = pair._2.date();
      long gap = b.toEpochDay() - a.toEpochDay();
      if (gap == 0) {
        violations = violations.append(new PlanViolation.DuplicateDate(a));
      } else if (gap < format.minGapDays()) {
        violations = violations.append(
            new PlanViolation.GapTooShort(a, b, gap, format.minGapDays()));
      } else if (gap > format.longestGapAllowed()) {
        violations = violations.append(
            new PlanViolation.GapTooLong(a, b, gap, format.longestGapAllowed()));
      }
    }
    long span = plan.spanDays();
    if (!active.isEmpty() && span < format.shortestSpanAllowed()) {
      violations = violations.append(
          new PlanViolation.SpanTooShort(span, format.shortestSpanAllowed()));
    }
    if (span > format.longestSpanAllowed()) {
      violations = violations.append(
          new PlanViolation.SpanTooLong(span, format.longestSpanAllowed()));
    }
    return violations.isEmpty() ? Validation.valid(plan) : Validation.invalid(violations);
  }

  private static List<PlanViolation> dateViolations(
      PlanRequest request, DateWindow allowed, LocalDate date) {
    List<PlanViolation> found = List.empty();
    if (!allowed.contains(date)) {
      found = found.append(new PlanViolation.OutsideWindow(date, allowed));
    }
    if (!request.calendar().isWorked(date)) {
      found = found.append(new PlanViolation.NotWorked(date));
    }
    if (request.blackouts().contains(date)) {
      found = found.append(new PlanViolation.InBlackout(date));
    }
    for (Tuple2<FacilitatorId, Set<LocalDate>> entry
        : request.unavailable().toList().sortBy(e -> e._1.value())) {
      if (entry._2.contains(date)) {
        found = found.append(new PlanViolation.FacilitatorUnavailable(entry._1, date));
      }
    }
    return found;
  }

  private static List<PlanViolation> checkDays(Format format, Days days) {
    List<PlanViolation> found = List.empty();
    Days fewest = format.fewestDaysAllowed();
    Days most = format.mostDaysAllowed();
    if (days.compareTo(fewest) < 0 || days.compareTo(most) > 0) {
      found = found.append(new PlanViolation.DaysOutOfFormat(days, fewest, most));
    }
    if (days.halfDays() % format.sessionLength().days().halfDays() != 0) {
      found = found.append(new PlanViolation.SplitImpossible(days, format.sessionLength()));
    }
    return found;
  }

  /** Places count sessions from start to end; every loop is bounded by the span. */
  private static Either<Seq<PlanViolation>, Seq<LocalDate>> place(PlanRequest request, int count,
      LocalDate start, LocalDate end, Option<LocalDate> previous) {
    Format format = request.format();
    long first = start.toEpochDay();
    long last = end.toEpochDay();
    long prev = previous.map(LocalDate::toEpochDay).getOrElse(Long.MIN_VALUE);
    List<LocalDate> dates = List.empty();
    for (int i = 0; i < count; i++) {
      long ideal = count == 1 ? first
          : first + Math.round((double) i * (last - first) / (count - 1));
      long lower = prev == Long.MIN_VALUE ? first : Math.max(first, prev + format.minGapDays());
      long upper = last - (long) (count - 1 - i) * format.minGapDays();
      if (prev != Long.MIN_VALUE) {
        upper = Math.min(upper, prev + format.maxGapDays());
      }
      long chosen = search(request, Math.max(lower, Math.min(ideal, upper)), lower, upper);
      if (chosen == Long.MIN_VALUE) {
        return Either.left(List.of(new PlanViolation.NoAvailableDate(i + 1,
            LocalDate.ofEpochDay(lower), LocalDate.ofEpochDay(Math.max(lower, upper)))));
      }
      dates = dates.append(LocalDate.ofEpochDay(chosen));
      prev = chosen;
    }
    return Either.right(dates);
  }

  private static long search(PlanRequest request, long target, long lower, long upper) {
    for (long day = target; day <= upper; day++) {
      if (request.isAvailable(LocalDate.ofEpochDay(day))) {
        return day;
      }
    }
    for (long day = target - 1; day >= lower; day--) {
      if (request.isAvailable(LocalDate.ofEpochDay(day))) {
        return day;
      }
    }
    return Long.MIN_VALUE;
  }

  /**
   * The first available date on or after {@code from} (none lies outside the window), looked for
   * as {@link WorkingCalendar#nextWorked(LocalDate)} does, or else {@code from}.
   */
  private static LocalDate firstAvailable(PlanRequest request, LocalDate from) {
    WorkingCalendar available = request::isAvailable;
    return available.nextWorked(from).getOrElse(from);
  }

  /** The number of days from {@code from} to the window's end, both included. */
  private static long daysLeft(PlanRequest request, LocalDate from) {
    return request.window().end().toEpochDay() - from.toEpochDay() + 1;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
