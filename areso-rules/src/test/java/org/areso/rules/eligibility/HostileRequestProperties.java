package org.areso.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Facts;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Departement;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Structure;
import org.areso.core.planning.Format;
import org.areso.core.planning.Plan;
import org.areso.core.planning.PlanRequest;
import org.areso.core.planning.PlanViolation;
import org.areso.core.planning.Planner;
import org.areso.core.planning.WorkingCalendar;
import org.areso.core.programme.Programme;
import org.areso.rules.calendar.FrenchCalendars;
import org.areso.rules.calendar.SwissCalendars;
import org.areso.rules.programme.Programmes;
import org.areso.testkit.jqwik.AresoArbitraries;

/**
 * Hostile requests to the catalogue: request dates, formats and contexts as any text, request
 * dates and plan windows anywhere in {@link LocalDate}'s range. Each is read into facts or typed
 * reasons, each policy decides (its fast verdict equal to its explained one), each plan is made or
 * refused with typed violations — never an exception.
 */
class HostileRequestProperties {

  @Provide
  Arbitrary<LocalDate> anyDate() {
    return AresoArbitraries.anyDates();
  }

  @Provide
  Arbitrary<Programme> programmes() {
    return Arbitraries.of(Programmes.all().toJavaList());
  }

  @Property(tries = 1_000)
  void aRequestReadFromAnyTextIsFactsOrTypedReasonsAndEveryPolicyDecidesIt(
      @ForAll("programmes") Programme programme,
      @ForAll("structures") Structure structure,
      @ForAll("text") String requestDate, @ForAll("text") String format,
      @ForAll("text") String context) {
    // when
    Validation<Seq<Reason>, Facts> read = Facts.read(structure, requestDate, format, context);
    // then
    if (read.isInvalid()) {
      assertThat(read.getError()).isNotEmpty().allSatisfy(reason -> {
        assertThat(reason.code()).matches("[A-Z][A-Z0-9_]*");
        assertThat(reason.message(Language.FR)).isNotBlank();
        assertThat(reason.message(Language.EN)).isNotBlank();
      });
    } else {
      Decision decision = programme.policy().evaluate(read.get());
      assertThat(programme.policy().verdict(read.get())).isEqualTo(decision.verdict());
      assertThat(decision.explain(Language.EN)).isNotBlank();
    }
    Statistics.label("read").collect(read.isValid());
  }

  @Property(tries = 1_000)
  void everyPolicyDecidesARequestOfAnyDateAndPlansAnyWindowWithoutThrowing(
      @ForAll("programmes") Programme programme,
      @ForAll("structures") Structure structure,
      @ForAll("anyDate") LocalDate day, @ForAll("anyDate") LocalDate other,
      @ForAll("calendars") WorkingCalendar calendar) {
    // given
    Facts facts = Facts.of(structure).requestDate(day);
    Format format = programme.durations().head();
    LocalDate start = day.isBefore(other) ? day : other;
    LocalDate end = day.isBefore(other) ? other : day;
    // when
    Decision decision = programme.policy().evaluate(facts);
    Validation<Seq<PlanViolation>, Plan> plan = Planner.plan(PlanRequest.of(format,
        calendar, start, DateWindow.of(start, end).get()));
    // then
    assertThat(programme.policy().verdict(facts)).isEqualTo(decision.verdict());
    assertThat(decision.explain(Language.FR)).isNotBlank();
    if (plan.isInvalid()) {
      assertThat(plan.getError()).isNotEmpty()
          .allSatisfy(v -> assertThat(v.message(Language.EN)).isNotBlank());
    } else {
      assertThat(plan.get().sessions()).isNotEmpty();
    }
    Statistics.label("verdict").collect(decision.verdict());
    Statistics.label("planned").collect(plan.isValid());
  }

  @Provide
  Arbitrary<WorkingCalendar> calendars() {
    return Arbitraries.of(Departement.all().map(d -> (WorkingCalendar) FrenchCalendars.of(d))
        .appendAll(io.vavr.collection.List.of(Canton.values())
            .map(c -> (WorkingCalendar) SwissCalendars.of(c))).toJavaList());
  }

  @Provide
  Arbitrary<Structure> structures() {
    return AresoArbitraries.frenchStructures();
  }

  @Provide
  Arbitrary<String> text() {
    return Arbitraries.oneOf(AresoArbitraries.hostileText(),
        Arbitraries.of("2024-01-08", "2023-09-04", "+999999999-12-31", "-999999999-01-01",
            "accompaniment", "seminar", "CURATIVE", "PREVENTIVE", "learning", ""));
  }
}
