package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.areso.rules.eligibility.AresoSocial2023Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The screening CSV reads {@code none}, {@code aucun} and {@code aucune} in the
 * {@code finess_category}, {@code casf_item} and {@code funding} cells as known to be none, and an
 * empty cell as unknown, exactly as the structure's builder does.
 */
class KnownNoneScreeningTest {

  private static final Screening SOCIAL_2023 =
      Screening.of(AresoSocial2023Policy.policy(), LocalDate.of(2023, 9, 1));
  private static final String HEADER = "id,finess_category,casf_item,funding";

  /** The output line of one row, after the header. */
  private static String screen(String row) throws IOException {
    StringWriter out = new StringWriter();
    SOCIAL_2023.screen(new StringReader(HEADER + "\n" + row + "\n"), out, rows -> { }, 100);
    List<String> lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    return lines.get(1);
  }

  @Test
  void aCompanyWithNoItemAndNoCategoryIsNotEligibleThoughFundedByAStateProgramme()
      throws IOException {
    // when
    String line = screen("company-1,none,none,P177");
    // then
    assertThat(line).isEqualTo("company-1,NOT_ELIGIBLE,CONDITION_NOT_MET:listedInCasfL3121"
        + "|CONDITION_NOT_MET:finessCategoryInCasfL3121,");
  }

  @ParameterizedTest
  @ValueSource(strings = {"NONE,Aucun", "aucune,AUCUNE", " None , aucun "})
  void readsTheNoneWordsInAnyCase(String cells) throws IOException {
    // when
    String line = screen("company-2," + cells + ",P177");
    // then
    assertThat(line).startsWith("company-2,NOT_ELIGIBLE,");
  }

  @Test
  void emptyCellsStayUnknownAndAreAskedFor() throws IOException {
    // when
    String line = screen("unknown-3,,,P177");
    // then
    assertThat(line).isEqualTo(
        "unknown-3,UNDETERMINED,FACT_MISSING:casf_item|FACT_MISSING:finess_category,"
            + "casf_item|finess_category");
  }

  @Test
  void itemsKnownToBeNoneWithAnEmptyCategoryCellAskForTheCategory() throws IOException {
    // when
    String line = screen("unknown-4,,none,P177");
    // then
    assertThat(line).isEqualTo("unknown-4,UNDETERMINED,CONDITION_NOT_MET:listedInCasfL3121"
        + "|FACT_MISSING:finess_category,finess_category");
  }

  @Test
  void noneBesideAnItemMakesTheRowInvalidWithItsReason() throws IOException {
    // when
    String line = screen("mixed-5,,none|8,P177");
    // then
    assertThat(line).isEqualTo("mixed-5,INVALID,NONE_WITH_VALUES:casf_item,");
  }

  @Test
  void noneBesideAFunderMakesTheRowInvalidWithItsReason() throws IOException {
    // when
    String line = screen("mixed-6,214,8,aucun|P177");
    // then
    assertThat(line).isEqualTo("mixed-6,INVALID,NONE_WITH_VALUES:funding,");
  }
}
