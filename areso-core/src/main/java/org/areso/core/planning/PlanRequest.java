package org.areso.core.planning;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FacilitatorId;

/**
 * What the planner needs: the format and the days to plan, the working calendar, the earliest
 * start, the programme's window, the structure's blackout dates and each facilitator's unavailable
 * dates, and optionally the span wanted (otherwise the format's longest span that fits the window).
 *
 * <p>Immutable and thread-safe.
 *
 * @param format the format, not null
 * @param days the days to plan, not null
 * @param calendar the working calendar, not null
 * @param earliestStart no session before this date, not null
 * @param window every session inside this window, not null
 * @param blackouts dates the structure excludes, not null
 * @param unavailable each facilitator's unavailable dates, not null
 * @param spanDays the span wanted, first to last session included, in days; none for the default
 */
public record PlanRequest(Format format, Days days, WorkingCalendar calendar,
    LocalDate earliestStart, DateWindow window, Set<LocalDate> blackouts,
    Map<FacilitatorId, Set<LocalDate>> unavailable, Option<Integer> spanDays) {

  /**
   * Creates a request.
   *
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public PlanRequest {
    requireNonNull(format, "format");
    requireNonNull(days, "days");
    requireNonNull(calendar, "calendar");
    requireNonNull(earliestStart, "earliestStart");
    requireNonNull(window, "window");
    requireNonNull(blackouts, "blackouts");
    requireNonNull(unavailable, "unavailable");
    requireNonNull(spanDays, "spanDays");
  }

  /**
   * A request for the format's typical days, with no blackout and no unavailability.
   *
   * @param format the format, not null
   * @param calendar the working calendar, not null
   * @param earliestStart no session before this date, not null
   * @param window every session inside this window, not null
   * @return the request, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static PlanRequest of(Format format, WorkingCalendar calendar, LocalDate earliestStart,
      DateWindow window) {
    return new PlanRequest(format, format.typicalDays(), calendar, earliestStart, window,
        HashSet.empty(), HashMap.empty(), Option.none());
  }

  /** This request for other days. @param newDays not null @return the request, never null */
  public PlanRequest withDays(Days newDays) {
    return new PlanRequest(format, newDays, calendar, earliestStart, window, blackouts,
        unavailable, spanDays);
  }

  /** This request with other blackout dates. @param dates not null @return never null */
  public PlanRequest withBlackouts(Set<LocalDate> dates) {
    return new PlanRequest(format, days, calendar, earliestStart, window, dates, unavailable,
        spanDays);
  }

  /**
   * This request with a facilitator's unavailable dates, replacing any given before.
   *
   * @param facilitator the facilitator, not null
   * @param dates the dates, not null
   * @return the request, never null
   */
  public PlanRequest withUnavailable(FacilitatorId facilitator, Set<LocalDate> dates) {
    return new PlanRequest(format, days, calendar, earliestStart, window, blackouts,
        unavailable.put(requireNonNull(facilitator, "facilitator"),
            requireNonNull(dates, "dates")), spanDays);
  }

  /** This request with the span wanted, in days. @param span the span @return never null */
  public PlanRequest withSpanDays(int span) {
    return new PlanRequest(format, days, calendar, earliestStart, window, blackouts,
        unavailable, Option.some(span));
  }

  /** This request from another earliest start. @param start not null @return never null */
  public PlanRequest withEarliestStart(LocalDate start) {
    return new PlanRequest(format, days, calendar, start, window, blackouts, unavailable,
        spanDays);
  }

  /**
   * Whether a date suits a session: worked, inside the window and from the earliest start, not a
   * blackout, and every facilitator available.
   *
   * @param date the date, not null
   * @return true when a session may take place that day
   */
  public boolean isAvailable(LocalDate date) {
    if (date.isBefore(earliestStart) || !window.contains(date) || !calendar.isWorked(date)
        || blackouts.contains(date)) {
      return false;
    }
    for (Set<LocalDate> dates : unavailable.values()) {
      if (dates.contains(date)) {
        return false;
      }
    }
    return true;
  }
}
