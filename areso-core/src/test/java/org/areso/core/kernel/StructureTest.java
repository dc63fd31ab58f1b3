package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;

class StructureTest {

  @Test
  void everyAttributeIsUnknownUntilSet() {
    // when
    Structure structure = Structure.builder().build().get();
    // then
    assertThat(structure.country()).isEmpty();
    assertThat(structure.hasStaffRepresentation()).isEmpty();
    assertThat(structure.fundingSources()).isEmpty();
    assertThat(structure.casfItems()).isEmpty();
  }

  @Test
  void unknownIsNotNo() {
    // when
    Structure none = Structure.builder().staffRepresentation("no").fundingSources(HashSet.empty())
        .build().get();
    Structure unknown = Structure.builder().staffRepresentation("").fundingSources("  ")
        .build().get();
    // then
    assertThat(none.hasStaffRepresentation()).contains(false);
    assertThat(none.fundingSources()).contains(HashSet.empty());
    assertThat(unknown.hasStaffRepresentation()).isEmpty();
    assertThat(unknown.fundingSources()).isEmpty();
    assertThat(none).isNotEqualTo(unknown);
  }

  @Test
  void readsAFrenchSocialEstablishmentFromText() {
    // when
    Structure chrs = Structure.builder()
        .name("CHRS Les Tilleuls")
        .siret("73282932000074")
        .finess("750712184")
        .country("fr")
        .departement("75")
        .legalForm("association")
        .headcount("42")
        .finessCategory("214")
        .casfItems("8")
        .fundingSources("P177|ARS")
        .staffRepresentation("oui")
        .build()
        .get();
    // then
    assertThat(chrs.siren().map(Siren::value)).contains("732829320");
    assertThat(chrs.region()).contains(Region.ILE_DE_FRANCE);
    assertThat(chrs.headcount()).contains(42);
    assertThat(chrs.casfItems().get()).containsExactly(CasfItem.I_8);
    assertThat(chrs.fundingSources().get().map(FundingSource::code)).containsExactly("P177", "ARS");
    assertThat(chrs.fundingSources().get().exists(FundingSource::isStateBudgetProgramme)).isTrue();
    assertThat(chrs.legalForm()).contains(LegalForm.ASSOCIATION);
    assertThat(chrs.hasStaffRepresentation()).contains(true);
  }

  @Test
  void readsASwissStructureAsASwissHostTypesIt() {
    // when
    Structure heim = Structure.builder().uid("CHE-123.456.788 MWST").canton("Zürich")
        .legalForm("Stiftung").staffRepresentation("ja").build().get();
    // then
    assertThat(heim.country()).contains(Country.CH);
    assertThat(heim.canton()).contains(Canton.ZH);
    assertThat(heim.legalForm()).contains(LegalForm.FOUNDATION);
    assertThat(heim.hasStaffRepresentation()).contains(true);
    assertThat(StructureBuilder.yesOrNo("nein")).contains(false);
    assertThat(StructureBuilder.yesOrNo("Sì")).contains(true);
    assertThat(StructureBuilder.yesOrNo("si")).contains(true);
    assertThat(StructureBuilder.yesOrNo("vielleicht")).isEmpty();
    // and the words of an agency's records in German and Italian
    Structure casa = Structure.builder().country("Svizzera").canton("Cantone Ticino")
        .legalForm("ente pubblico").headcount("1'200").fundingSources("cantone")
        .casfItems("nessuno").build().get();
    assertThat(casa.country()).contains(Country.CH);
    assertThat(casa.canton()).contains(Canton.TI);
    assertThat(casa.legalForm()).contains(LegalForm.PUBLIC_BODY);
    assertThat(casa.headcount()).contains(1200);
    assertThat(casa.fundingSources().get().map(FundingSource::kind))
        .containsExactly(FundingSource.Kind.CANTON);
    assertThat(casa.casfItems().get()).isEmpty();
    Structure ag = Structure.builder().canton("Kanton ZH").headcount("1 234 567")
        .country("Schweiz").legalForm("Aktiengesellschaft").fundingSources("Kanton")
        .finessCategory("keine").build().get();
    assertThat(ag.canton()).contains(Canton.ZH);
    assertThat(ag.headcount()).contains(1_234_567);
    assertThat(ag.country()).contains(Country.CH);
    assertThat(ag.legalForm()).contains(LegalForm.COMPANY);
    assertThat(ag.fundingSources().get().map(FundingSource::kind))
        .containsExactly(FundingSource.Kind.CANTON);
    assertThat(ag.finessCategory().get().isNone()).isTrue();
    assertThat(Structure.builder().country("Francia").departement("74").canton(" Kt. GE ")
        .build().getError().map(Reason::code)).containsOnly("INCONSISTENT_FIELDS");
    assertThat(Structure.builder().legalForm("öffentlich").casfItems("nessuna")
        .legalForm("société anonyme").build().get().legalForm()).contains(LegalForm.COMPANY);
    // thousands are grouped by threes, by one separator throughout; anything else is refused
    for (String typo : List.of("1'2a0", "1'2'3", "12 34 56", "12'34", "1''200", "'1200",
        "1200'", "1'200 000", "1\t200")) {
      assertThat(Structure.builder().headcount(typo).build().getError().head().code())
          .as(typo).isEqualTo("FIELD_MALFORMED");
    }
  }

  @Test
  void reportsEveryBadAttributeNotOnlyTheFirst() {
    // when
    Validation<Seq<Reason>, Structure> result = Structure.builder()
        .siret("12345678901234")
        .finess("ABC")
        .headcount("-3")
        .country("DE")
        .casfItems("8|99|5c")
        .fundingSources("P177|BANK")
        .staffRepresentation("maybe")
        .build();
    // then
    assertThat(result.getError().map(r -> ((FieldReason) r).field())).containsExactly(
        "siret", "finess", "country", "headcount", "casf_item", "casf_item", "funding",
        "staff_representation");
  }

  @Test
  void reportsContradictionsAmongTheAttributesReadEvenWhenOthersAreBad() {
    // when
    Seq<Reason> reasons = Structure.builder().siret("bad").country("FR").canton("VD")
        .build().getError();
    // then
    assertThat(reasons.map(Reason::code)).containsExactly("FIELD_MALFORMED", "INCONSISTENT_FIELDS");
  }

  @Test
  void headcountIsBounded() {
    assertThat(Structure.builder().headcount(-1).build().getError().head().code())
        .isEqualTo("OUT_OF_RANGE");
    assertThat(Structure.builder().headcount("99999999999999999999").build().getError().head()
        .code()).isEqualTo("OUT_OF_RANGE");
    assertThat(Structure.builder().headcount(0).build().get().headcount()).contains(0);
  }

  @Test
  void aSiretMustBelongToTheSiren() {
    // when
    Seq<Reason> reasons = Structure.builder().siren("356000000").siret("73282932000074")
        .build().getError();
    // then
    FieldReason.Inconsistent reason = (FieldReason.Inconsistent) reasons.single();
    assertThat(reason.field()).isEqualTo("siret");
    assertThat(reason.otherField()).isEqualTo("siren");
  }

  @Test
  void aDepartementMustLieInTheRegionAndMatchTheFiness() {
    // when
    Seq<Reason> reasons = Structure.builder().departement("69").region("11").finess("750712184")
        .build().getError();
    // then
    assertThat(reasons.map(r -> ((FieldReason) r).field())).containsExactly("finess", "departement");
    assertThat(reasons).allMatch(r -> r.code().equals("INCONSISTENT_FIELDS"));
  }

  @Test
  void frenchAndSwissAttributesDoNotMix() {
    // given
    Seq<Reason> swissWithSiret = Structure.builder().country("CH").siret("73282932000074")
        .build().getError();
    Seq<Reason> frenchWithCanton = Structure.builder().country("FR").canton("VD")
        .build().getError();
    Seq<Reason> unknownCountryWithBoth = Structure.builder().departement("74").canton("GE")
        .build().getError();
    // then (the SIRET also implies its SIREN, both are French attributes)
    assertThat(swissWithSiret.map(r -> ((FieldReason) r).field())).containsExactly("siren", "siret");
    assertThat(frenchWithCanton.map(r -> ((FieldReason) r).field())).containsExactly("canton");
    assertThat(unknownCountryWithBoth.map(r -> ((FieldReason.Inconsistent) r).otherField()))
        .containsExactly("canton");
  }

  @Test
  void aSwissCareHomeReadsCleanly() {
    // when
    Structure ems = Structure.builder().country(Country.CH).canton(Canton.VD)
        .uid("CHE-123.456.788").legalForm(LegalForm.FOUNDATION).headcount(80)
        .fundingSources("CANTON").build().get();
    // then
    assertThat(ems.canton()).contains(Canton.VD);
    assertThat(ems.region()).isEmpty();
    assertThat(ems.uid().map(SwissUid::value)).contains("CHE-123.456.788");
  }

  @Test
  void settingAnAttributeAgainReplacesItsEarlierReason() {
    // when
    Validation<Seq<Reason>, Structure> result = Structure.builder().siret("bad").siret("")
        .build();
    // then
    assertThat(result.isValid()).isTrue();
    assertThat(result.get().siret()).isEqualTo(Option.none());
  }

  @Test
  void aValueOrATextSetAfterAnotherReplacesItsValueAndItsReasons() {
    // given a refused text, then a typed value; a typed value, then a refused text
    Siret siret = Siret.parse("73282932000074").get();
    Validation<Seq<Reason>, Structure> typedLast = Structure.builder().siret("bad")
        .siret(siret).legalForm("bad").legalForm(LegalForm.ASSOCIATION)
        .staffRepresentation("maybe").staffRepresentation(true).headcount(-1).headcount(12)
        .build();
    Validation<Seq<Reason>, Structure> textLast = Structure.builder().siret(siret)
        .siret("bad").country(Country.FR).country("XX").build();
    // then the last one set counts, with its reasons only
    assertThat(typedLast.isValid()).as(() -> typedLast.getError().mkString()).isTrue();
    assertThat(typedLast.get().siret()).contains(siret);
    assertThat(typedLast.get().legalForm()).contains(LegalForm.ASSOCIATION);
    assertThat(typedLast.get().hasStaffRepresentation()).contains(true);
    assertThat(typedLast.get().headcount()).contains(12);
    assertThat(textLast.getError().map(Reason::code))
        .containsExactly("FIELD_MALFORMED", "UNKNOWN_VALUE");
  }

  @Test
  void reasonsComeInTheOrderOfTheAttributesWhateverTheOrderTheyWereSet() {
    // when: set from the last attribute to the first
    Validation<Seq<Reason>, Structure> result = Structure.builder().staffRepresentation("maybe")
        .headcount("many").country("XX").siret("bad").name("\u0007").build();
    // then
    assertThat(result.getError().map(r -> r instanceof FieldReason f ? f.field() : r.code()))
        .containsExactly(Structure.NAME, Siret.FIELD, Country.FIELD, Structure.HEADCOUNT,
            Structure.STAFF_REPRESENTATION);
  }

  @Test
  void nullArgumentsAreProgrammerErrors() {
    assertThatNullPointerException().isThrownBy(() -> Structure.builder().siret((String) null))
        .withMessage("siret");
    assertThatNullPointerException().isThrownBy(() -> Structure.builder().country((Country) null))
        .withMessage("country");
  }
}
