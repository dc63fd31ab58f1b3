package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * Equality and text of the small kernel values read from a file: what PIT showed no core test
 * pinned (docs/RELIABILITY.md, item 2).
 */
class SmallValueTest {

  @Test
  void registryNumbersAreEqualByTheirDigitsOnly() {
    // given
    Siret siret = Siret.parse("732 829 320 00074").get();
    Finess finess = Finess.parse("750712184").get();
    SwissUid uid = SwissUid.parse("che123456788").get();
    // when / then
    assertThat(siret).isEqualTo(Siret.parse("73282932000074").get())
        .hasSameHashCodeAs(Siret.parse("73282932000074").get())
        .isNotEqualTo(Siret.parse("35600000000048").get()).isNotEqualTo(siret.siren());
    assertThat(siret.value()).isEqualTo("73282932000074");
    assertThat(finess).isEqualTo(Finess.parse("750 712 184").get())
        .hasSameHashCodeAs(Finess.parse("750 712 184").get())
        .isNotEqualTo(Finess.parse("2A0000123").get()).isNotEqualTo("750712184");
    assertThat(uid).isEqualTo(SwissUid.parse("CHE-123.456.788").get())
        .hasSameHashCodeAs(SwissUid.parse("CHE-123.456.788").get())
        .isNotEqualTo(SwissUid.parse("CHE-100.000.041").get()).isNotEqualTo("CHE-123.456.788");
  }

  @Test
  void aDepartementIsEqualByItsInseeCodeAndPrintsIt() {
    // given
    Departement ain = Departement.parse("1").get();
    // when / then
    assertThat(ain).isEqualTo(Departement.parse("01").get())
        .hasSameHashCodeAs(Departement.parse("01").get())
        .isNotEqualTo(Departement.parse("69").get()).isNotEqualTo("01");
    assertThat(ain.toString()).isEqualTo("01");
    assertThat(Departement.parse("2a").get().toString()).isEqualTo("2A");
  }

  @Test
  void aFinessCategoryIsEqualByItsThreeDigitsAndPrintsThem() {
    // given
    FinessCategory chrs = FinessCategory.parse(" 214 ").get();
    // when / then
    assertThat(chrs).isEqualTo(FinessCategory.parse("214").get())
        .hasSameHashCodeAs(FinessCategory.parse("214").get())
        .isNotEqualTo(FinessCategory.parse("215").get()).isNotEqualTo("214");
    assertThat(chrs.toString()).isEqualTo("214");
  }

  @Test
  void aPairIsEqualToTheSameTwoPeopleAndPrintsOnlyTheirIdentifiers() {
    // given
    Facilitator anact = Facilitator.of(FacilitatorId.of("F-1").get(),
        FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER);
    Facilitator consultant = Facilitator.of(FacilitatorId.of("F-2").get(),
        FacilitatorKind.INDEPENDENT_CONSULTANT);
    Facilitator other = Facilitator.of(FacilitatorId.of("F-3").get(), FacilitatorKind.OTHER);
    // when
    Facilitators pair = Facilitators.pair(anact, consultant).get();
    // then
    assertThat(pair).isEqualTo(Facilitators.pair(anact, consultant).get())
        .hasSameHashCodeAs(Facilitators.pair(anact, consultant).get())
        .isNotEqualTo(Facilitators.pair(anact, other).get())
        .isNotEqualTo(Facilitators.pair(other, consultant).get());
    assertThat(pair.toString()).isEqualTo("Facilitators[F-1, F-2]");
  }

  @Test
  void identifiersAndReferencesPrintWhatAPersonReads() {
    // given
    LegalReference reference = LegalReference.builder().code("CASF").article("L.312-1")
        .item("I 8°").verified(true).build().get();
    // when / then
    assertThat(PartyId.of(" cse ").get().toString()).isEqualTo("cse");
    assertThat(reference.toString()).isEqualTo("CASF art. L.312-1 I 8°");
  }

  @Test
  void regionsAndFacilitatorKindsCarryTheirCodesAndLabels() {
    // when / then
    assertThat(Region.ILE_DE_FRANCE.inseeCode()).isEqualTo("11");
    assertThat(Region.ILE_DE_FRANCE.frenchName()).isEqualTo("Île-de-France");
    assertThat(Region.PROVENCE_ALPES_COTE_D_AZUR.frenchName())
        .isEqualTo("Provence-Alpes-Côte d'Azur");
    assertThat(FacilitatorKind.SOCIAL_WORKER.label().in(Language.FR))
        .isEqualTo("assistant social du travail");
    assertThat(FacilitatorKind.SOCIAL_WORKER.label().in(Language.EN))
        .isEqualTo("workplace social worker");
  }

  @Test
  void aFunderOtherThanAStateProgrammeIsFoundByItsKind() {
    // when / then
    assertThat(FundingSource.of(FundingSource.Kind.CANTON).code()).isEqualTo("CANTON");
    assertThat(FundingSource.of(FundingSource.Kind.REGION).kind())
        .isEqualTo(FundingSource.Kind.REGION);
    assertThat(FundingSource.of(FundingSource.Kind.HEALTH_INSURANCE).code()).isEqualTo("ARS");
    assertThatThrownBy(() -> FundingSource.of(FundingSource.Kind.STATE_BUDGET_PROGRAMME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a State budget programme needs its number");
  }
}
