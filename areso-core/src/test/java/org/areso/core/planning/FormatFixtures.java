package org.areso.core.planning;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.areso.core.kernel.Text;

/**
 * Formats for core's tests, built with {@link Format#builder()}: the shapes of the catalogue's
 * formats (whole or half days, spans from one day to a year, gaps from one day to four months),
 * with the figures {@code areso-rules}' {@code Formats} gives them today, so that the planner is
 * tested on the shapes real programmes use. The catalogue's own figures are checked in
 * {@code areso-rules}; core cannot depend on it.
 */
final class FormatFixtures {

  private FormatFixtures() { }

  /** 5 to 15 whole days, typical 10, over 91 to 366 days, 1 to 92 days apart. */
  static Format accompaniment() {
    return format("accompaniment", Text.of("Accompagnement", "Accompaniment"),
        Days.of(5), Days.of(10), Days.of(15), SessionLength.WHOLE_DAY, 91, 366, 1, 92);
  }

  /** 2 to 3 whole days, typical 2, over 2 to 42 days, 1 to 21 days apart. */
  static Format jointTraining() {
    return format("joint-training", Text.of("Formation commune", "Joint training"),
        Days.of(2), Days.of(2), Days.of(3), SessionLength.WHOLE_DAY, 2, 42, 1, 21);
  }

  /** 1 or 2 whole days within a week. */
  static Format seminar() {
    return format("seminar", Text.of("Séminaire", "Seminar"),
        Days.of(1), Days.of(1), Days.of(2), SessionLength.WHOLE_DAY, 1, 7, 1, 7);
  }

  /** One half day. */
  static Format firstMeeting() {
    return format("soreso-first-meeting",
        Text.of("Première rencontre gratuite", "Free first meeting"),
        Days.ofHalfDays(1), Days.ofHalfDays(1), Days.ofHalfDays(1), SessionLength.HALF_DAY,
        1, 1, 1, 1);
  }

  /** One or two half days within a month. */
  static Format validationMeeting() {
    return format("soreso-validation-meeting",
        Text.of("Rencontre de validation avec tous les acteurs", "All-actors validation meeting"),
        Days.ofHalfDays(1), Days.ofHalfDays(1), Days.ofHalfDays(2), SessionLength.HALF_DAY,
        1, 31, 1, 31);
  }

  /** 3 to 12 days in half days, typical 6, over 30 to 366 days, 7 to 92 days apart. */
  static Format collectiveAccompaniment() {
    return format("soreso-collective-accompaniment",
        Text.of("Accompagnement collectif et suivi", "Collective accompaniment and follow-up"),
        Days.of(3), Days.of(6), Days.of(12), SessionLength.HALF_DAY, 30, 366, 7, 92);
  }

  /** 4 to 8 whole days, typical 6, over 300 to 366 days, 21 to 92 days apart. */
  static Format cohortCollectiveSessions() {
    return format("aura-collective-sessions",
        Text.of("Sessions collectives de la cohorte", "Cohort collective sessions"),
        Days.of(4), Days.of(6), Days.of(8), SessionLength.WHOLE_DAY, 300, 366, 21, 92);
  }

  /** 2 to 6 days in half days, typical 4, over 300 to 366 days, 14 to 122 days apart. */
  static Format cohortIndividualSessions() {
    return format("aura-individual-sessions",
        Text.of("Sessions individuelles de la cohorte", "Cohort individual sessions"),
        Days.of(2), Days.of(4), Days.of(6), SessionLength.HALF_DAY, 300, 366, 14, 122);
  }

  /** A half day about every week: 3 to 26 days, typical 13, over 28 to 366 days, 5 to 9 apart. */
  static Format onSiteHours() {
    return format("social-service-on-site-hours",
        Text.of("Permanences sur site", "Recurring on-site hours"),
        Days.of(3), Days.of(13), Days.of(26), SessionLength.HALF_DAY, 28, 366, 5, 9);
  }

  /** Every format above. */
  static Seq<Format> all() {
    return List.of(accompaniment(), jointTraining(), seminar(), firstMeeting(),
        validationMeeting(), collectiveAccompaniment(), cohortCollectiveSessions(),
        cohortIndividualSessions(), onSiteHours());
  }

  private static Format format(String id, Text name, Days min, Days typical, Days max,
      SessionLength length, int minSpan, int maxSpan, int minGap, int maxGap) {
    return Format.builder().id(id).name(name).days(min, typical, max).sessionLength(length)
        .span(minSpan, maxSpan).gap(minGap, maxGap).build().get();
  }
}
