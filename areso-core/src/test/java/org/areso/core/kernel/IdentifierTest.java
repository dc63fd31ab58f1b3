package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.junit.jupiter.api.Test;

/**
 * SIREN, SIRET, FINESS and Swiss UID, against numbers whose check digits were worked out by hand in
 * the comments (not by the code under test).
 */
class IdentifierTest {

  static String code(Validation<Seq<Reason>, ?> v) {
    return v.getError().single().code();
  }

  @Test
  void acceptsASirenWhoseLuhnSumIsAMultipleOfTen() {
    // given 732829320: from the right, doubled digits 2->4, 9->18->9, 8->16->7, 3->6;
    // 0+4+3+9+2+7+2+6+7 = 40
    // when
    Validation<Seq<Reason>, Siren> siren = Siren.parse("732 829 320");
    // then
    assertThat(siren.isValid()).isTrue();
    assertThat(siren.get().value()).isEqualTo("732829320");
    assertThat(siren.get().isLaPoste()).isFalse();
  }

  @Test
  void refusesASirenWithAWrongCheckDigit() {
    // given 732829321: the same sum plus 1 = 41
    // when
    Validation<Seq<Reason>, Siren> siren = Siren.parse("732829321");
    // then
    assertThat(code(siren)).isEqualTo("CHECK_DIGIT_MISMATCH");
    assertThat(((FieldReason) siren.getError().head()).field()).isEqualTo("siren");
  }

  @Test
  void refusesASirenOfTheWrongLengthOrWithLetters() {
    assertThat(code(Siren.parse("73282932"))).isEqualTo("FIELD_MALFORMED");
    assertThat(code(Siren.parse("7328293200"))).isEqualTo("FIELD_MALFORMED");
    assertThat(code(Siren.parse("73282932O"))).isEqualTo("FIELD_MALFORMED");
    assertThat(code(Siren.parse("  "))).isEqualTo("FIELD_BLANK");
  }

  @Test
  void acceptsASiretPassingLuhnAndGivesItsSirenAndNic() {
    // given La Poste's head office 356 000 000 00048: Luhn over 14 digits:
    // doubled from the right: 4->8, 0, 0, 0, 0, 6->12->3, 3->6; plain: 8, 0, 0, 0, 0, 0, 5
    // 8+0+0+0+0+3+6 + 8+0+0+0+0+0+5 = 30
    // when
    Validation<Seq<Reason>, Siret> siret = Siret.parse("356 000 000 00048");
    // then
    assertThat(siret.isValid()).isTrue();
    assertThat(siret.get().siren().value()).isEqualTo("356000000");
    assertThat(siret.get().siren().isLaPoste()).isTrue();
    assertThat(siret.get().nic()).isEqualTo("00048");
  }

  @Test
  void acceptsALaPosteSiretThatOnlyPassesTheSumOfDigitsCheck() {
    // given 356000000 12340: digit sum 3+5+6+1+2+3+4 = 24 -> not a multiple of 5; 12341 -> 25
    String siret = "35600000012341";
    // Luhn: from the right, doubled: 4->8, 2->4, 0, 0, 0, 6->12->3, 3->6 = 21;
    // plain: 1, 3, 1, 0, 0, 0, 5 = 10; total 31 -> fails Luhn
    // when
    Validation<Seq<Reason>, Siret> parsed = Siret.parse(siret);
    // then
    assertThat(parsed.isValid()).isTrue();
  }

  @Test
  void refusesALaPosteSiretFailingBothChecks() {
    // given digit sum 3+5+6+1+2+3+4+2 = 26 and Luhn fails too
    Validation<Seq<Reason>, Siret> parsed = Siret.parse("35600000012342");
    // then
    assertThat(code(parsed)).isEqualTo("CHECK_DIGIT_MISMATCH");
    assertThat(parsed.getError().head().message(Language.EN)).contains("La Poste");
  }

  @Test
  void refusesASiretWhoseSirenPartFailsItsOwnCheck() {
    // given 73282932100001: SIREN part 732829321 fails (see above); the whole 14 digits:
    // doubled: 0, 0, 1->2, 3->6, 8->16->7, 8->16->7, 7->14->5 = 27;
    // plain: 1, 0, 0, 2, 9, 2, 3 = 17; total 44 -> fails as well. Change the NIC so that the
    // 14 digits pass Luhn: NIC 00007 -> plain 7 instead of 1 -> 50.
    Validation<Seq<Reason>, Siret> parsed = Siret.parse("73282932100007");
    // then
    assertThat(code(parsed)).isEqualTo("CHECK_DIGIT_MISMATCH");
  }

  @Test
  void readsAFinessNumberAndItsDepartement() {
    // given 750712184: doubled from the right 8->16->7, 2->4, 7->14->5, 5->10->1 = 17;
    // plain 4, 1, 1, 0, 7 = 13; total 30
    Validation<Seq<Reason>, Finess> finess = Finess.parse("750712184");
    // then
    assertThat(finess.get().departementPrefix()).isEqualTo("75");
    assertThat(code(Finess.parse("750712185"))).isEqualTo("CHECK_DIGIT_MISMATCH");
    assertThat(code(Finess.parse("75071218"))).isEqualTo("FIELD_MALFORMED");
    assertThat(code(Finess.parse("000712184"))).isEqualTo("FIELD_MALFORMED");
  }

  @Test
  void aFinessNumberIsADepartementThenSevenDigitsTypedInAnyGroups() {
    // when
    Validation<Seq<Reason>, Finess> grouped = Finess.parse(" 75 0712 184 ");
    Validation<Seq<Reason>, Finess> wrongKey = Finess.parse("75 0712 185");
    // then
    assertThat(grouped.get().value()).isEqualTo("750712184");
    assertThat(wrongKey.getError().single())
        .isEqualTo(new FieldReason.CheckDigitMismatch(Finess.FIELD, "750712185", "Luhn"));
    assertThat(code(Finess.parse("960712184"))).isEqualTo("FIELD_MALFORMED");
    assertThat(code(Finess.parse("2C0000123"))).isEqualTo("FIELD_MALFORMED");
    assertThat(code(Finess.parse("2A000012X"))).isEqualTo("FIELD_MALFORMED");
    assertThat(((FieldReason.Malformed) Finess.parse(" 75 07 12 18 ").getError().single())
        .value()).isEqualTo("75 07 12 18");
  }

  @Test
  void readsCorsicanFinessNumbersInUpperCase() {
    // when
    Validation<Seq<Reason>, Finess> finess = Finess.parse("2a0000123");
    // then
    assertThat(finess.get().value()).isEqualTo("2A0000123");
    assertThat(finess.get().departementPrefix()).isEqualTo("2A");
  }

  @Test
  void readsASwissUidInAnyOfItsWrittenForms() {
    // given digits 12345678: 1*5+2*4+3*3+4*2+5*7+6*6+7*5+8*4 = 168; 168 mod 11 = 3; 11-3 = 8
    // when
    Validation<Seq<Reason>, SwissUid> official = SwissUid.parse("CHE-123.456.788");
    Validation<Seq<Reason>, SwissUid> compact = SwissUid.parse("che123456788");
    // then
    assertThat(official.get()).isEqualTo(compact.get());
    assertThat(official.get().value()).isEqualTo("CHE-123.456.788");
    assertThat(official.get().digits()).isEqualTo("123456788");
  }

  @Test
  void readsASwissUidAsAnInvoicePrintsItOrAWordProcessorDashesIt() {
    SwissUid uid = SwissUid.parse("CHE-123.456.788").get();
    assertThat(SwissUid.parse("CHE-123.456.788 MWST").get()).isEqualTo(uid);
    assertThat(SwissUid.parse("CHE-123.456.788 TVA").get()).isEqualTo(uid);
    assertThat(SwissUid.parse("che123456788iva").get()).isEqualTo(uid);
    assertThat(SwissUid.parse("CHE-123.456.788 HR/MWST").get()).isEqualTo(uid);
    assertThat(SwissUid.parse("CHE-123.456.788 RC/TVA").get()).isEqualTo(uid);
    assertThat(SwissUid.parse("CHE-123.456.788 HR").get()).isEqualTo(uid);
    assertThat(SwissUid.parse("CHE\u2011123.456.788").get()).isEqualTo(uid);
    assertThat(SwissUid.parse("CHE\u2013123\u2013456\u2013788").get()).isEqualTo(uid);
    assertThat(SwissUid.parse("CHE\u2010123\u2015456\u2212788").get()).isEqualTo(uid);
    // the characters beside the dashes are no dash
    assertThat(code(SwissUid.parse("CHE\u200f123.456.788"))).isEqualTo("FIELD_MALFORMED");
    assertThat(code(SwissUid.parse("CHE\u2016123.456.788"))).isEqualTo("FIELD_MALFORMED");
    assertThat(code(SwissUid.parse("CHE-123.456.788 VAT"))).isEqualTo("FIELD_MALFORMED");
    assertThat(code(SwissUid.parse("MWST"))).isEqualTo("FIELD_MALFORMED");
  }

  @Test
  void refusesASwissUidWithAWrongOrImpossibleCheckDigit() {
    assertThat(code(SwissUid.parse("CHE-123.456.789"))).isEqualTo("CHECK_DIGIT_MISMATCH");
    // digits 10000004: 1*5 + 4*4 = 21, 21 mod 11 = 10, 11 - 10 = 1: check digit 1
    assertThat(SwissUid.parse("CHE-100.000.041").isValid()).isTrue();
    // digits 00000003: 3*4 = 12, 12 mod 11 = 1, 11 - 1 = 10: never issued, whatever follows
    assertThat(code(SwissUid.parse("CHE-000.000.030"))).isEqualTo("CHECK_DIGIT_MISMATCH");
    assertThat(code(SwissUid.parse("DE-123.456.788"))).isEqualTo("FIELD_MALFORMED");
  }

  @Test
  void aSwissUidsCheckDigitErrorQuotesItsDigitsAsTheOtherIdentifiersDo() {
    // when
    Validation<Seq<Reason>, SwissUid> typed = SwissUid.parse(" che-123.456.789 ");
    // then
    assertThat(typed.getError()).containsExactly(
        new FieldReason.CheckDigitMismatch(SwissUid.FIELD, "123456789", "mod 11"));
  }

  @Test
  void hostIdentifiersAreTrimmedAndBounded() {
    assertThat(EngagementId.of("  ENG-1 ").get().value()).isEqualTo("ENG-1");
    assertThat(PartyId.of("direction").get()).isEqualTo(PartyId.of("direction").get());
    assertThat(code(FacilitatorId.of(""))).isEqualTo("FIELD_BLANK");
    assertThat(code(EngagementId.of("x".repeat(129)))).isEqualTo("FIELD_TOO_LONG");
    assertThat(code(EngagementId.of("a\u0000b"))).isEqualTo("FIELD_MALFORMED");
    assertThat(code(PartyId.of("a\uD800b"))).isEqualTo("FIELD_MALFORMED");
    assertThat(PartyId.of("équipe 😀").isValid()).isTrue();
    assertThat(((FieldReason) EngagementId.of("").getError().head()).field())
        .isEqualTo("engagement_id");
  }

  @Test
  void nullIsAProgrammerErrorNamingTheArgument() {
    assertThatNullPointerException().isThrownBy(() -> Siren.parse(null)).withMessage("siren");
    assertThatNullPointerException().isThrownBy(() -> EngagementId.of(null))
        .withMessage("engagement_id");
  }
}
