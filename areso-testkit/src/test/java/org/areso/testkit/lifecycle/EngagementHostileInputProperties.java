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
import org.areso.core.ethics.ActionDecision;
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
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Stamp;
import org.areso.core.programme.Programme;
import org.areso.testkit.AresoArbitraries;
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

  /** A hostile command: its kind, its texts, its dates and its numbers. */
  record Hostile(int kind, String text, String other, LocalDateTime at, LocalDate on,
      long version, int number) {

    EngagementCommand command(Engagement e) {
      Stamp stamp = Stamp.of(EngagementProperties.ACTORS.get(Math.floorMod(number, 6)), at);
      long v = kind % 2 == 0 ? e.version() : version;
      return switch (kind % 13) {
        case 0 -> new ProposeFraming(stamp, v, new Framing(text, other, text, other,
            LinkedHashMap.of(PartyRole.MANAGEMENT, Participation.VOLUNTARY)));
        case 1 -> new Close(stamp, v, new Assessment(text));
        case 2 -> new RecordFollowUpReview(stamp, v, text);
        case 3 -> new StartIntervention(stamp, v, on);
        case 4 -> new RecordSession(stamp, v, on, number, HashSet.of(PartyRole.MANAGEMENT),
            MeetingKind.SESSION);
        case 5 -> new AdoptActionPlan(stamp, v, List.of(new ActionDecision(text, MANAGEMENT,
            MANAGEMENT, e.programme().consentingParties())));
        case 6 -> new RecordContribution(stamp, v, new Contribution(F1.id(), on,
            Aspect.values()[Math.floorMod(number, Aspect.values().length)], Sensitive.of(text)));
        case 7 -> new Disclose(stamp, v, new Disclosure(on, new InformationItem(text,
            Sensitivity.values()[Math.floorMod(number, Sensitivity.values().length)],
            Sensitive.of(other)), Recipient.values()[Math.floorMod(number,
            Recipient.values().length)]));
        case 8 -> new GiveConsent(stamp, v);
        case 9 -> new ConfirmFraming(stamp, v);
        case 10 -> new EndIntervention(stamp, v);
        case 11 -> new Suspend(stamp, v);
        default -> new Withdraw(stamp, v);
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
    // given: an engagement driven to a random stage
    Engagement engagement = Engagement.replay(programme, Engagement.request(programme,
        new RequestEngagement(ID, Stamp.of(MANAGEMENT, T0), STRUCTURE, ORIGIN)).get()).get();
    for (EngagementProperties.Step step : script) {
      Either<Rejection, Seq<EngagementEvent>> outcome = engagement.decide(step.command(engagement));
      if (outcome.isRight()) {
        engagement = engagement.evolve(outcome.get().head()).get();
      }
    }
    // when
    Engagement before = engagement;
    Either<Rejection, Seq<EngagementEvent>> outcome = before.decide(hostile.command(before));
    // then: a typed rejection, in both languages, or events that evolve the engagement
    if (outcome.isLeft()) {
      Rejection rejection = outcome.getLeft();
      assertThat(rejection.code()).matches("[A-Z][A-Z0-9_]*");
      assertThat(rejection.message(Language.FR)).isNotBlank();
      assertThat(rejection.message(Language.EN)).isNotBlank();
    } else {
      Engagement after = before;
      for (EngagementEvent event : outcome.get()) {
        after = after.evolve(event).get();
      }
      assertThat(after.version()).isEqualTo(before.version() + outcome.get().size());
      assertThat(after.obligations(hostile.on())).isNotNull();
    }
    Statistics.label("outcome").collect(outcome.isLeft() ? outcome.getLeft().code() : "ACCEPTED");
    Statistics.label("stage").collect(before.stage());
    Statistics.label("outcome").coverage(c -> c.check("ACCEPTED").count(n -> n > 0));
    assertThat(Option.of(before.audit()).isDefined()).isTrue();
  }
}
