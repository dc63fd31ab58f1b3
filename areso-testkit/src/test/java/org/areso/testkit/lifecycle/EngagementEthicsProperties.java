package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.Disclose;
import org.areso.core.engagement.EngagementCommand.RecordContribution;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.InformationItem;
import org.areso.core.ethics.Recipient;
import org.areso.core.ethics.Sensitivity;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Sensitive;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.Rejection;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Under anonymity nothing reaches a supervising authority; sensitive values never show. */
class EngagementEthicsProperties {

  @Provide
  Arbitrary<EngagementStage> openStages() {
    return Arbitraries.of(EngagementStage.class).filter(s -> !lifecycle().isTerminal(s));
  }

  @Provide
  Arbitrary<String> secrets() {
    return Arbitraries.strings().all().ofMinLength(12).ofMaxLength(80)
        .filter(s -> s.chars().distinct().count() > 3);
  }

  @Property(tries = 1_000)
  void noDisclosureToASupervisingAuthorityIsEverAcceptedUnderAnonymity(
      @ForAll("openStages") EngagementStage stage, @ForAll Sensitivity sensitivity,
      @ForAll("secrets") String label) {
    // given an engagement under an anonymity charter, in any stage that is not terminal
    Seq<EngagementEvent> history = historyTo(stage);
    Engagement engagement = replayStored(ARESO, history).get();
    assertThat(ARESO.charter().anonymityTowardsSupervisingAuthorities()).isTrue();
    // when anything at all is disclosed to a supervising authority
    Disclose disclose = new Disclose(at(FACILITATOR, 300),
        new Disclosure(T0.toLocalDate(), new InformationItem(label, sensitivity,
            Sensitive.of("x")), Recipient.SUPERVISING_AUTHORITY));
    Either<Rejection, Accepted<Engagement, EngagementEvent>> outcome =
        engagement.handle(disclose);
    // then it is refused, naming anonymity
    assertThat(outcome.isLeft()).isTrue();
    assertThat(outcome.getLeft().code()).isEqualTo("PRECONDITIONS_UNMET");
    assertThat(((Rejection.PreconditionsUnmet) outcome.getLeft()).unmet()
        .map(u -> u.reason().code())).contains("ANONYMITY_TOWARDS_SUPERVISING_AUTHORITY");
  }

  @Property(tries = 1_000)
  void aSensitiveValueNeverShowsInTheEngagementItsCommandsEventsOrRejections(
      @ForAll("secrets") String secret, @ForAll Sensitivity sensitivity,
      @ForAll Recipient recipient, @ForAll Aspect aspect) {
    // given an engagement in progress and commands that carry the value
    Engagement engagement = engagementIn(EngagementStage.IN_PROGRESS);
    Sensitive<String> value = Sensitive.of(secret);
    Seq<EngagementCommand> commands = List.of(
        new Disclose(at(FACILITATOR, 12), new Disclosure(
            T0.toLocalDate(), new InformationItem("notes", sensitivity, value), recipient)),
        new RecordContribution(at(FACILITATOR, 12),
            new Contribution(F1.id(), T0.toLocalDate(), aspect, value)));
    Seq<String> texts = commands.map(String::valueOf);
    for (EngagementCommand command : commands) {
      // when each is handled
      Either<Rejection, Accepted<Engagement, EngagementEvent>> outcome =
          engagement.handle(command);
      Statistics.label("accepted").collect(outcome.isRight());
      if (outcome.isLeft()) {
        texts = texts.append(outcome.getLeft().toString())
            .appendAll(List.of(Language.values()).map(outcome.getLeft()::message));
      } else {
        Engagement after = outcome.get().state();
        texts = texts.appendAll(outcome.get().events().map(String::valueOf))
            .append(after.toString()).append(after.conduct().toString())
            .append(after.audit().toString())
            .appendAll(List.of(Language.values()).map(after.audit()::report));
      }
    }
    // then the value never shows
    assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(secret));
  }
}
