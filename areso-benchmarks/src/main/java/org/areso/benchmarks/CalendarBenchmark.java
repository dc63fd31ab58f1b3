package org.areso.benchmarks;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Departement;
import org.areso.core.planning.Plan;
import org.areso.core.planning.PlanRequest;
import org.areso.core.planning.PlanViolation;
import org.areso.core.planning.Planner;
import org.areso.core.planning.WorkingCalendar;
import org.areso.rules.calendar.FrenchCalendars;
import org.areso.rules.programme.Formats;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Benchmark 4: "is this date worked" in Moselle (France with Alsace-Moselle) for every day of
 * 2020-2029 (one operation is the 3,653 days), with Areso's calendar and with jollyday's
 * {@link HolidayManager} (weekends checked the same way); and planning a 10-day accompaniment
 * over 12 months.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CalendarBenchmark {

  private LocalDate[] days;
  private WorkingCalendar moselle;
  private HolidayManager jollyday;
  private PlanRequest request;

  /** Builds both calendars (jollyday's years are cached by its first calls) and the request. */
  @Setup
  public void setUp() {
    LocalDate first = LocalDate.of(2020, 1, 1);
    days = first.datesUntil(LocalDate.of(2030, 1, 1)).toArray(LocalDate[]::new);
    moselle = FrenchCalendars.of(Departement.parse("57").get());
    jollyday = HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));
    request = PlanRequest.of(Formats.accompaniment(), moselle, LocalDate.of(2024, 1, 8),
        DateWindow.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).get());
  }

  /**
   * Whether jollyday says a day is worked in Moselle: not a weekend, not a public holiday.
   *
   * @param manager the manager for France, not null
   * @param day the day, not null
   * @return whether it is worked
   */
  public static boolean worked(HolidayManager manager, LocalDate day) {
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY
        && !manager.isHoliday(day, HolidayType.PUBLIC_HOLIDAY, "57");
  }

  /** Areso's calendar of Moselle. */
  @Benchmark
  public int aresoIsWorked() {
    int worked = 0;
    for (LocalDate day : days) {
      if (moselle.isWorked(day)) {
        worked++;
      }
    }
    return worked;
  }

  /** jollyday's manager for France, subdivision 57. */
  @Benchmark
  public int jollydayIsWorked() {
    int worked = 0;
    for (LocalDate day : days) {
      if (worked(jollyday, day)) {
        worked++;
      }
    }
    return worked;
  }

  /** Planning 10 days of accompaniment in Moselle within 2024. */
  @Benchmark
  public Validation<Seq<PlanViolation>, Plan> planAccompaniment() {
    return Planner.plan(request);
  }
}
