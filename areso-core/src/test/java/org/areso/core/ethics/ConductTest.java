package org.areso.core.ethics;

import static org.areso.core.ethics.EthicsFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.LinkedHashSet;
import io.vavr.control.Option;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.junit.jupiter.api.Test;

class ConductTest {

  @Test
  void aNewConductHasNothingRecordedButTheRequiredParties() {
    // given
    Conduct nothing = Conduct.of(BOTH);
    // when nothing is recorded
    // then
    assertThat(nothing.requiredParties()).isEqualTo(BOTH);
    assertThat(nothing.origin()).isEmpty();
    assertThat(nothing.participation()).isEmpty();
    assertThat(nothing.consents()).isEmpty();
    assertThat(nothing.voidedConsents()).isEmpty();
    assertThat(nothing.started()).isFalse();
    assertThat(nothing.assignment()).isEmpty();
    assertThat(nothing.sessionsHeld()).isEmpty();
    assertThat(nothing.actionPlan()).isEmpty();
    assertThat(nothing.contributions()).isEmpty();
    assertThat(nothing.disclosures()).isEmpty();
    assertThat(nothing.conduct()).isSameAs(nothing);
  }

  @Test
  void aCopyChangesOneAttributeAndKeepsTheOthersAsTheSameObjects() {
    // given a conduct with a session held, which the incremental audit compares by identity
    Conduct before = conduct().plusSessionHeld(session(PartyRole.MANAGEMENT));
    // when the consents change
    Conduct after = before.withConsents(LinkedHashSet.of(PartyRole.MANAGEMENT));
    // then only they do
    assertThat(after.consents()).containsExactly(PartyRole.MANAGEMENT);
    assertThat(after.sessionsHeld()).isSameAs(before.sessionsHeld());
    assertThat(after.origin()).isSameAs(before.origin());
    assertThat(before.consents()).isEmpty();
  }

  @Test
  void aCopyWithTheSameAttributeIsTheConductItself() {
    // given
    Conduct conduct = conduct().withStarted(true);
    // when
    Conduct same = conduct.withStarted(true).withConsents(conduct.consents());
    // then
    assertThat(same).isSameAs(conduct);
  }

  @Test
  void sessionsContributionsAndDisclosuresAreAppendedInOrder() {
    // given
    Contribution first = new Contribution(F1_ID, DAY, Aspect.FORM, Sensitive.of("un"));
    Contribution second = new Contribution(F1_ID, DAY, Aspect.PROCESS, Sensitive.of("deux"));
    // when
    Conduct conduct = conduct().plusContribution(first).plusContribution(second)
        .plusSessionHeld(interview(PartyRole.MANAGEMENT))
        .plusDisclosure(disclosure(Sensitivity.PUBLIC, Recipient.PUBLIC));
    // then
    assertThat(conduct.contributions()).containsExactly(first, second);
    assertThat(conduct.sessionsHeld()).containsExactly(interview(PartyRole.MANAGEMENT));
    assertThat(conduct.disclosures())
        .containsExactly(disclosure(Sensitivity.PUBLIC, Recipient.PUBLIC));
  }

  @Test
  void twoConductsAreEqualWhenEveryAttributeIsEqual() {
    // given
    Conduct one = conduct().withOrigin(Option.some(Origin.parties(PartyRole.MANAGEMENT)));
    // when
    Conduct other = Conduct.of(BOTH).withOrigin(Option.some(Origin.parties(PartyRole.MANAGEMENT)));
    // then
    assertThat(one).isEqualTo(other).hasSameHashCodeAs(other)
        .isNotEqualTo(other.withStarted(true));
  }

  @Test
  void itsTextShowsNoSensitiveValue() {
    // given
    Conduct conduct = conduct().plusContribution(new Contribution(F1_ID, DAY,
        Aspect.OPINION_ON_CONTENT, Sensitive.of("la direction a raison")));
    // when
    String text = conduct.toString();
    // then
    assertThat(text).contains("Conduct").doesNotContain("la direction a raison");
  }

  @Test
  void nullIsAProgrammerError() {
    // given
    Conduct conduct = conduct();
    // when, then
    assertThatNullPointerException().isThrownBy(() -> Conduct.of(null));
    assertThatNullPointerException().isThrownBy(() -> conduct.withOrigin(null));
    assertThatNullPointerException().isThrownBy(() -> conduct.plusContribution(null))
        .withMessage("contribution");
  }
}
