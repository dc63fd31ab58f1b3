package org.areso.testkit.jqwik;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.Country;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Departement;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Finess;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Region;
import org.areso.core.kernel.Siren;
import org.areso.core.kernel.Siret;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.SwissUid;

/**
 * Every kernel factory, driven with arbitrary and hostile text: a value or typed reasons naming
 * the field, never an exception; and the identifiers' check digits catch every single-digit error.
 */
class KernelProperties {

  /** A factory under test with the field its reasons must name. */
  record Factory(String field, Function<String, Validation<Seq<Reason>, ?>> parse) {
    @Override
    public String toString() {
      return field;
    }
  }

  static final List<Factory> FACTORIES = List.of(
      new Factory("siren", Siren::parse),
      new Factory("siret", Siret::parse),
      new Factory("finess", Finess::parse),
      new Factory("uid", SwissUid::parse),
      new Factory("engagement_id", EngagementId::of),
      new Factory("party_id", PartyId::of),
      new Factory("facilitator_id", FacilitatorId::of),
      new Factory("country", Country::parse),
      new Factory("canton", Canton::parse),
      new Factory("region", Region::parse),
      new Factory("departement", Departement::parse),
      new Factory("legal_form", LegalForm::parse),
      new Factory("finess_category", FinessCategory::parse),
      new Factory("casf_item", CasfItem::parse),
      new Factory("funding", FundingSource::parse),
      new Factory("context", InterventionContext::parse));

  @Provide
  Arbitrary<Factory> factories() {
    return Arbitraries.of(FACTORIES.toJavaList());
  }

  @Provide
  Arbitrary<String> hostile() {
    return AresoArbitraries.hostileText();
  }

  @Property(tries = 3_000)
  void everyFactoryAnswersAnyTextWithAValueOrReasonsNamingItsField(
      @ForAll("factories") Factory factory, @ForAll("hostile") String text) {
    // when
    Validation<Seq<Reason>, ?> result = factory.parse().apply(text);
    // then
    if (result.isInvalid()) {
      assertThat(result.getError()).isNotEmpty().allSatisfy(reason -> {
        assertThat(reason).isInstanceOf(FieldReason.class);
        assertThat(((FieldReason) reason).field()).isEqualTo(factory.field());
        assertThat(reason.message(Language.FR)).isNotBlank().hasSizeLessThan(1_000);
        assertThat(reason.message(Language.EN)).isNotBlank().hasSizeLessThan(1_000);
      });
    }
  }

  @Property(tries = 500)
  void blankTextIsABlankFieldForEveryFactory(
      @ForAll("factories") Factory factory,
      @ForAll("blanks") String blank) {
    // when
    Validation<Seq<Reason>, ?> result = factory.parse().apply(blank);
    // then
    assertThat(result.getError().map(Reason::code)).containsExactly("FIELD_BLANK");
  }

  @Provide
  Arbitrary<String> blanks() {
    return Arbitraries.strings().withChars(' ', '\t', '\n', '\r', '\u00A0', '\u202F')
        .ofMaxLength(30);
  }

  @Property(tries = 1_000)
  void generatedSirensSiretsFinessAndUidsAreAccepted(
      @ForAll("validIdentifiers") String[] fieldAndValue) {
    // given
    Factory factory = FACTORIES.find(f -> f.field().equals(fieldAndValue[0])).get();
    // when
    Validation<Seq<Reason>, ?> result = factory.parse().apply(fieldAndValue[1]);
    // then
    assertThat(result.isValid()).as("%s %s: %s", fieldAndValue[0], fieldAndValue[1], result)
        .isTrue();
    assertThat(factory.parse().apply(result.get().toString()).get()).isEqualTo(result.get());
  }

  @Provide
  Arbitrary<String[]> validIdentifiers() {
    return Arbitraries.oneOf(
        AresoArbitraries.sirens().map(v -> new String[] {"siren", v}),
        AresoArbitraries.sirets().map(v -> new String[] {"siret", v}),
        AresoArbitraries.laPosteSirets().map(v -> new String[] {"siret", v}),
        AresoArbitraries.finessNumbers().map(v -> new String[] {"finess", v}),
        AresoArbitraries.swissUids().map(v -> new String[] {"uid", v}));
  }

  @Property(tries = 2_000)
  void changingAnyOneDigitIsCaughtByTheCheckDigit(
      @ForAll("luhnOrMod11Identifiers") String[] fieldAndValue,
      @ForAll @IntRange(min = 0, max = 13) int position,
      @ForAll @IntRange(min = 1, max = 9) int shift) {
    // given a valid identifier and one of its digits changed to another digit
    String value = fieldAndValue[1];
    List<Integer> positions = List.range(0, value.length())
        .filter(i -> Character.isDigit(value.charAt(i)));
    int at = positions.get(position % positions.size());
    char changed = (char) ('0' + (value.charAt(at) - '0' + shift) % 10);
    String corrupted = value.substring(0, at) + changed + value.substring(at + 1);
    Factory factory = FACTORIES.find(f -> f.field().equals(fieldAndValue[0])).get();
    // when
    Validation<Seq<Reason>, ?> result = factory.parse().apply(corrupted);
    // then
    assertThat(result.isInvalid()).as("%s accepted after changing %s", corrupted, value).isTrue();
    assertThat(result.getError().map(Reason::code))
        .containsAnyOf("CHECK_DIGIT_MISMATCH", "FIELD_MALFORMED");
  }

  @Provide
  Arbitrary<String[]> luhnOrMod11Identifiers() {
    return Arbitraries.oneOf(
        AresoArbitraries.sirens().map(v -> new String[] {"siren", v}),
        AresoArbitraries.sirets().map(v -> new String[] {"siret", v}),
        AresoArbitraries.finessNumbers().map(v -> new String[] {"finess", v}),
        AresoArbitraries.swissUids().map(v -> new String[] {"uid", v}));
  }

  @Property(tries = 1_000)
  void aWindowIsValidExactlyWhenItsEndIsNotBeforeItsStart(
      @ForAll("days") LocalDate start, @ForAll("days") LocalDate end) {
    // when
    Validation<Seq<Reason>, DateWindow> window = DateWindow.of(start, end);
    // then
    if (end.isBefore(start)) {
      assertThat(window.getError().map(Reason::code)).containsExactly("WINDOW_INVERTED");
    } else {
      assertThat(window.get().contains(start)).isTrue();
      assertThat(window.get().contains(end)).isTrue();
      if (start.isAfter(LocalDate.MIN)) {
        assertThat(window.get().contains(start.minusDays(1))).isFalse();
      }
      assertThat(window.get().lengthInDays()).isPositive();
    }
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.oneOf(AresoArbitraries.dates(),
        Arbitraries.of(LocalDate.MIN, LocalDate.MAX, LocalDate.of(-50_000, 1, 1),
            LocalDate.of(99_999, 12, 31)));
  }

  @Property(tries = 1_000)
  void aStructureBuiltFromAnyTextIsAStructureOrReasonsNamingKnownFields(
      @ForAll("hostile") String a, @ForAll("hostile") String b, @ForAll("hostile") String c,
      @ForAll("hostile") String d) {
    // when
    Validation<Seq<Reason>, Structure> result = Structure.builder()
        .name(a).siret(b).finess(c).country(d).departement(a).canton(b).headcount(c)
        .casfItems(d).fundingSources(a).staffRepresentation(b).legalForm(c).region(d)
        .uid(a).finessCategory(b).siren(c)
        .build();
    // then
    if (result.isInvalid()) {
      assertThat(result.getError()).allSatisfy(reason -> assertThat(((FieldReason) reason).field())
          .isIn("name", "siret", "siren", "finess", "country", "departement", "canton",
              "headcount", "casf_item", "funding", "staff_representation", "legal_form",
              "region", "uid", "finess_category"));
    }
  }

  @Property(tries = 500)
  void generatedFrenchStructuresAreConsistentAndKeepUnknownApartFromNone(
      @ForAll("frenchStructures") Structure structure) {
    // then
    assertThat(structure.country()).contains(Country.FR);
    assertThat(structure.canton()).isEmpty();
    structure.siret().forEach(siret -> assertThat(structure.siren()).contains(siret.siren()));
    structure.departement().forEach(d -> assertThat(structure.region()).isEqualTo(d.region()));
  }

  @Provide
  Arbitrary<Structure> frenchStructures() {
    return AresoArbitraries.frenchStructures();
  }
}
