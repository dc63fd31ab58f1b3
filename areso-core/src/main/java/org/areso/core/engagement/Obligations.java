package org.areso.core.engagement;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import org.areso.core.kernel.PartyRole;
import org.areso.core.programme.Programme;

/**
 * The obligation rules of an engagement, each a sentence: what is due or overdue on a day, and for
 * whom. An obligation is listed from its due day on (the window's from its notice on) and is
 * overdue after it.
 */
final class Obligations {

  private static final Set<EngagementStage> NOT_STARTED = EnumSet.of(
      EngagementStage.REQUESTED, EngagementStage.PRE_DIAGNOSED, EngagementStage.QUALIFIED,
      EngagementStage.AWAITING_CONSENT, EngagementStage.FRAMED);

  private Obligations() { }

  static Seq<Obligation> on(Engagement e, LocalDate today) {
    return consentsPendingPastTheirDelay(e, today)
        .appendAll(followUpReviewDue(e, today))
        .appendAll(interventionPastItsSpan(e, today))
        .appendAll(programmeWindowClosing(e, today));
  }

  /**
   * The first day {@link #on} lists an obligation of the engagement's present state: its
   * obligations as listed on the last day there is, each from the first day it is listed.
   */
  static Option<LocalDate> nextDue(Engagement e) {
    return on(e, LocalDate.MAX).map(o -> listedFrom(e, o)).minBy(LocalDate::compareTo);
  }

  /**
   * The first day an obligation is listed: its due day, the day after a running intervention's
   * planned end, the window's notice before it closes.
   */
  private static LocalDate listedFrom(Engagement e, Obligation o) {
    return switch (o.kind()) {
      case PLAN_PAST_SPAN -> plus(o.due(), Period.ofDays(1));
      case PROGRAMME_WINDOW_CLOSING -> plus(o.due(), e.programme().windowNotice().negated());
      default -> o.due();
    };
  }

  static Seq<Obligation> consentsPendingPastTheirDelay(Engagement e, LocalDate today) {
    Option<LocalDate> proposed = e.file().framingProposedOn();
    if (e.stage() != EngagementStage.AWAITING_CONSENT || proposed.isEmpty()) {
      return List.empty();
    }
    LocalDate day = plus(proposed.get(), e.programme().consentDelay());
    return today.isBefore(day) ? List.empty() : e.missingConsents().toList().map(
        (PartyRole party) -> new Obligation(
            Obligation.Kind.CONSENT, Option.of(party), day, today.isAfter(day)));
  }

  static Seq<Obligation> followUpReviewDue(Engagement e, LocalDate today) {
    EngagementFile file = e.file();
    if (e.stage() != EngagementStage.FOLLOW_UP || file.followUpReview().isDefined()
        || file.interventionEndedOn().isEmpty()) {
      return List.empty();
    }
    LocalDate day = plus(file.interventionEndedOn().get(), e.programme().followUpDelay());
    return today.isBefore(day) ? List.empty() : List.of(new Obligation(
        Obligation.Kind.FOLLOW_UP_REVIEW, Option.none(), day, today.isAfter(day)));
  }

  static Seq<Obligation> interventionPastItsSpan(Engagement e, LocalDate today) {
    Option<LocalDate> end = e.file().planEnd();
    boolean running = e.stage() == EngagementStage.IN_PROGRESS
        || e.stage() == EngagementStage.SUSPENDED;
    return running && end.isDefined() && today.isAfter(end.get())
        ? List.of(new Obligation(Obligation.Kind.PLAN_PAST_SPAN, Option.none(), end.get(), true))
        : List.empty();
  }

  static Seq<Obligation> programmeWindowClosing(Engagement e, LocalDate today) {
    Programme programme = e.programme();
    if (!NOT_STARTED.contains(e.stage()) || programme.window().isEmpty()) {
      return List.empty();
    }
    LocalDate end = programme.window().get().end();
    return today.isBefore(plus(end, programme.windowNotice().negated())) ? List.empty()
        : List.of(new Obligation(Obligation.Kind.PROGRAMME_WINDOW_CLOSING, Option.none(), end,
            today.isAfter(end)));
  }

  /** A day plus a delay, saturated at the ends of {@link LocalDate}'s range, never throwing. */
  static LocalDate plus(LocalDate day, Period delay) {
    try {
      return day.plus(delay);
    } catch (DateTimeException beyondTheRange) {
      return delay.isNegative() ? LocalDate.MIN : LocalDate.MAX;
    }
  }
}
