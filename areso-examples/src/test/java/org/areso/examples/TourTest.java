package org.areso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Structure;
import org.areso.core.planning.Plan;
import org.junit.jupiter.api.Test;

/** The guide's tour (docs/GUIDE.md) runs and says what the guide says it does. */
class TourTest {

  @Test
  void theKernelReadsTheStructureAndKeepsStaffRepresentationUnknown() {
    Structure structure = Tour.kernel().get();
    assertThat(structure.hasStaffRepresentation()).isEmpty();
    assertThat(structure.siren().get().value()).isEqualTo("732829320");
  }

  @Test
  void theLegalDataCitesTheArticleAndNamesTheProgrammes() {
    assertThat(Tour.legalData()).containsExactly("CASF art. L.312-1 I 8°", "I_8",
        "P177,P303,P104,P304,P157,P182");
  }

  @Test
  void aFundedChrsRequestedInSeptember2023IsEligibleAndOneWithoutFundingIsUndetermined() {
    // given
    Structure funded = Tour.kernel().get();
    Structure fundingUnknown = Structure.builder().casfItems("8").build().get();
    // when
    Decision eligible = Tour.eligibility(funded, LocalDate.of(2023, 9, 1));
    Decision undetermined = Tour.eligibility(fundingUnknown, LocalDate.of(2023, 9, 1));
    Decision late = Tour.eligibility(funded, LocalDate.of(2024, 5, 2));
    // then
    assertThat(eligible.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(undetermined.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(undetermined.missing()).containsExactly(Fact.FUNDING_SOURCES);
    assertThat(late.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(eligible.explain(Language.FR)).contains("CASF");
  }

  @Test
  void theAccompanimentInMoselleAvoidsGoodFridayAndTheUnavailableDay() {
    // when
    Plan plan = Tour.planning().get();
    // then
    assertThat(plan.sessions().map(s -> s.date()))
        .isNotEmpty()
        .doesNotContain(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 29),
            LocalDate.of(2024, 12, 26));
    assertThat(Tour.text(Language.EN)).isNotBlank();
  }

  @Test
  void theEthicsSnippetAuditsAnEngagementAndHoldsBackASmallFigure() {
    // given an engagement of the catalogue's areso-social-2023, just requested
    var programme = org.areso.rules.programme.Programmes.aresoSocial2023();
    var structure = Tour.kernel().get();
    var engagement = org.areso.core.engagement.Engagement.start(programme,
        new org.areso.core.engagement.EngagementCommand.RequestEngagement(
            org.areso.core.kernel.EngagementId.of("E-1").get(),
            org.areso.core.kernel.Stamp.of(new org.areso.core.kernel.Actor.Operator("o"),
                LocalDate.of(2023, 9, 1).atStartOfDay()),
            structure, org.areso.core.ethics.Origin.parties(
                org.areso.core.kernel.PartyRole.MANAGEMENT))).get().state();
    // when
    var results = Tour.ethics(engagement);
    // then
    assertThat(((org.areso.core.ethics.Audit) results.get(0)).isClean()).isTrue();
    assertThat(((io.vavr.control.Either<?, ?>) results.get(1)).isLeft()).isTrue();
  }
}
