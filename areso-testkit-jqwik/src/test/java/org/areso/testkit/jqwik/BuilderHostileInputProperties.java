package org.areso.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.areso.core.ethics.Charter;
import org.areso.core.ethics.Principle;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.areso.core.planning.Days;
import org.areso.core.planning.Format;
import org.areso.core.planning.Plan;
import org.areso.core.planning.PlanRequest;
import org.areso.core.planning.PlanViolation;
import org.areso.core.planning.Planner;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.areso.core.planning.WorkingCalendar;
import org.areso.core.programme.FormatId;

/**
 * The factories and builders a host or a rule author fills from its own data — format ids,
 * half-day counts, month windows, formats, charters, a host's own plan — given any value: each
 * answers a value or typed reasons, in both languages, and never throws.
 */
class BuilderHostileInputProperties {

  private static final LegalReference SOURCE = LegalReference.builder().code("Charte")
      .article("principes").verified(false).build().get();

  @Provide
  Arbitrary<String> hostile() {
    return AresoArbitraries.hostileText();
  }

  @Provide
  Arbitrary<Integer> anyInt() {
    return Arbitraries.oneOf(Arbitraries.integers(),
        Arbitraries.of(Integer.MIN_VALUE, -1, 0, 1, 2, 100, 101, 3_660, 3_661, Integer.MAX_VALUE));
  }

  @Provide
  Arbitrary<LocalDate> anyDate() {
    return AresoArbitraries.anyDates();
  }

  @Provide
  Arbitrary<YearMonth> anyMonth() {
    return anyDate().map(YearMonth::from);
  }

  @Provide
  Arbitrary<Period> anyPeriod() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(Period::ofDays),
        Arbitraries.integers().map(Period::ofYears),
        Arbitraries.of(Period.ZERO, Period.ofYears(-3), Period.ofYears(Integer.MAX_VALUE)));
  }

  @Property(tries = 1_000)
  void aFormatIdFromAnyTextIsReadOrRefusedWithTypedReasons(@ForAll("hostile") String raw) {
    // when
    Validation<Seq<Reason>, FormatId> id = FormatId.of(raw);
    // then
    if (id.isValid()) {
      assertThat(FormatId.of(id.get().value()).get()).isEqualTo(id.get());
    } else {
      assertTyped(id.getError());
    }
  }

  @Property(tries = 1_000)
  void halfDaysFromAnyNumberAreReadOrRefusedWithTypedReasons(@ForAll("anyInt") int halfDays) {
    // when
    Validation<Seq<Reason>, Days> days = Days.parseHalfDays("days", halfDays);
    // then
    if (days.isValid()) {
      assertThat(days.get().halfDays()).isEqualTo(halfDays).isBetween(0, 2 * Days.MAX_DAYS);
    } else {
      assertTyped(days.getError());
    }
  }

  @Property(tries = 1_000)
  void aWindowOfMonthsFromAnyTwoMonthsIsReadOrRefusedWithTypedReasons(
      @ForAll("anyMonth") YearMonth from, @ForAll("anyMonth") YearMonth to) {
    // when
    Validation<Seq<Reason>, DateWindow> window = DateWindow.months(from, to);
    // then
    if (window.isValid()) {
      assertThat(window.get().start()).isEqualTo(from.atDay(1));
      assertThat(window.get().end()).isEqualTo(to.atEndOfMonth());
    } else {
      assertThat(from).isAfter(to);
      assertTyped(window.getError());
    }
  }

  @Property(tries = 1_000)
  void aFormatBuiltFromAnyFiguresIsValidOrRefusedWithTypedReasons(
      @ForAll("hostile") String id, @ForAll("anyInt") int minSpan, @ForAll("anyInt") int maxSpan,
      @ForAll("anyInt") int minGap, @ForAll("anyInt") int maxGap,
      @ForAll SessionLength length) {
    // when
    Validation<Seq<Reason>, Format> format = Format.builder().id(id)
        .name(Text.of("Format", "Format")).days(Days.of(1), Days.of(2), Days.of(3))
        .sessionLength(length).span(minSpan, maxSpan).gap(minGap, maxGap).build();
    // then
    if (format.isValid()) {
      Format built = format.get();
      assertThat(built.minSpanDays()).isBetween(1, built.maxSpanDays());
      assertThat(built.maxSpanDays()).isLessThanOrEqualTo(Format.MAX_SPAN_DAYS);
      assertThat(built.minGapDays()).isLessThanOrEqualTo(built.maxGapDays());
    } else {
      assertTyped(format.getError());
    }
  }

  @Property(tries = 1_000)
  void aCharterBuiltFromAnyTermsIsValidOrRefusedWithEveryTypedReason(
      @ForAll("hostile") String programme, @ForAll("anyInt") int k,
      @ForAll("anyInt") int threshold, @ForAll("anyInt") int sessions,
      @ForAll("anyInt") int tolerated, @ForAll("anyPeriod") Period lookback) {
    // when
    Validation<Seq<Reason>, Charter> charter = Charter.builder(programme, SOURCE)
        .article(Principle.FREEDOM, Text.of("libre", "free"))
        .minimumAggregate(k).attendance(threshold, sessions).oneSidedSessionsTolerated(tolerated)
        .paidWorkLookback(lookback).build();
    // then every term out of its range is reported, not only the first
    int outOfRange = (k < 2 ? 1 : 0) + (threshold < 0 || threshold > 100 ? 1 : 0)
        + (sessions < 1 ? 1 : 0) + (tolerated < 0 ? 1 : 0) + (lookback.isNegative() ? 1 : 0);
    if (charter.isValid()) {
      assertThat(outOfRange).isZero();
    } else {
      assertTyped(charter.getError());
      assertThat(charter.getError().count(r -> r.code().equals("OUT_OF_RANGE")))
          .isEqualTo(outOfRange);
    }
  }

  @Property(tries = 1_000)
  void aHostsOwnPlanWithSessionsAnywhereIsCheckedWithTypedViolations(
      @ForAll("anyDate") LocalDate start, @ForAll("anyDate") LocalDate end,
      @ForAll("anyDate") LocalDate earliest, @ForAll("sessions") List<LocalDate> dates,
      @ForAll("anyInt") int budgetDays) {
    // given
    LocalDate first = start.isAfter(end) ? end : start;
    LocalDate last = start.isAfter(end) ? start : end;
    DateWindow window = DateWindow.of(first, last).get();
    // an accompaniment's shape: 5 to 15 whole days over 3 to 12 months
    Format format = Format.builder().id("accompaniment")
        .name(Text.of("Accompagnement", "Accompaniment"))
        .days(Days.of(5), Days.of(10), Days.of(15)).sessionLength(SessionLength.WHOLE_DAY)
        .span(91, 366).gap(1, 92).build().get();
    PlanRequest request = PlanRequest.of(format, WorkingCalendar.weekdays(), earliest, window);
    Plan plan = Plan.of(format, Days.ofHalfDays(Math.floorMod(budgetDays, 2 * Days.MAX_DAYS + 1)),
        dates.map(d -> Session.planned(d, format.sessionLength())));
    // when
    Validation<Seq<PlanViolation>, Plan> checked = Planner.validate(request, plan);
    // then
    if (checked.isInvalid()) {
      assertTyped(checked.getError().map(Reason.class::cast));
    }
  }

  @Provide
  Arbitrary<List<LocalDate>> sessions() {
    return anyDate().list().ofMaxSize(12).map(List::ofAll);
  }

  private static void assertTyped(Seq<? extends Reason> reasons) {
    assertThat(reasons).isNotEmpty().allSatisfy(reason -> {
      assertThat(reason.code()).matches("[A-Z][A-Z_]*");
      assertThat(reason.message(Language.FR)).isNotBlank();
      assertThat(reason.message(Language.EN)).isNotBlank();
    });
  }
}
