package org.areso.core.planning;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.areso.core.kernel.BundledReason;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FacilitatorId;

/**
 * Why a plan cannot be made or a plan is not acceptable: every constraint the planner or the
 * validation of a host's plan found violated, each with a stable code and its data.
 *
 * <p>Implementations are immutable records.
 */
public sealed interface PlanViolation extends BundledReason {

  /**
   * The days requested are outside the format's bounds.
   *
   * @param requested the days requested, not null
   * @param min the format's fewest days, not null
   * @param max the format's most days, not null
   */
  record DaysOutOfFormat(Days requested, Days min, Days max) implements PlanViolation {
    /** Creates the violation. @throws NullPointerException if an object argument is null */
    public DaysOutOfFormat {
      requireNonNull(requested, "requested");
      requireNonNull(min, "min");
      requireNonNull(max, "max");
    }

    @Override
    public String code() {
      return "DAYS_OUT_OF_FORMAT";
    }
  }

  /**
   * The days cannot be split into sessions of the format's length.
   *
   * @param requested the days requested, not null
   * @param length the session length, not null
   */
  record SplitImpossible(Days requested, SessionLength length) implements PlanViolation {
    /** Creates the violation. @throws NullPointerException if an object argument is null */
    public SplitImpossible {
      requireNonNull(requested, "requested");
      requireNonNull(length, "length");
    }

    @Override
    public String code() {
      return "SPLIT_IMPOSSIBLE";
    }

    @Override
    public Seq<?> arguments() {
      return List.of(requested, length.days());
    }
  }

  /**
   * The plan's days differ from the days budgeted.
   *
   * @param planned the days of planned and held sessions, not null
   * @param budget the days budgeted, not null
   */
  record TotalMismatch(Days planned, Days budget) implements PlanViolation {
    /** Creates the violation. @throws NullPointerException if an object argument is null */
    public TotalMismatch {
      requireNonNull(planned, "planned");
      requireNonNull(budget, "budget");
    }

    @Override
    public String code() {
      return "TOTAL_MISMATCH";
    }
  }

  /**
   * A session falls on a date that is not worked.
   *
   * @param date the date, not null
   */
  record NotWorked(LocalDate date) implements PlanViolation {
    /** Creates the violation. @throws NullPointerException if an object argument is null */
    public NotWorked {
      requireNonNull(date, "date");
    }

    @Override
    public String code() {
      return "DATE_NOT_WORKED";
    }
  }

  /**
   * A session falls on a blackout date.
   *
   * @param date the date, not null
   */
  record InBlackout(LocalDate date) implements PlanViolation {
    /** Creates the violation. @throws NullPointerException if an object argument is null */
    public InBlackout {
      requireNonNull(date, "date");
    }

    @Override
    public String code() {
      return "DATE_IN_BLACKOUT";
    }
  }

  /**
   * A facilitator is unavailable on a session's date.
   *
   * @param facilitator the facilitator, not null
   * @param date the date, not null
   */
  record FacilitatorUnavailable(FacilitatorId facilitator, LocalDate date) implements PlanViolation {
    /** Creates the violation. @throws NullPointerException if an object argument is null */
    public FacilitatorUnavailable {
      requireNonNull(facilitator, "facilitator");
      requireNonNull(date, "date");
    }

    @Override
    public String code() {
      return "FACILITATOR_UNAVAILABLE";
    }
  }

  /**
   * A session falls outside the programme's window or before the earliest start.
   *
   * @param date the date, not null
   * @param window the window allowed, not null
   */
  record OutsideWindow(LocalDate date, DateWindow window) implements PlanViolation {
    /** Creates the violation. @throws NullPointerException if an object argument is null */
    public OutsideWindow {
      requireNonNull(date, "date");
      requireNonNull(window, "window");
    }

    @Override
    public String code() {
      return "OUTSIDE_WINDOW";
    }
  }

  /**
   * Two active sessions share a date.
   *
   * @param date the date, not null
   */
  record DuplicateDate(LocalDate date) implements PlanViolation {
    /** Creates the violation. @throws NullPointerException if an object argument is null */
    public DuplicateDate {
      requireNonNull(date, "date");
    }

    @Override
    public String code() {
      return "DUPLICATE_DATE";
    }
  }

  /**
   * Two consecutive sessions are closer than the format allows.
   *
   * @param first the earlier session, not null
   * @param second the later session, not null
   * @param gap the gap in days
   * @param min the fewest days allowed
   */
  record GapTooShort(LocalDate first, LocalDate second, long gap, int min) implements PlanViolation {
    /** Creates the violation. @throws NullPointerException if an object argument is null */
    public GapTooShort {
      requireNonNull(first, "first");
      requireNonNull(second, "second");
    }

    @Override
    public String code() {
      return "GAP_TOO_SHORT";
    }
  }

  /**
   * Two consecutive sessions are further apart than the format allows.
   *
   * @param first the earlier session, not null
   * @param second the later session, not null
   * @param gap the gap in days
   * @param max the most days allowed
   */
  record GapTooLong(LocalDate first, LocalDate second, long gap, int max) implements PlanViolation {
    /** Creates the violation. @throws NullPointerException if an object argument is null */
    public GapTooLong {
      requireNonNull(first, "first");
      requireNonNull(second, "second");
    }

    @Override
    public String code() {
      return "GAP_TOO_LONG";
    }
  }

  /**
   * The sessions are spread over fewer days than the format requires.
   *
   * @param span the span in days
   * @param min the shortest span allowed
   */
  record SpanTooShort(long span, int min) implements PlanViolation {
    @Override
    public String code() {
      return "SPAN_TOO_SHORT";
    }
  }

  /**
   * The sessions are spread over more days than the format allows.
   *
   * @param span the span in days
   * @param max the longest span allowed
   */
  record SpanTooLong(long span, int max) implements PlanViolation {
    @Override
    public String code() {
      return "SPAN_TOO_LONG";
    }
  }

  /**
   * The days available from the start to the window's end are fewer than the format's shortest span.
   *
   * @param start the earliest start, not null
   * @param window the programme's window, not null
   * @param minSpan the format's shortest span
   */
  record WindowTooShort(LocalDate start, DateWindow window, int minSpan) implements PlanViolation {
    /** Creates the violation. @throws NullPointerException if an object argument is null */
    public WindowTooShort {
      requireNonNull(start, "start");
      requireNonNull(window, "window");
    }

    @Override
    public String code() {
      return "WINDOW_TOO_SHORT";
    }
  }

  /**
   * No date is available for a session within the bounds it must respect.
   *
   * @param session the session's number, from 1
   * @param from the first date allowed, not null
   * @param to the last date allowed, not null
   */
  record NoAvailableDate(int session, LocalDate from, LocalDate to) implements PlanViolation {
    /** Creates the violation. @throws NullPointerException if an object argument is null */
    public NoAvailableDate {
      requireNonNull(from, "from");
      requireNonNull(to, "to");
    }

    @Override
    public String code() {
      return "NO_AVAILABLE_DATE";
    }
  }

  /**
   * No planned session is on the date given.
   *
   * @param date the date, not null
   */
  record SessionNotFound(LocalDate date) implements PlanViolation {
    /** Creates the violation. @throws NullPointerException if an object argument is null */
    public SessionNotFound {
      requireNonNull(date, "date");
    }

    @Override
    public String code() {
      return "SESSION_NOT_FOUND";
    }
  }
}
