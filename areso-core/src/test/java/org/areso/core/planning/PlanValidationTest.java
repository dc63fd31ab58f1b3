package org.areso.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

/** Planner.validate on hand-made plans: each violation found, with its data and its messages. */
class PlanValidationTest {

  private static final WorkingCalendar EVERY_DAY = date -> true;
  private static final DateWindow JANUARY =
      DateWindow.of(day(1), day(31)).get();

  private static LocalDate day(int dayOfJanuary) {
    return LocalDate.of(2024, 1, dayOfJanuary);
  }

  private static Format format(int minSpan, int maxSpan, int minGap, int maxGap) {
    return Format.builder().id("host-format").name(Text.of("Format maison", "Host format"))
        .days(Days.of(1), Days.of(2), Days.of(10)).sessionLength(SessionLength.WHOLE_DAY)
        .span(minSpan, maxSpan).gap(minGap, maxGap).build().get();
  }

  private static Plan planned(Format format, int... days) {
    return Plan.of(format, Days.of(days.length),
        List.ofAll(days).map(d -> Session.planned(day(d), SessionLength.WHOLE_DAY)));
  }

  private static Seq<PlanViolation> violations(PlanRequest request, Plan plan) {
    return Planner.validate(request, plan).getError();
  }

  @Test
  void aSessionOnABlackoutWhenFacilitatorsAreAwayReportsEachFacilitatorInIdentifierOrder() {
    // given
    Format format = format(1, 30, 1, 30);
    PlanRequest request = PlanRequest.of(format, EVERY_DAY, day(1), JANUARY)
        .withBlackouts(HashSet.of(day(10)));
    for (String id : List.of("dominique", "camille", "alex", "benoit")) {
      request = request.withUnavailable(FacilitatorId.of(id).get(), HashSet.of(day(10)));
    }
    // when
    Seq<PlanViolation> found = violations(request, planned(format, 8, 10));
    // then
    assertThat(found).containsExactly(new PlanViolation.InBlackout(day(10)),
        away("alex"), away("benoit"), away("camille"), away("dominique"));
    assertThat(found.head().code()).isEqualTo("DATE_IN_BLACKOUT");
    assertThat(found.head().message(Language.FR))
        .isEqualTo("La séance du 2024-01-10 tombe un jour exclu par la structure.");
    assertThat(found.head().message(Language.EN))
        .isEqualTo("The session on 2024-01-10 falls on a date the structure excluded.");
    assertThat(found.get(1).code()).isEqualTo("FACILITATOR_UNAVAILABLE");
    assertThat(found.get(1).message(Language.FR))
        .isEqualTo("L'intervenant alex n'est pas disponible le 2024-01-10.");
    assertThat(found.get(1).message(Language.EN))
        .isEqualTo("Facilitator alex is unavailable on 2024-01-10.");
  }

  private static PlanViolation away(String id) {
    return new PlanViolation.FacilitatorUnavailable(FacilitatorId.of(id).get(), day(10));
  }

  @Test
  void sessionsBeforeTheEarliestStartOrOnAWeekendAreReported() {
    // given Friday 5 and Saturday 6 January, the earliest start being Monday 8
    Format format = format(1, 30, 1, 30);
    PlanRequest request = PlanRequest.of(format, WorkingCalendar.weekdays(), day(8), JANUARY);
    DateWindow allowed = DateWindow.of(day(8), day(31)).get();
    // when
    Seq<PlanViolation> found = violations(request, planned(format, 5, 6));
    // then
    assertThat(found).containsExactly(new PlanViolation.OutsideWindow(day(5), allowed),
        new PlanViolation.OutsideWindow(day(6), allowed), new PlanViolation.NotWorked(day(6)));
    assertThat(found.head().code()).isEqualTo("OUTSIDE_WINDOW");
    assertThat(found.head().message(Language.FR))
        .isEqualTo("La séance du 2024-01-05 sort de la période [2024-01-08..2024-01-31].");
    assertThat(found.head().message(Language.EN))
        .isEqualTo("The session on 2024-01-05 is outside the period [2024-01-08..2024-01-31].");
    assertThat(found.last().code()).isEqualTo("DATE_NOT_WORKED");
    assertThat(found.last().message(Language.FR))
        .isEqualTo("La séance du 2024-01-06 tombe un jour non ouvré.");
    assertThat(found.last().message(Language.EN))
        .isEqualTo("The session on 2024-01-06 falls on a non-working day.");
  }

  @Test
  void heldPostponedAndCancelledSessionsAreNotCheckedAgainstAvailability() {
    // given a session held on a Saturday, others postponed before the window and cancelled on a
    // blackout
    Format format = format(1, 30, 1, 30);
    PlanRequest request = PlanRequest.of(format, WorkingCalendar.weekdays(), day(8), JANUARY)
        .withBlackouts(HashSet.of(day(9)));
    Plan plan = Plan.of(format, Days.of(2), List.of(
        new Session(day(13), SessionLength.WHOLE_DAY, Session.Status.HELD),
        new Session(day(2), SessionLength.WHOLE_DAY, Session.Status.POSTPONED),
        new Session(day(9), SessionLength.WHOLE_DAY, Session.Status.CANCELLED),
        Session.planned(day(15), SessionLength.WHOLE_DAY)));
    // when
    var result = Planner.validate(request, plan);
    // then
    assertThat(result.isValid()).as(result.toString()).isTrue();
  }

  @Test
  void twoSessionsOnOneDateAndGapsOutsideTheFormatsBoundsAreReported() {
    // given sessions 2 to 4 days apart allowed
    Format format = format(1, 30, 2, 4);
    PlanRequest request = PlanRequest.of(format, EVERY_DAY, day(1), JANUARY);
    // when
    Seq<PlanViolation> found = violations(request, planned(format, 1, 1, 2, 10));
    // then
    assertThat(found).containsExactly(new PlanViolation.DuplicateDate(day(1)),
        new PlanViolation.GapTooShort(day(1), day(2), 1, 2),
        new PlanViolation.GapTooLong(day(2), day(10), 8, 4));
    assertThat(found.map(PlanViolation::code))
        .containsExactly("DUPLICATE_DATE", "GAP_TOO_SHORT", "GAP_TOO_LONG");
    assertThat(found.map(v -> v.message(Language.FR))).containsExactly(
        "Deux séances sont prévues le 2024-01-01.",
        "Les séances du 2024-01-01 et du 2024-01-02 sont espacées de 1 jour ; 2 jours au moins"
            + " sont requis.",
        "Les séances du 2024-01-02 et du 2024-01-10 sont espacées de 8 jours ; 4 jours au plus"
            + " sont permis.");
    assertThat(found.get(1).message(java.util.Locale.GERMAN)).isEqualTo("Die Sitzungen vom"
        + " 2024-01-01 und vom 2024-01-02 liegen 1 Tag auseinander; verlangt sind mindestens 2"
        + " Tage.");
    assertThat(found.get(1).message(java.util.Locale.ITALIAN)).isEqualTo("Le sedute del"
        + " 2024-01-01 e del 2024-01-02 distano 1 giorno; sono richiesti almeno 2 giorni.");
    assertThat(found.map(v -> v.message(Language.EN))).containsExactly(
        "Two sessions are planned on 2024-01-01.",
        "The sessions on 2024-01-01 and 2024-01-02 are 1 day apart; at least 2 days are required.",
        "The sessions on 2024-01-02 and 2024-01-10 are 8 days apart; at most 4 days are allowed.");
  }

  @Test
  void gapsOfExactlyTheShortestAndTheLongestAreAccepted() {
    // given sessions 2 to 4 days apart allowed
    Format format = format(1, 30, 2, 4);
    PlanRequest request = PlanRequest.of(format, EVERY_DAY, day(1), JANUARY);
    // when
    var result = Planner.validate(request, planned(format, 1, 3, 7));
    // then
    assertThat(result.isValid()).as(result.toString()).isTrue();
  }

  @Test
  void spansShorterOrLongerThanTheFormatsAreReported() {
    // given a span of 5 to 10 days
    Format format = format(5, 10, 1, 30);
    PlanRequest request = PlanRequest.of(format, EVERY_DAY, day(1), JANUARY);
    // when
    Seq<PlanViolation> tooShort = violations(request, planned(format, 1, 4));
    Seq<PlanViolation> tooLong = violations(request, planned(format, 1, 11));
    // then
    assertThat(tooShort).containsExactly(new PlanViolation.SpanTooShort(4, 5));
    assertThat(tooShort.head().code()).isEqualTo("SPAN_TOO_SHORT");
    assertThat(tooShort.head().message(Language.FR))
        .isEqualTo("Les séances s'étalent sur 4 jours ; le format en demande au moins 5.");
    assertThat(tooShort.head().message(Language.EN))
        .isEqualTo("The sessions span 4 days; the format requires at least 5.");
    assertThat(tooLong).containsExactly(new PlanViolation.SpanTooLong(11, 10));
    assertThat(tooLong.head().code()).isEqualTo("SPAN_TOO_LONG");
    assertThat(tooLong.head().message(Language.FR))
        .isEqualTo("Les séances s'étalent sur 11 jours ; le format en permet au plus 10.");
    assertThat(tooLong.head().message(Language.EN))
        .isEqualTo("The sessions span 11 days; the format allows at most 10.");
  }

  @Test
  void spansOfExactlyTheShortestAndTheLongestAreAccepted() {
    // given a span of 5 to 10 days
    Format format = format(5, 10, 1, 30);
    PlanRequest request = PlanRequest.of(format, EVERY_DAY, day(1), JANUARY);
    // when / then
    assertThat(Planner.validate(request, planned(format, 1, 5)).isValid()).isTrue();
    assertThat(Planner.validate(request, planned(format, 1, 10)).isValid()).isTrue();
  }

  @Test
  void daysOutsideTheFormatThatDoNotSplitIntoSessionsAreBothReported() {
    // given ten and a half days for a format of 1 to 10 whole days
    Format format = format(1, 30, 1, 30);
    PlanRequest request = PlanRequest.of(format, EVERY_DAY, day(1), JANUARY)
        .withDays(Days.ofHalfDays(21));
    // when
    Seq<PlanViolation> found = Planner.plan(request).getError();
    // then
    assertThat(found).containsExactly(
        new PlanViolation.DaysOutOfFormat(Days.ofHalfDays(21), Days.of(1), Days.of(10)),
        new PlanViolation.SplitImpossible(Days.ofHalfDays(21), SessionLength.WHOLE_DAY));
    assertThat(found.map(v -> v.message(Language.FR))).containsExactly(
        "Le nombre de jours demandé (10.5) sort des bornes du format (1 à 10).",
        "10.5 jours ne se découpent pas en séances de 1 jour.");
    assertThat(found.map(v -> v.message(Language.EN))).containsExactly(
        "The days requested (10.5) are outside the format's bounds (1 to 10).",
        "10.5 days do not split into sessions of 1 day.");
  }

  @Test
  void anIndicativeFormatsFiguresAreAimsNotLimits() {
    // given a format of 1 to 10 days over 5 to 10 days, at most 4 apart, whose figures are typical
    Format format = Format.builder().from(format(5, 10, 1, 4))
        .bounds(Format.Bounds.INDICATIVE).build().get();
    PlanRequest request = PlanRequest.of(format, EVERY_DAY, day(1), JANUARY);
    // when twelve days over three weeks, nine days apart, and one day alone
    var longer = Planner.validate(request, planned(format, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 20));
    var single = Planner.validate(request, planned(format, 3));
    // then both are accepted, yet two sessions on one date are not
    assertThat(longer.isValid()).as(longer.toString()).isTrue();
    assertThat(single.isValid()).as(single.toString()).isTrue();
    assertThat(violations(request, planned(format, 3, 3)))
        .containsExactly(new PlanViolation.DuplicateDate(day(3)));
    assertThat(format.toString()).endsWith(", indicative]");
  }

  @Test
  void anIndicativeFormatStillNeedsHalfADayAndPlansAtItsTypicalFigures() {
    // given
    Format format = Format.builder().from(format(5, 10, 1, 4))
        .bounds(Format.Bounds.INDICATIVE).build().get();
    PlanRequest request = PlanRequest.of(format, EVERY_DAY, day(1), JANUARY);
    // when
    var none = Planner.plan(request.withDays(Days.ZERO));
    var typical = Planner.plan(request);
    // then
    assertThat(none.getError()).contains(
        new PlanViolation.DaysOutOfFormat(Days.ZERO, Days.ofHalfDays(1), Days.of(Days.MAX_DAYS)));
    assertThat(typical.get().spanDays()).isBetween(5L, 10L);
    assertThat(typical.get().planned()).isEqualTo(Days.of(2));
  }

  @Test
  void aFormatWhoseDaysBindRefusesOtherDaysButNotALongerSpan() {
    // given
    Format format = Format.builder().from(format(5, 10, 1, 4))
        .bounds(Format.Bounds.DAYS_BINDING).build().get();
    PlanRequest request = PlanRequest.of(format, EVERY_DAY, day(1), JANUARY);
    Plan elevenDays = planned(format, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
    // when / then
    assertThat(violations(request, elevenDays)).containsExactly(
        new PlanViolation.DaysOutOfFormat(Days.of(11), Days.of(1), Days.of(10)));
    assertThat(Planner.validate(request, planned(format, 1, 20)).isValid()).isTrue();
    assertThat(format.toString()).endsWith(", days binding]");
  }
}
