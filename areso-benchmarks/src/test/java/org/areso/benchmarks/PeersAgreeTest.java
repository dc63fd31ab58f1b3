package org.areso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.ScreenResult;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.kernel.Departement;
import org.areso.core.planning.WorkingCalendar;
import org.areso.rules.calendar.FrenchCalendars;
import org.areso.rules.eligibility.AresoSocial2023Policy;
import org.junit.jupiter.api.Test;

/** The peers compute what Areso computes: otherwise a ratio would compare different work. */
class PeersAgreeTest {

  @Test
  void theHandWrittenChainAndEasyRulesGiveAresosVerdictOnEveryGeneratedRequest() {
    // given the 10,000 generated requests
    Requests requests = Requests.generate(EligibilityBenchmark.REQUESTS);
    Policy policy = AresoSocial2023Policy.policy();
    int n = requests.structures.length;
    Verdict[] areso = new Verdict[n];
    Verdict[] explained = new Verdict[n];
    Verdict[] screened = new Verdict[n];
    Verdict[] handWritten = new Verdict[n];
    Verdict[] easyRules = new Verdict[n];
    Map<Verdict, Integer> mix = new EnumMap<>(Verdict.class);
    // when each decides every request
    for (int i = 0; i < n; i++) {
      Facts facts = requests.days[i] == null ? Facts.of(requests.structures[i])
          : Facts.of(requests.structures[i]).requestDate(requests.days[i]);
      areso[i] = policy.verdict(facts);
      Decision decision = policy.evaluate(facts);
      ScreenResult screen = policy.screen(facts);
      explained[i] = decision.verdict();
      screened[i] = screen.verdict();
      assertThat(screen.reasonCodes()).as("request %d", i).isEqualTo(decision.reasonCodes());
      assertThat(screen.missing()).as("request %d", i).isEqualTo(decision.missing());
      handWritten[i] = HandWrittenEligibility.verdict(requests.structures[i], requests.days[i]);
      easyRules[i] = EasyRulesEligibility.verdict(requests.structures[i], requests.days[i]);
      mix.merge(areso[i], 1, Integer::sum);
    }
    // then they agree on each one
    assertThat(explained).containsExactly(areso);
    assertThat(screened).containsExactly(areso);
    assertThat(handWritten).as("hand-written").containsExactly(areso);
    assertThat(easyRules).as("Easy Rules").containsExactly(areso);
    // and the set mixes the three verdicts, each at least a tenth of it
    assertThat(mix).containsOnlyKeys(Verdict.values());
    assertThat(mix.values()).allMatch(count -> count >= 1_000);
  }

  @Test
  void everyLibraryWalksTheCaseToItsClosure() {
    // given each library's definition, built once
    SpringWalk spring = new SpringWalk();
    Stateless4jWalk stateless4j = new Stateless4jWalk();
    SquirrelWalk squirrel = new SquirrelWalk();
    // when each restores the case and walks it, then it ends closed
    assertThat(Walk.walk().stage()).isEqualTo(EngagementStage.CLOSED);
    assertThat(spring.walk().stage).isEqualTo(EngagementStage.CLOSED);
    assertThat(stateless4j.walk().stage).isEqualTo(EngagementStage.CLOSED);
    assertThat(squirrel.walk().stage).isEqualTo(EngagementStage.CLOSED);
    // and again, from a fresh case each time
    assertThat(spring.walk().stage).isEqualTo(EngagementStage.CLOSED);
    assertThat(stateless4j.walk().stage).isEqualTo(EngagementStage.CLOSED);
    assertThat(squirrel.walk().stage).isEqualTo(EngagementStage.CLOSED);
  }

  @Test
  void theGuardsOfThePeersRefuseAStepTakenOutOfTurn() {
    // given a case whose consents were not given
    Case c = Case.restored();
    // when / then confirming is refused, and a stale version too
    assertThat(c.allows(new Case.Step(Case.Trigger.CONFIRM, 1, Case.Role.FACILITATOR, 0, true)))
        .isFalse();
    assertThat(c.allows(Case.WALK[1])).isFalse();
    assertThat(c.allows(Case.WALK[0])).isTrue();
  }

  @Test
  void theReplayedHistoryAndThePlainLoopAgree() {
    // given the 1,000-event history
    var history = Walk.history(ReplayBenchmark.EVENTS);
    // when
    Engagement areso = Engagement.replay(Walk.PROGRAMME, history, history.size()).get();
    MutableEngagement plain = MutableEngagement.apply(history);
    // then
    assertThat(history).hasSize(ReplayBenchmark.EVENTS);
    assertThat(plain.stage).isEqualTo(areso.stage()).isEqualTo(EngagementStage.CLOSED);
    assertThat(plain.version).isEqualTo(areso.version()).isEqualTo(1_000L);
    assertThat(plain.halfDays).isEqualTo(areso.file().halfDaysConsumed());
    assertThat(plain.contributions).hasSize(areso.conduct().contributions().size());
  }

  @Test
  void aresoAndJollydayAgreeOnTheWorkedDaysOfMoselleIn2024() {
    WorkingCalendar moselle = FrenchCalendars.of(Departement.parse("57").get());
    HolidayManager jollyday =
        HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.FRANCE));
    LocalDate.of(2024, 1, 1).datesUntil(LocalDate.of(2025, 1, 1)).forEach(day ->
        assertThat(CalendarBenchmark.worked(jollyday, day)).as("%s", day)
            .isEqualTo(moselle.isWorked(day)));
  }
}
