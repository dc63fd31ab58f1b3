package org.areso.testkit.lifecycle;

import static org.areso.testkit.lifecycle.EngagementFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.areso.core.engagement.CasesByTopic;
import org.areso.core.engagement.EngagementReason;
import org.areso.core.engagement.SupportCase;
import org.areso.core.engagement.SupportCase.Topic;
import org.areso.core.ethics.Charter;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Sensitive;
import org.areso.core.lifecycle.Accepted;
import org.junit.jupiter.api.Test;

/**
 * An individual support case carries its topic and keeps it confidential; an employer learns no
 * more than a count by topic over at least k cases.
 */
class SupportCaseTopicTest {

  private static final PartyId EMPLOYEE = PartyId.of("employee-42").get();
  private static final Actor THE_EMPLOYEE =
      new Actor.Party(PartyRole.NON_MANAGERIAL_STAFF, EMPLOYEE);
  /** The test charter's k. */
  private static final int K = CHARTER.minimumAggregate();

  private static Accepted<SupportCase, SupportCase.Event> referred(String reference, Topic topic) {
    return referred(EMPLOYEE, reference, topic);
  }

  private static Accepted<SupportCase, SupportCase.Event> referred(PartyId employee,
      String reference, Topic topic) {
    return SupportCase.start(employee, new SupportCase.Command.Refer(reference,
        at(FACILITATOR, 0), Sensitive.of(topic))).get();
  }

  /** n cases of a topic, each of its own employee (named by the case's reference). */
  private static Seq<SupportCase> cases(Topic topic, int n, String prefix) {
    return List.range(0, n).map(i -> referred(PartyId.of("employee-" + prefix + i).get(),
        prefix + i, topic).state());
  }

  @Test
  void theReferralRecordsTheTopicAndTheCaseKeepsItThroughItsLifeAndItsReplay() {
    // given
    Accepted<SupportCase, SupportCase.Event> referred = referred("I-1", Topic.CAREGIVING);
    // when
    Accepted<SupportCase, SupportCase.Event> consented = referred.state()
        .handle(new SupportCase.Command.Consent(at(THE_EMPLOYEE, 1))).get();
    SupportCase replayed = SupportCase.replay(EMPLOYEE,
        referred.events().appendAll(consented.events())).get();
    // then
    assertThat(((SupportCase.Event.Referred) referred.events().head()).topic().reveal())
        .isEqualTo(Topic.CAREGIVING);
    assertThat(consented.state().topic().reveal()).isEqualTo(Topic.CAREGIVING);
    assertThat(replayed.topic().reveal()).isEqualTo(Topic.CAREGIVING);
    assertThat(replayed).isEqualTo(consented.state());
  }

  @Test
  void noTextOfTheCaseItsCommandOrItsEventShowsTheTopic() {
    // given
    SupportCase.Command.Refer refer = new SupportCase.Command.Refer("I-1", at(FACILITATOR, 0),
        Sensitive.of(Topic.HEALTH));
    Accepted<SupportCase, SupportCase.Event> referred = SupportCase.start(EMPLOYEE, refer).get();
    // when
    Seq<String> texts = List.of(refer.toString(), referred.state().toString(),
        referred.events().head().toString(), referred.toString());
    // then
    assertThat(texts).allSatisfy(t -> assertThat(t).doesNotContain("HEALTH")
        .doesNotContain(Topic.HEALTH.label().fr()).doesNotContain(Topic.HEALTH.label().en()));
    assertThat(referred.state()).hasToString("SupportCase[I-1, REFERRED, v1]");
  }

  @Test
  void theTopicsAreTheSeedsFourAndOther() {
    // when / then
    assertThat(List.of(Topic.values()).map(t -> t.label().fr())).containsExactly(
        "problèmes financiers", "santé", "logement", "aidance", "autre");
  }

  @Test
  void aCountOverFewerThanKCasesIsRefused() {
    // given
    Seq<SupportCase> few = cases(Topic.HOUSING, K - 1, "H-");
    // when
    Either<Reason, CasesByTopic> count = CasesByTopic.of(few, CHARTER);
    // then
    assertThat(count.getLeft()).isEqualTo(new EngagementReason.TooFewSupportCases(K - 1, K));
    assertThat(count.getLeft().code()).isEqualTo("TOO_FEW_SUPPORT_CASES");
  }

  @Test
  void theSameCaseAtTwoVersionsCountsOnce() {
    // given: k - 1 cases, one of them also at its next version
    Seq<SupportCase> few = cases(Topic.HOUSING, K - 1, "H-");
    SupportCase consented = few.head().handle(new SupportCase.Command.Consent(at(
        new Actor.Party(PartyRole.NON_MANAGERIAL_STAFF, few.head().employee()), 1)))
        .get().state();
    // when
    Either<Reason, CasesByTopic> count = CasesByTopic.of(few.append(consented), CHARTER);
    // then
    assertThat(count.getLeft()).isEqualTo(new EngagementReason.TooFewSupportCases(K - 1, K));
  }

  @Test
  void aCountOverKCasesGivesTheTopicsOfAtLeastKCasesAndOnlyNamesTheOthers() {
    // given: k financial cases, k + 1 housing cases, one health case
    Seq<SupportCase> all = cases(Topic.FINANCES, K, "F-")
        .appendAll(cases(Topic.HOUSING, K + 1, "H-")).appendAll(cases(Topic.HEALTH, 1, "S-"));
    // when
    CasesByTopic count = CasesByTopic.of(all, CHARTER).get();
    // then
    assertThat(count.counts().toJavaMap()).containsExactly(
        org.assertj.core.api.Assertions.entry(Topic.FINANCES, K),
        org.assertj.core.api.Assertions.entry(Topic.HOUSING, K + 1));
    assertThat(count.fewerThanMinimum()).containsExactly(Topic.HEALTH);
    assertThat(count.minimum()).isEqualTo(K);
    assertThat(count).hasToString("CasesByTopic[{FINANCES=" + K + ", HOUSING=" + (K + 1)
        + "}, fewer than " + K + ": [HEALTH]]");
  }

  @Test
  void anEmployeeCountsOnceHoweverManyTheirCases() {
    // given: k cases of health, all of one employee, and k - 1 of housing of others
    Seq<SupportCase> oneEmployee = List.range(0, K).map(i -> referred("S-" + i, Topic.HEALTH)
        .state());
    // when
    Either<Reason, CasesByTopic> alone = CasesByTopic.of(oneEmployee, CHARTER);
    CasesByTopic withOthers = CasesByTopic.of(oneEmployee.appendAll(
        cases(Topic.HOUSING, K - 1, "H-")), CHARTER).get();
    // then one person does not clear k alone, in the whole count nor in a topic
    assertThat(alone.getLeft()).isEqualTo(new EngagementReason.TooFewSupportCases(1, K));
    assertThat(withOthers.counts()).isEmpty();
    assertThat(withOthers.fewerThanMinimum()).containsExactly(Topic.HEALTH, Topic.HOUSING);
    // and an employee of two topics counts in each
    CasesByTopic twoTopics = CasesByTopic.of(cases(Topic.FINANCES, K, "F-").appendAll(
        List.range(0, K).map(i -> referred(PartyId.of("employee-F-" + i).get(), "D-" + i,
            Topic.HEALTH).state())), CHARTER).get();
    assertThat(twoTopics.counts().get(Topic.FINANCES)).contains(K);
    assertThat(twoTopics.counts().get(Topic.HEALTH)).contains(K);
  }

  @Test
  void kIsTheCharters() {
    // given: a charter with k = 2, two cases of one topic
    Charter two = Charter.builder("test", CHARTER_TEXT).article(
        org.areso.core.ethics.Principle.CONFIDENTIALITY,
        org.areso.core.kernel.Text.of("confidentialité", "confidentiality"))
        .minimumAggregate(2).build().get();
    // when
    Either<Reason, CasesByTopic> count = CasesByTopic.of(cases(Topic.OTHER, 2, "O-"), two);
    // then
    assertThat(count.get().counts().get(Topic.OTHER)).contains(2);
  }

  @Test
  void theRefusalIsSaidInFrenchAndEnglish() {
    // given
    Reason refused = new EngagementReason.TooFewSupportCases(3, 5);
    // when / then
    assertThat(refused.message(Language.FR)).isEqualTo("Le décompte des accompagnements"
        + " individuels par thème porte sur 3 salariés : il en faut au moins 5 pour le"
        + " communiquer à l'employeur.");
    assertThat(refused.message(Language.EN)).isEqualTo("A count of support cases by topic"
        + " covers 3 employees: at least 5 are needed to give it to the employer.");
  }
}
