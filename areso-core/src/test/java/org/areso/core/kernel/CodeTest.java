package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The enumerated codes a host passes as text: countries, cantons, regions, départements… */
class CodeTest {

  @Test
  void readsCountriesInAnyCase() {
    assertThat(Country.parse(" fr ").get()).isEqualTo(Country.FR);
    assertThat(Country.parse("Suisse").get()).isEqualTo(Country.CH);
    FieldReason.UnknownValue reason =
        (FieldReason.UnknownValue) Country.parse("DE").getError().single();
    assertThat(reason.accepted()).containsExactly("FR", "CH");
  }

  @Test
  void knowsAllTwentySixCantons() {
    assertThat(Canton.values()).hasSize(26);
    assertThat(Canton.parse("ge").get()).isEqualTo(Canton.GE);
    assertThat(Canton.GE.frenchName()).isEqualTo("Genève");
    assertThat(Canton.parse("XX").getError().single().code()).isEqualTo("UNKNOWN_VALUE");
    // or by its name in German, French or Italian, accents and separators as typed or not
    assertThat(Canton.parse("Zürich").get()).isEqualTo(Canton.ZH);
    assertThat(Canton.parse("zurich").get()).isEqualTo(Canton.ZH);
    assertThat(Canton.parse("Tessin").get()).isEqualTo(Canton.TI);
    assertThat(Canton.parse(" Ticino ").get()).isEqualTo(Canton.TI);
    assertThat(Canton.parse("St. Gallen").get()).isEqualTo(Canton.SG);
    assertThat(Canton.parse("st-gallen").get()).isEqualTo(Canton.SG);
    assertThat(Canton.parse("Bâle-Ville").get()).isEqualTo(Canton.BS);
    assertThat(Canton.parse("Basel Stadt").get()).isEqualTo(Canton.BS);
    assertThat(Canton.parse("Genf").get()).isEqualTo(Canton.GE);
    assertThat(Canton.parse("Zuerich").get()).isEqualTo(Canton.ZH);
    assertThat(Canton.parse("Graubuenden").get()).isEqualTo(Canton.GR);
    assertThat(Canton.parse("Schwytz").get()).isEqualTo(Canton.SZ);
    assertThat(Canton.parse("Neuenburg").get()).isEqualTo(Canton.NE);
    assertThat(Canton.parse("Canton de Vaud").get()).isEqualTo(Canton.VD);
    assertThat(Canton.parse("canton d'Argovie").get()).isEqualTo(Canton.AG);
    assertThat(Canton.parse("Cantone dei Grigioni").get()).isEqualTo(Canton.GR);
    assertThat(Canton.parse("Kt. Zürich").get()).isEqualTo(Canton.ZH);
    assertThat(Canton.parse("Appenzell").getError().single().code()).isEqualTo("UNKNOWN_VALUE");
    assertThat(List.of(Canton.values()).map(c -> Canton.parse(c.frenchName()).get()))
        .containsExactly(Canton.values());
  }

  @Test
  void knowsEighteenRegionsByInseeCodeOrName() {
    assertThat(Region.values()).hasSize(18);
    assertThat(Region.parse("84").get()).isEqualTo(Region.AUVERGNE_RHONE_ALPES);
    assertThat(Region.parse("grand_est").get()).isEqualTo(Region.GRAND_EST);
  }

  @Test
  void knowsEveryDepartementAndItsRegion() {
    // 96 in metropolitan France (2A and 2B for 20), 5 overseas départements, 3 collectivities
    assertThat(Departement.all()).hasSize(104);
    assertThat(Departement.parse("1").get().code()).isEqualTo("01");
    assertThat(Departement.parse("2a").get().region()).contains(Region.CORSE);
    assertThat(Departement.parse("57").get().isAlsaceMoselle()).isTrue();
    assertThat(Departement.parse("69").get().isAlsaceMoselle()).isFalse();
    assertThat(Departement.parse("974").get().region()).contains(Region.REUNION);
    assertThat(Departement.parse("977").get().region()).isEmpty();
    assertThat(Departement.parse("977").get().isOverseas()).isTrue();
    assertThat(Departement.parse("20").isInvalid()).isTrue();
    assertThat(Departement.parse("96").isInvalid()).isTrue();
    // every region has at least one département
    assertThat(Departement.all().flatMap(Departement::region).distinct()).hasSize(18);
  }

  @Test
  void readsCasfItemsAsTheCodeWritesThem() {
    assertThat(CasfItem.values()).hasSize(18);
    assertThat(CasfItem.parse("8").get()).isEqualTo(CasfItem.I_8);
    assertThat(CasfItem.parse("08").get()).isEqualTo(CasfItem.I_8);
    assertThat(CasfItem.parse("8°").get()).isEqualTo(CasfItem.I_8);
    assertThat(CasfItem.parse("5° a)").get()).isEqualTo(CasfItem.I_5A);
    assertThat(CasfItem.parse("5B").get()).isEqualTo(CasfItem.I_5B);
    assertThat(CasfItem.parse("5").isInvalid()).isTrue();
    assertThat(CasfItem.parse("18").isInvalid()).isTrue();
  }

  @Test
  void aCasfItemsNumberIsWrittenAsTheCodeWritesItAndListedWhenTheTextIsNone() {
    // when
    FieldReason.UnknownValue reason =
        (FieldReason.UnknownValue) CasfItem.parse("18").getError().single();
    // then
    assertThat(CasfItem.I_5A.number()).isEqualTo("5a");
    assertThat(CasfItem.I_17.number()).isEqualTo("17");
    assertThat(reason.accepted()).containsExactly("1", "2", "3", "4", "5a", "5b", "6", "7", "8",
        "9", "10", "11", "12", "13", "14", "15", "16", "17");
  }

  @Test
  void readsFundingSources() {
    assertThat(FundingSource.parse("p177").get()).isEqualTo(FundingSource.stateBudgetProgramme(177));
    assertThat(FundingSource.parse("P177").get().isStateBudgetProgramme()).isTrue();
    assertThat(FundingSource.parse("ars").get())
        .isEqualTo(FundingSource.of(FundingSource.Kind.HEALTH_INSURANCE));
    assertThat(FundingSource.parse("OWN").get().kind())
        .isEqualTo(FundingSource.Kind.OWN_RESOURCES);
    assertThat(FundingSource.parse("P17").isInvalid()).isTrue();
    assertThat(FundingSource.parse("BANK").getError().single().code()).isEqualTo("UNKNOWN_VALUE");
  }

  @Test
  void aProgrammeCodeIsReadExactlyWhenItsNumberMakesAProgramme() {
    for (int number = 0; number <= 999; number++) {
      // given
      String code = String.format("P%03d", number);
      boolean aProgramme = number >= 100;
      // when
      var read = FundingSource.parse(code);
      // then
      assertThat(read.isValid()).as(code).isEqualTo(aProgramme);
      if (aProgramme) {
        assertThat(read.get()).as(code).isEqualTo(FundingSource.stateBudgetProgramme(number));
      }
    }
  }

  @Test
  void aProgrammeNumberUnderOneHundredIsRefusedWithTheCodesAccepted() {
    // when
    FieldReason.UnknownValue reason =
        (FieldReason.UnknownValue) FundingSource.parse("p042").getError().single();
    // then
    assertThat(reason.value()).isEqualTo("P042");
    assertThat(reason.accepted())
        .containsExactly("P100…P999", "ARS", "DEPARTEMENT", "REGION", "OWN", "CANTON");
  }

  @Test
  void readsInterventionContextsInAnyCase() {
    assertThat(InterventionContext.parse(" preventive ").get())
        .isEqualTo(InterventionContext.PREVENTIVE);
    assertThat(InterventionContext.parse("urgent").getError().single().code())
        .isEqualTo("UNKNOWN_VALUE");
  }

  @Test
  void readsLegalFormsInEnglishOrFrench() {
    assertThat(LegalForm.parse("association").get()).isEqualTo(LegalForm.ASSOCIATION);
    assertThat(LegalForm.parse("Fondation").get()).isEqualTo(LegalForm.FOUNDATION);
    assertThat(LegalForm.parse("public_body").get()).isEqualTo(LegalForm.PUBLIC_BODY);
    assertThat(LegalForm.parse("trust").isInvalid()).isTrue();
    // and in German or Italian, as a Swiss host's records write them
    assertThat(LegalForm.parse("Stiftung").get()).isEqualTo(LegalForm.FOUNDATION);
    assertThat(LegalForm.parse("Verein").get()).isEqualTo(LegalForm.ASSOCIATION);
    assertThat(LegalForm.parse("GmbH").get()).isEqualTo(LegalForm.COMPANY);
    assertThat(LegalForm.parse("Sàrl").get()).isEqualTo(LegalForm.COMPANY);
    assertThat(LegalForm.parse("Genossenschaft").get()).isEqualTo(LegalForm.COOPERATIVE);
    assertThat(LegalForm.parse("fondazione").get()).isEqualTo(LegalForm.FOUNDATION);
    assertThat(LegalForm.parse("società").get()).isEqualTo(LegalForm.COMPANY);
    assertThat(LegalForm.parse("Sagl").get()).isEqualTo(LegalForm.COMPANY);
  }

  @ParameterizedTest
  @CsvSource({
      "SAS, COMPANY", "sasu, COMPANY", "S.A.S., COMPANY", "EURL, COMPANY", "S.A.R.L., COMPANY",
      "SCI, COMPANY", "Société par actions simplifiée, COMPANY", "SCOP, COOPERATIVE",
      "SCIC, COOPERATIVE", "association loi 1901, ASSOCIATION", "Association  déclarée, ASSOCIATION",
      "association loi 1908, ASSOCIATION", "'fondation reconnue d’utilité publique', FOUNDATION",
      "commune, PUBLIC_BODY", "Établissement public, PUBLIC_BODY", "etablissement-public, PUBLIC_BODY",
      "EPIC, PUBLIC_BODY", "CCAS, PUBLIC_BODY", "EI, OTHER", "entreprise individuelle, OTHER",
      "GIE, OTHER", "institution de prévoyance, MUTUAL",
      // INSEE legal categories, by their second level
      "5710, COMPANY", "5499, COMPANY", "9220, ASSOCIATION", "9300, FOUNDATION",
      "7210, PUBLIC_BODY", "7364, PUBLIC_BODY", "4110, PUBLIC_BODY", "8210, MUTUAL", "6316, COOPERATIVE", "1000, OTHER",
      "6220, OTHER", "5191, COOPERATIVE", "6540, COMPANY"})
  void readsFrenchFormsAsARegisterWritesThem(String raw, LegalForm expected) {
    assertThat(LegalForm.parse(raw).get()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"S A S", "0000", "3", "0910", "57100", "SASSU", "association loi",
      "entreprise"})
  void refusesWhatIsNeitherAFormNorACategory(String raw) {
    var reason = LegalForm.parse(raw).getError().single();
    assertThat(reason.code()).isEqualTo("UNKNOWN_VALUE");
    // the text is quoted as it was typed
    assertThat(((FieldReason.UnknownValue) reason).value()).isEqualTo(raw);
  }

  @Test
  void readsFinessCategoriesOfThreeDigits() {
    assertThat(FinessCategory.parse("214").get().code()).isEqualTo("214");
    assertThat(FinessCategory.parse("21").isInvalid()).isTrue();
    assertThat(FinessCategory.parse("2144").isInvalid()).isTrue();
  }
}
