package org.areso.rules.programme;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.areso.core.kernel.Text;
import org.areso.core.planning.Days;
import org.areso.core.planning.Format;
import org.areso.core.planning.SessionLength;

/**
 * The formats (formats d'intervention) of the catalogue's programmes, with their duration
 * policies: the figures a seed gives, and <em>assumptions</em> where it gives none — each factory
 * says which. A seed's limit is a limit; a seed's typical figure ("autour de 10 jours") and every
 * assumption are {@linkplain Format.Bounds#INDICATIVE indicative}: the planner aims at them, and a
 * host's plan outside them is not refused, since nothing a seed does not say becomes a refusal.
 * Only the joint training's "2 à 3 jours" binds ({@link Format.Bounds#DAYS_BINDING}). {@link Programmes} offers them; a rule author may offer them too, or build a
 * {@link Format} of their own with {@link Format#builder()}.
 *
 * <p>Every format is immutable and thread-safe.
 */
public final class Formats {

  private Formats() { }

  /**
   * Accompaniment (accompagnement) of the {@code areso} seed: "around 10 days spread over 3 to 12
   * months", a typical figure; {@code areso-social-2023}'s seed says its duration "varies with the
   * need and the context", so it offers the same format, whose figures are aims, not limits.
   * Assumptions: 5 to 15 days (the network's public pages), whole-day sessions, a span of 91 to
   * 366 days, at least 1 and at most 92 days between sessions; all indicative.
   *
   * @return the format, never null
   */
  public static Format accompaniment() {
    return known("accompaniment", Text.of("Accompagnement", "Accompaniment"),
        Days.of(5), Days.of(10), Days.of(15), SessionLength.WHOLE_DAY, 91, 366, 1, 92);
  }

  /**
   * Joint training (formation commune) of staff representatives and management: 2 to 3 days,
   * binding; it ends without an action plan (its programme's workflow says so). Assumptions,
   * indicative: typical 2 days, whole days, spread over at most 6 weeks, 1 to 21 days apart.
   *
   * @return the format, never null
   */
  public static Format jointTraining() {
    return known("joint-training", Text.of("Formation commune", "Joint training"),
        Days.of(2), Days.of(2), Days.of(3), SessionLength.WHOLE_DAY, 2, 42, 1, 21,
        Format.Bounds.DAYS_BINDING);
  }

  /**
   * Seminar (séminaire) of {@code areso-social-2023} gathering all stakeholders. Assumptions: 1 or
   * 2 whole days within a week.
   *
   * @return the format, never null
   */
  public static Format seminar() {
    return known("seminar", Text.of("Séminaire", "Seminar"),
        Days.of(1), Days.of(1), Days.of(2), SessionLength.WHOLE_DAY, 1, 7, 1, 7);
  }

  /**
   * SORESO step 1: the free first meeting with the expert duo (pre-diagnosis). Assumption: one
   * half day.
   *
   * @return the format, never null
   */
  public static Format soresoFirstMeeting() {
    return known("soreso-first-meeting",
        Text.of("Première rencontre gratuite", "Free first meeting", "Kostenloses Erstgespräch",
            "Primo incontro gratuito"),
        Days.ofHalfDays(1), Days.ofHalfDays(1), Days.ofHalfDays(1), SessionLength.HALF_DAY,
        1, 1, 1, 1);
  }

  /**
   * SORESO step 2: the meeting with all actors that validates objectives, framework and planning.
   * Assumption: one half day, possibly repeated once within a month.
   *
   * @return the format, never null
   */
  public static Format soresoValidationMeeting() {
    return known("soreso-validation-meeting",
        Text.of("Rencontre de validation avec tous les acteurs", "All-actors validation meeting",
            "Validierungstreffen mit allen Beteiligten",
            "Incontro di convalida con tutti gli attori"),
        Days.ofHalfDays(1), Days.ofHalfDays(1), Days.ofHalfDays(2), SessionLength.HALF_DAY,
        1, 31, 1, 31);
  }

  /**
   * SORESO step 3: the collective accompaniment with its follow-up. Assumptions: 3 to 12 days,
   * typical 6, in half days, over 1 to 12 months, 7 to 92 days apart.
   *
   * @return the format, never null
   */
  public static Format soresoCollectiveAccompaniment() {
    return known("soreso-collective-accompaniment",
        Text.of("Accompagnement collectif et suivi", "Collective accompaniment and follow-up",
            "Kollektive Begleitung und Nachbetreuung", "Accompagnamento collettivo e seguito"),
        Days.of(3), Days.of(6), Days.of(12), SessionLength.HALF_DAY, 30, 366, 7, 92);
  }

  /**
   * SORESO's three steps, in order.
   *
   * @return the three formats, never null
   */
  public static Seq<Format> soresoSteps() {
    return List.of(soresoFirstMeeting(), soresoValidationMeeting(),
        soresoCollectiveAccompaniment());
  }

  /**
   * The AURA one-year cohort's collective sessions. Assumptions: 4 to 8 whole days, typical 6,
   * over 10 to 12 months, 21 to 92 days apart.
   *
   * @return the format, never null
   */
  public static Format auraCollectiveSessions() {
    return known("aura-collective-sessions",
        Text.of("Sessions collectives de la cohorte", "Cohort collective sessions"),
        Days.of(4), Days.of(6), Days.of(8), SessionLength.WHOLE_DAY, 300, 366, 21, 92);
  }

  /**
   * The AURA one-year cohort's individual sessions with each association, the work between
   * sessions being the association's own. Assumptions: 2 to 6 days in half days, typical 4, over
   * 10 to 12 months, 14 to 122 days apart.
   *
   * @return the format, never null
   */
  public static Format auraIndividualSessions() {
    return known("aura-individual-sessions",
        Text.of("Sessions individuelles de la cohorte", "Cohort individual sessions"),
        Days.of(2), Days.of(4), Days.of(6), SessionLength.HALF_DAY, 300, 366, 14, 122);
  }

  /**
   * The AURA one-year cohort: collective then individual sessions.
   *
   * @return the two formats, never null
   */
  public static Seq<Format> auraCohort() {
    return List.of(auraCollectiveSessions(), auraIndividualSessions());
  }

  /**
   * A workplace social service's collective action: raising teams' and managers' awareness of
   * social topics (sensibiliser les équipes à des thématiques sociales : aidance, équilibre de vie,
   * santé, inclusion). Assumptions: a half day, or two within a month.
   *
   * @return the format, never null
   */
  public static Format socialServiceAwarenessSession() {
    return known("social-service-awareness-session",
        Text.of("Sensibilisation des équipes à des thématiques sociales",
            "Awareness session on social topics"),
        Days.ofHalfDays(1), Days.ofHalfDays(1), Days.ofHalfDays(2), SessionLength.HALF_DAY,
        1, 31, 1, 31);
  }

  /**
   * A workplace social service's collective action: taking part in a working group or internal
   * body on quality of life and working conditions (participer à des groupes de travail ou des
   * instances internes sur la qualité de vie au travail, QVCT). Assumptions: 1 to 12 half-day
   * meetings, typical 4, every 2 weeks to every quarter, within a year.
   *
   * @return the format, never null
   */
  public static Format socialServiceQvctWorkingGroup() {
    return known("social-service-qvct-working-group",
        Text.of("Participation à un groupe de travail QVCT",
            "Taking part in a QVCT working group"),
        Days.ofHalfDays(1), Days.of(2), Days.of(6), SessionLength.HALF_DAY, 1, 366, 14, 92);
  }

  /**
   * A workplace social service's collective action: facilitating exchanges between the social
   * actors (faciliter les échanges entre les acteurs sociaux : RH, CSE, représentants du
   * personnel). Assumptions: 1 to 6 half-day meetings, typical 2, a week to six months apart,
   * within a year.
   *
   * @return the format, never null
   */
  public static Format socialServiceSocialActorsExchange() {
    return known("social-service-social-actors-exchange",
        Text.of("Échanges entre acteurs sociaux (RH, CSE, représentants du personnel)",
            "Exchanges between social actors (HR, CSE, staff representatives)"),
        Days.ofHalfDays(1), Days.of(1), Days.of(3), SessionLength.HALF_DAY, 1, 366, 7, 183);
  }

  /**
   * The workplace social service's collective actions, in the seed's order: awareness sessions,
   * QVCT working groups, exchanges between social actors. Its individual support is not a format:
   * each case runs as a {@link org.areso.core.engagement.SupportCase}. The on-site hours
   * (permanences sur site) of earlier versions are gone: the seed does not name them.
   *
   * @return the three formats, never null
   */
  public static Seq<Format> socialServiceCollectiveActions() {
    return List.of(socialServiceAwarenessSession(), socialServiceQvctWorkingGroup(),
        socialServiceSocialActorsExchange());
  }

  /**
   * Every format of the catalogue, in the order of the seeds.
   *
   * @return the formats, never null
   */
  public static Seq<Format> all() {
    return List.of(accompaniment(), jointTraining(), seminar())
        .appendAll(soresoSteps()).appendAll(auraCohort())
        .appendAll(socialServiceCollectiveActions());
  }

  /** A format of the catalogue; invalid figures are a defect of the catalogue. */
  private static Format known(String id, Text name, Days min, Days typical, Days max,
      SessionLength length, int minSpan, int maxSpan, int minGap, int maxGap) {
    return known(id, name, min, typical, max, length, minSpan, maxSpan, minGap, maxGap,
        Format.Bounds.INDICATIVE);
  }

  /** A format of the catalogue; invalid figures are a defect of the catalogue. */
  private static Format known(String id, Text name, Days min, Days typical, Days max,
      SessionLength length, int minSpan, int maxSpan, int minGap, int maxGap,
      Format.Bounds bounds) {
    return Format.builder().id(id).name(name).days(min, typical, max).sessionLength(length)
        .span(minSpan, maxSpan).gap(minGap, maxGap).bounds(bounds).build().fold(errors -> {
          throw new IllegalStateException("invalid catalogue format " + id + ": "
              + errors.map(r -> r.code()).mkString(", "));
        }, format -> format);
  }
}
