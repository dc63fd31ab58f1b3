package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/** The length limits and character checks of text read from a file, at their exact edges. */
class InputLimitTest {

  @Test
  void aNameOfExactlyTheLongestLengthIsReadAndOneMoreCharacterIsTooLong() {
    // given
    String longest = "n".repeat(Structure.MAX_NAME_LENGTH);
    // when
    var accepted = Structure.builder().name(longest).build();
    var refused = Structure.builder().name(longest + "n").build();
    // then
    assertThat(accepted.get().name()).contains(longest);
    assertThat(refused.getError()).containsExactly(
        new FieldReason.TooLong(Structure.NAME, 201, Structure.MAX_NAME_LENGTH));
  }

  @Test
  void aShortNamePaddedWithBlanksUpToTheRawLimitIsReadTrimmed() {
    // given
    String padded = "CHRS" + " ".repeat(996);
    // when
    var atLimit = Structure.builder().name(padded).build();
    var overLimit = Structure.builder().name(padded + " ").build();
    // then: only text longer than the raw limit is refused before trimming
    assertThat(atLimit.get().name()).contains("CHRS");
    assertThat(overLimit.getError()).containsExactly(
        new FieldReason.TooLong(Structure.NAME, 1001, Structure.MAX_NAME_LENGTH));
  }

  @Test
  void aListOfExactlyTheRawLimitIsReadItemByItemAndALongerOneIsTooLong() {
    // given
    String items = "8|".repeat(499) + "5a";
    // when
    var atLimit = Structure.builder().casfItems(items).build();
    var overLimit = Structure.builder().casfItems("|" + items).build();
    // then
    assertThat(items).hasSize(1000);
    assertThat(atLimit.get().casfItems().get()).containsExactly(CasfItem.I_8, CasfItem.I_5A);
    assertThat(overLimit.getError()).containsExactly(
        new FieldReason.TooLong(CasfItem.FIELD, 1001, 1000));
  }

  @Test
  void theHeadcountMayReachTenMillionButNotExceedIt() {
    // when
    var most = Structure.builder().headcount(Structure.MAX_HEADCOUNT).build();
    var tooMany = Structure.builder().headcount("10000001").build();
    // then
    assertThat(most.get().headcount()).contains(10_000_000);
    assertThat(tooMany.getError()).containsExactly(
        new FieldReason.OutOfRange(Structure.HEADCOUNT, "10000001", "0", "10000000"));
  }

  @Test
  void anIdentifierWithALoneLowSurrogateIsMalformed() {
    // when
    Seq<Reason> lone = PartyId.of("a\uDC00b").getError();
    Seq<Reason> leading = PartyId.of("\uDC00ab").getError();
    // then
    assertThat(lone.single().code()).isEqualTo("FIELD_MALFORMED");
    assertThat(leading.single().code()).isEqualTo("FIELD_MALFORMED");
    assertThat(PartyId.of("a\uD83D\uDE00b").isValid()).isTrue();
  }

  @Test
  void aLinkMustHaveAnAddressAfterItsSchemeAndNoSpace() {
    // given
    var reference = LegalReference.builder().code("CASF").article("L.312-1");
    // when
    var schemeOnly = reference.url("https://").build();
    var withSpace = reference.url("https://www.legifrance.gouv.fr/a b").build();
    var shortest = reference.url("https://x").build();
    // then
    assertThat(schemeOnly.getError().map(r -> ((FieldReason) r).field())).containsExactly("url");
    assertThat(schemeOnly.getError().single().code()).isEqualTo("FIELD_MALFORMED");
    assertThat(withSpace.getError().single().code()).isEqualTo("FIELD_MALFORMED");
    assertThat(shortest.get().url()).contains("https://x");
  }

  @Test
  void aQuotedValueOfExactlyTheExcerptLengthIsQuotedWholeWithoutEllipsis() {
    // given
    String exact = "x".repeat(FieldReason.EXCERPT_LENGTH);
    Text expected = Text.of("14 chiffres", "14 digits");
    // when
    FieldReason.Malformed whole = new FieldReason.Malformed("siret", exact, expected);
    FieldReason.Malformed cut = new FieldReason.Malformed("siret", exact + "y", expected);
    // then
    assertThat(whole.value()).isEqualTo(exact);
    assertThat(cut.value()).isEqualTo(exact + "…");
  }
}
