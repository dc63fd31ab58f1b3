package org.areso.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;
import org.junit.jupiter.api.Test;

/**
 * A structure known to fall under no item of CASF L.312-1, given as a typed empty list (a case
 * table writes {@code none}; an empty cell means unknown), and the windows as the Programme will
 * read them.
 */
class KnownEmptyItemsTest {

  static StructureBuilder hospital() {
    return Structure.builder().country("FR").departement("69").finessCategory("101")
        .casfItems(List.<CasfItem>empty());
  }

  @Test
  void aHospitalKnownToFallUnderNoItemIsNotASocialEstablishment() {
    // given
    Structure structure = hospital()
        .fundingSources(List.of(FundingSource.stateBudgetProgramme(177))).build().get();
    // when
    Decision decision = AresoSocial2023Policy.policy()
        .evaluate(Facts.of(structure).requestDate(LocalDate.of(2023, 9, 1)));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decision.reasonCodes()).containsExactly("CONDITION_NOT_MET", "CONDITION_NOT_MET");
    assertThat(decision.explain(Language.EN)).contains("CASF art. L.312-1");
  }

  @Test
  void anAssociationOutsideTheSectorIsNotEligibleToTheRegionalCall() {
    // given: a sports association of Lyon, no FINESS category, known to fall under no item
    Structure structure = Structure.builder().country("FR").departement("69")
        .legalForm("ASSOCIATION").finessCategory("999").casfItems(List.<CasfItem>empty())
        .build().get();
    // when
    Decision decision = AuraDialogueQvtPolicy.policy()
        .evaluate(Facts.of(structure).requestDate(LocalDate.of(2022, 9, 15)));
    // then
    assertThat(decision.verdict()).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decision.reasons()).hasSize(2);
  }

  @Test
  void theWindowsAreDatedParametersWhoseEdgesAreIncluded() {
    // then
    assertThat(AresoSocial2023Policy.requestWindow().start()).isEqualTo(LocalDate.of(2023, 7, 1));
    assertThat(AresoSocial2023Policy.requestWindow().end()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(AresoSocial2023Policy.openToRequests().valueOn(LocalDate.of(2024, 4, 30)).get())
        .isTrue();
    assertThat(AresoSocial2023Policy.openToRequests().valueOn(LocalDate.of(2024, 5, 1))
        .isEmpty()).isTrue();
  }
}
