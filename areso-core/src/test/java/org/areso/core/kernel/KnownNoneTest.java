package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A structure's FINESS category, CASF items and funders may be known to be none ({@code none},
 * {@code aucun}, {@code aucune}), which is not unknown (an empty text).
 */
class KnownNoneTest {

  @ParameterizedTest
  @ValueSource(strings = {"none", "NONE", "aucun", "Aucun", "aucune", "AUCUNE", " none\u00A0"})
  void readsTheNoneWordsInAnyCaseAsItemsKnownToBeNone(String word) {
    // when
    Structure structure = Structure.builder().casfItems(word).build().get();
    // then
    assertThat(structure.casfItems()).contains(LinkedHashSet.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "Aucun", "aucune"})
  void readsTheNoneWordsAsFundersKnownToBeNone(String word) {
    // when
    Structure structure = Structure.builder().fundingSources(word).build().get();
    // then
    assertThat(structure.fundingSources()).contains(LinkedHashSet.empty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "AUCUN", "Aucune"})
  void readsTheNoneWordsAsACategoryKnownToBeNone(String word) {
    // when
    Structure structure = Structure.builder().finessCategory(word).build().get();
    // then
    assertThat(structure.finessCategory()).contains(FinessCategory.none());
  }

  @Test
  void theTextNoneAndTheTypedNoneBuildEqualStructures() {
    // when
    Structure typed = Structure.builder().finessCategory(FinessCategory.none())
        .casfItems(List.<CasfItem>empty()).fundingSources(List.<FundingSource>empty())
        .build().get();
    Structure text = Structure.builder().finessCategory("none").casfItems("aucun")
        .fundingSources("aucune").build().get();
    // then
    assertThat(text).isEqualTo(typed);
  }

  @Test
  void anEmptyCellStaysUnknownNotNone() {
    // when
    Structure unknown = Structure.builder().finessCategory("").casfItems(" ")
        .fundingSources("").build().get();
    Structure none = Structure.builder().finessCategory("none").casfItems("none")
        .fundingSources("none").build().get();
    // then
    assertThat(unknown.finessCategory()).isEmpty();
    assertThat(unknown.casfItems()).isEmpty();
    assertThat(unknown.fundingSources()).isEmpty();
    assertThat(unknown).isNotEqualTo(none);
  }

  @Test
  void refusesNoneBesideAnItemWithItsReason() {
    // when
    Validation<Seq<Reason>, Structure> result = Structure.builder().casfItems("none|8").build();
    // then
    assertThat(result.getError())
        .containsExactly(new FieldReason.NoneWithValues(CasfItem.FIELD, "none|8"));
    assertThat(result.getError().single().code()).isEqualTo("NONE_WITH_VALUES");
  }

  @Test
  void theNoneBesideValuesReasonNamesTheFieldAndTheValueInFrenchAndEnglish() {
    // given
    Reason reason = Structure.builder().fundingSources("P177|aucun").build().getError().single();
    // then
    assertThat(reason.message(Language.FR))
        .isEqualTo("Le champ « funding » vaut « P177|aucun » : « aucun » ne peut pas accompagner"
            + " d'autres valeurs ; donnez soit « aucun », soit les valeurs, ou laissez le champ"
            + " vide si vous ne savez pas.");
    assertThat(reason.message(Language.EN))
        .isEqualTo("Field 'funding' is 'P177|aucun': 'none' cannot go with other values; give"
            + " either 'none' or the values, or leave the field empty if unknown.");
  }

  @Test
  void reportsNoneBesideValuesTogetherWithTheValuesOwnReasons() {
    // when
    Validation<Seq<Reason>, Structure> result = Structure.builder()
        .fundingSources("none|BANK").casfItems("99|aucune").build();
    // then
    assertThat(result.getError().map(Reason::code)).containsExactly(
        "NONE_WITH_VALUES", "UNKNOWN_VALUE", "NONE_WITH_VALUES", "UNKNOWN_VALUE");
    assertThat(result.getError().map(r -> ((FieldReason) r).field()))
        .containsExactly("casf_item", "casf_item", "funding", "funding");
  }

  @Test
  void noneRepeatedIsStillNone() {
    // when
    Structure structure = Structure.builder().casfItems("none|Aucun").build().get();
    // then
    assertThat(structure.casfItems()).contains(LinkedHashSet.empty());
  }

  @Test
  void aCategoryAndItemsKnownToBeNoneDoNotMakeASwissStructureFrench() {
    // when
    Validation<Seq<Reason>, Structure> result = Structure.builder().country("CH").canton("VD")
        .finessCategory("none").casfItems("none").build();
    // then
    assertThat(result.isValid()).isTrue();
  }

  @Test
  void aKnownCategoryOnASwissStructureIsStillAContradiction() {
    // when
    Validation<Seq<Reason>, Structure> result = Structure.builder().country("CH")
        .finessCategory("214").build();
    // then
    assertThat(result.getError())
        .containsExactly(new FieldReason.Inconsistent("finess_category", "214", "country", "CH"));
  }

  @Test
  void noneIsRefusedWhereEveryStructureHasAValue() {
    // when
    Validation<Seq<Reason>, Structure> result = Structure.builder().country("none")
        .legalForm("aucune").build();
    // then
    assertThat(result.getError().map(Reason::code))
        .containsExactly("UNKNOWN_VALUE", "UNKNOWN_VALUE");
  }

  @Test
  void theCategoryParserReadsOnlyCodesNeverNone() {
    // when
    Validation<Seq<Reason>, FinessCategory> parsed = FinessCategory.parse("none");
    // then
    assertThat(parsed.getError().map(Reason::code)).containsExactly("FIELD_MALFORMED");
  }

  @Test
  void noneIsACategoryOfItsOwnDistinctFromEveryCode() {
    // given
    FinessCategory chrs = FinessCategory.parse("214").get();
    // then
    assertThat(FinessCategory.none().isNone()).isTrue();
    assertThat(chrs.isNone()).isFalse();
    assertThat(FinessCategory.none()).isNotEqualTo(chrs);
    assertThat(FinessCategory.none().code()).isEqualTo("none");
  }
}
