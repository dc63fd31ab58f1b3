package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.*;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.Framing;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.InformationItem;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Participation;
import org.areso.core.ethics.Recipient;
import org.areso.core.ethics.Sensitivity;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.kernel.Stamp;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.Programme;
import org.areso.testkit.jqwik.AresoArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile values in every command, in every stage: text with control characters, lone surrogates
 * and 20,000 characters in the framing, the assessment, the review and the action plan; dates and
 * times at the ends of {@link LocalDate}'s range; any version; any number of half-days. The outcome
 * is always an event or a typed rejection with a message in both languages, never an exception.
 */
class EngagementHostileInputProperties {

  static final int TRIES = 1_000;

  /** A hostile command: its kind, its texts, its dates, the version seen and its numbers. */
  record Hostile(int kind, String text, String other, LocalDateTime at, LocalDate on,
      long version, int number) {

    /** The version the actor saw: the engagement's for even kinds, any at all otherwise. */
    long seenVersion(Engagement e) {
      return kind % 2 == 0 ? e.version() : version;
    }

    EngagementCommand command(Engagement e) {
      Stamp stamp = Stamp.of(EngagementProperties.ACTORS.get(Math.floorMod(number, 6)), at);
      return switch (kind % 13) {
        case 0 -> new ProposeFraming(stamp, new Framing(text, other, text, other,
            LinkedHashMap.of(PartyRole.MANAGEMENT, Participation.VOLUNTARY)));
        case 1 -> new Close(stamp, new Assessment(text));
        case 2 -> new RecordFollowUpReview(stamp, text);
        case 3 -> new StartIntervention(stamp, on);
        case 4 -> new RecordSession(stamp, new Session(on,
                SessionLength.values()[Math.floorMod(number, SessionLength.values().length)],
                Session.Status.values()[Math.floorMod(number, Session.Status.values().length)]),
            HashSet.of(PartyRole.MANAGEMENT), MeetingKind.SESSION);
        case 5 -> new AdoptActionPlan(stamp, List.of(new ActionPlanItem(text, MANAGEMENT,
            MANAGEMENT, e.programme().consentingParties())));
        case 6 -> new RecordContribution(stamp, new Contribution(F1.id(), on,
            Aspect.values()[Math.floorMod(number, Aspect.values().length)], Sensitive.of(text)));
        case 7 -> new Disclose(stamp, new Disclosure(on, new InformationItem(text,
            Sensitivity.values()[Math.floorMod(number, Sensitivity.values().length)],
            Sensitive.of(other)), Recipient.values()[Math.floorMod(number,
            Recipient.values().length)]));
        case 8 -> new GiveConsent(stamp);
        case 9 -> new ConfirmFraming(stamp);
        case 10 -> new EndIntervention(stamp);
        case 11 -> new Suspend(stamp);
        default -> new Withdraw(stamp);
      };
    }
  }

  @Provide
  Arbitrary<Programme> programmes() {
    return Arbitraries.of(ARESO, TRIPARTITE, WINDOWED);
  }

  @Provide
  Arbitrary<java.util.List<EngagementProperties.Step>> scripts() {
    return new EngagementProperties().scripts().map(s -> s.subList(0, Math.min(s.size(), 25)));
  }

  @Provide
  Arbitrary<Hostile> hostile() {
    Arbitrary<LocalDate> dates = AresoArbitraries.anyDates();
    Arbitrary<LocalDateTime> times = Arbitraries.oneOf(
        Arbitraries.of(LocalDateTime.MIN, LocalDateTime.MAX),
        dates.map(d -> LocalDateTime.of(d, LocalTime.NOON)));
    return Combinators.combine(Arbitraries.integers().between(0, 25),
        AresoArbitraries.hostileText(), AresoArbitraries.hostileText(), times, dates,
        Arbitraries.longs(),
        Arbitraries.integers()).as(Hostile::new);
  }

  @Property(tries = TRIES)
  void aHostileCommandInAnyStageIsAnEventOrATypedRejectionNeverAnException(
      @ForAll("programmes") Programme programme,
      @ForAll("scripts") java.util.List<EngagementProperties.Step> script,
      @ForAll("hostile") Hostile hostile) {
    // given: an engagement driven to a random stage, and its stored events
    Accepted<Engagement, EngagementEvent> started = Engagement.start(programme,
        new RequestEngagement(ID, Stamp.of(MANAGEMENT, T0), STRUCTURE, ORIGIN)).get();
    Engagement engagement = started.state();
    Seq<EngagementEvent> history = started.events();
    for (EngagementProperties.Step step : script) {
      Either<Rejection, Accepted<Engagement, EngagementEvent>> outcome =
          engagement.handle(step.command(engagement), step.seenVersion(engagement));
      if (outcome.isRight()) {
        engagement = outcome.get().state();
        history = history.appendAll(outcome.get().events());
      }
    }
    // when
    Engagement before = engagement;
    Either<Rejection, Accepted<Engagement, EngagementEvent>> outcome =
        before.handle(hostile.command(before), hostile.seenVersion(before));
    // then: a typed rejection, in both languages, or an engagement its events replay to
    if (outcome.isLeft()) {
      Rejection rejection = outcome.getLeft();
      assertThat(rejection.code()).matches("[A-Z][A-Z0-9_]*");
      assertThat(rejection.message(Language.FR)).isNotBlank();
      assertThat(rejection.message(Language.EN)).isNotBlank();
    } else {
      Engagement after = outcome.get().state();
      Seq<EngagementEvent> stored = history.appendAll(outcome.get().events());
      assertThat(after.version()).isEqualTo(before.version() + outcome.get().events().size());
      assertThat(Engagement.replay(programme, stored, after.version()))
          .isEqualTo(Either.right(after));
      assertThat(after.obligations(hostile.on())).isNotNull();
    }
    Statistics.label("outcome").collect(outcome.isLeft() ? outcome.getLeft().code() : "ACCEPTED");
    Statistics.label("stage").collect(before.stage());
    Statistics.label("outcome").coverage(c -> c.check("ACCEPTED").count(n -> n > 0));
    assertThat(Option.of(before.audit()).isDefined()).isTrue();
  }
}
