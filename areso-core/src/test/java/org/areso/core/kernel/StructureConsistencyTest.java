package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The contradictions a structure is checked for, with the values each reason quotes. */
class StructureConsistencyTest {

  @Test
  void aSwissStructureQuotesEveryFrenchAttributeItWasGiven() {
    // when
    Seq<Reason> reasons = Structure.builder().country("CH").siret("73282932000074")
        .finess("750712184").departement("75").region("11").finessCategory("214")
        .casfItems("8|5a").build().getError();
    // then
    assertThat(reasons).containsExactly(
        new FieldReason.Inconsistent("siren", "732829320", "country", "CH"),
        new FieldReason.Inconsistent("siret", "73282932000074", "country", "CH"),
        new FieldReason.Inconsistent("finess", "750712184", "country", "CH"),
        new FieldReason.Inconsistent("departement", "75", "country", "CH"),
        new FieldReason.Inconsistent("region", "11", "country", "CH"),
        new FieldReason.Inconsistent("finess_category", "214", "country", "CH"),
        new FieldReason.Inconsistent("casf_item", "8|5a", "country", "CH"));
  }

  @Test
  void aFrenchStructureQuotesEverySwissAttributeItWasGiven() {
    // when
    Seq<Reason> reasons = Structure.builder().country(Country.FR).uid("CHE-123.456.788")
        .canton("vd").build().getError();
    // then
    assertThat(reasons).containsExactly(
        new FieldReason.Inconsistent("uid", "CHE-123.456.788", "country", "FR"),
        new FieldReason.Inconsistent("canton", "VD", "country", "FR"));
    assertThat(reasons.head().message(Language.EN)).contains("CHE-123.456.788", "FR");
  }

  @Test
  void aLocationGivenWithoutItsCountrySaysTheCountry() {
    assertThat(Structure.builder().canton("TI").build().get().country()).contains(Country.CH);
    assertThat(Structure.builder().departement("03").build().get().country())
        .contains(Country.FR);
    assertThat(Structure.builder().region("84").build().get().country()).contains(Country.FR);
    // an identifier says where a structure is registered, not where it is
    assertThat(Structure.builder().uid("CHE-123.456.788").build().get().country()).isEmpty();
    assertThat(Structure.builder().siret("73282932000074").build().get().country()).isEmpty();
    // a country given is kept, and checked against the location
    assertThat(Structure.builder().country("CH").canton("GE").build().get().country())
        .contains(Country.CH);
    assertThat(Structure.builder().country("FR").canton("GE").build().getError())
        .containsExactly(new FieldReason.Inconsistent("canton", "GE", "country", "FR"));
  }

  @Test
  void aSwissAndAFrenchLocationWithoutACountryContradictEachOtherNotACountryNeverGiven() {
    // when
    Seq<Reason> reasons = Structure.builder().canton("GE").departement("74").build().getError();
    // then
    assertThat(reasons).containsExactly(
        new FieldReason.Inconsistent("departement", "74", "canton", "GE"));
  }

  @Test
  void anEmptyListOfCasfItemsIsNoFrenchAttribute() {
    // when
    var swiss = Structure.builder().country(Country.CH).casfItems(List.empty()).build();
    // then
    assertThat(swiss.get().casfItems()).contains(io.vavr.collection.LinkedHashSet.empty());
  }

  @Test
  void aDepartementOutsideTheGivenRegionQuotesBothCodes() {
    // when
    Seq<Reason> reasons = Structure.builder().departement("69").region("11").build().getError();
    // then
    assertThat(reasons).containsExactly(
        new FieldReason.Inconsistent("departement", "69", "region", "11"));
  }

  @Test
  void aStructureCanBeBuiltFromValuesAlreadyRead() {
    // given
    Siret siret = Siret.parse("73282932000074").get();
    Finess finess = Finess.parse("750712184").get();
    Departement paris = Departement.parse("75").get();
    FinessCategory chrs = FinessCategory.parse("214").get();
    // when
    Structure structure = Structure.builder().siren(siret.siren()).siret(siret).finess(finess)
        .departement(paris).region(Region.ILE_DE_FRANCE).finessCategory(chrs)
        .country(Country.FR).build().get();
    Structure swiss = Structure.builder().uid(SwissUid.parse("CHE-123.456.788").get())
        .country(Country.CH).build().get();
    // then
    assertThat(structure.siret()).contains(siret);
    assertThat(structure.siren()).contains(siret.siren());
    assertThat(structure.finess()).contains(finess);
    assertThat(structure.departement()).contains(paris);
    assertThat(structure.region()).contains(Region.ILE_DE_FRANCE);
    assertThat(structure.finessCategory()).contains(chrs);
    assertThat(swiss.uid().map(SwissUid::value)).contains("CHE-123.456.788");
  }

  @Test
  void aMissingItemInAListGivenByTheCallerIsAProgrammerError() {
    // when / then
    assertThatNullPointerException().isThrownBy(() -> Structure.builder()
        .casfItems(Arrays.asList(CasfItem.I_8, null))).withMessage("items[]");
    assertThatNullPointerException().isThrownBy(() -> Structure.builder()
        .fundingSources(Arrays.asList(FundingSource.of(FundingSource.Kind.REGION), null)))
        .withMessage("sources[]");
  }
}
