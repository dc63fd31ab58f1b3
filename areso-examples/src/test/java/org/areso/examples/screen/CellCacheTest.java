package org.areso.examples.screen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The per-file cache of cell values changes nothing in the screening's output. */
class CellCacheTest {

  private static final Screening SCREENING =
      Screening.of(ScreeningPolicies.policy(), LocalDate.of(2023, 9, 1));

  /** Rows whose cells repeat, valid and not, blank, none, in other cases and with spaces. */
  private static final String TRICKY = """
      id,name,country,siret,siren,finess,uid,finess_category,casf_item,funding,legal_form,\
      headcount,staff_representation,region,departement,canton,format,context
      a,Foyer,FR,73282932000074,,750000010,,214,8,P177|ARS,association,12,yes,11,75,,,
      b,Foyer,fr,73282932000074,,750000010,,214,8,P177|ARS,association,12,yes,11,75,,,
      c, Foyer ,FR, 732 829 320 00074 ,,750000010,,214, 8 ,p177|ars,Association, 12 ,OUI,11,75,,,
      d,Foyer,FR,73282932000075,,750000010,,aucun,none,none,association,12,yes,11,75,,,
      e,Foyer,FR,73282932000075,,750000010,,aucun,none|8,none|P177,association,-3,maybe,11,75,,,
      f,Foyer,FR,73282932000074,,750000010,,214,8,SUBVENTION,association,12,yes,84,75,,,
      g,Foyer,CH,,,,CHE-116.281.710,,8,CANTON,foundation,12,no,,,VD,,
      h,Foyer,,,,,CHE-116.281.710,214,8,CANTON,foundation,12,no,,,VD,,
      i,Foyer,FR,73282932000074,732829321,750000010,,214,8,P177,association,12,yes,11,75,,,
      j,Foyer,FR,   ,,750000010,,   ,  ,P177,association,  ,yes,11,75,seminar,curative
      k,Foyer,FR,73282932000074,,750000010,,214,8,SUBVENTION,association,12,yes,84,75,,nope
      l,Fo\uFFFDyer,FR,73282932000074,,750000010,,214,8\uFFFD,P177,association,12,yes,11,75,,,
      m,Foyer,FR,73282932000074,,750000010,,214,8,P177|ARS,association,99999999999,yes,11,75,,,
      n,Foyer,FR,73282932000074,,750000011,,214,8,P177|ARS,association,12,yes,11,2A,,,
      o,Foyer,VD,73282932000074,,750000010,,214,8,P177|ARS,association,12,yes,11,75,,,
      p,Foyer,FR,73282932000074,,750000010,,214,8,P177|ARS,association,12,yes,11,75,,,
      """;

  private static String screen(Screening screening, String csv) throws IOException {
    StringWriter out = new StringWriter();
    String tally = screening.screen(new StringReader(csv), out, rows -> { }, 1_000).get()
        .toString();
    return tally + "\n" + out;
  }

  private static String generated(long rows, long seed) throws IOException {
    StringWriter csv = new StringWriter();
    ScreeningGenerator.write(csv, rows, seed);
    return csv.toString();
  }

  @ParameterizedTest
  @ValueSource(longs = {7, 8, 9})
  void aGeneratedFileWithInvalidRowsIsScreenedTheSameWithOrWithoutTheCache(long seed)
      throws IOException {
    // given 20,000 rows, one in twenty invalid, and a SIRET and a FINESS number on most
    String csv = generated(20_000, seed);
    // when
    String uncached = screen(SCREENING.withCacheLimit(0), csv);
    String cached = screen(SCREENING, csv);
    String overflowing = screen(SCREENING.withCacheLimit(3), csv);
    // then
    assertThat(uncached).contains(",INVALID,");
    assertThat(cached).isEqualTo(uncached);
    assertThat(overflowing).isEqualTo(uncached);
  }

  @Test
  void repeatedCellsValidOrNotAreScreenedTheSameWithOrWithoutTheCache() throws IOException {
    // given rows that repeat cells written differently, refused, blank, none, and contradictions
    String csv = TRICKY + TRICKY.substring(TRICKY.indexOf('\n') + 1);
    // when
    String uncached = screen(SCREENING.withCacheLimit(0), csv);
    // then
    assertThat(uncached).contains(",INVALID,", ",ELIGIBLE,", "NONE_WITH_VALUES",
        "INCONSISTENT_FIELDS", "CHECK_DIGIT_MISMATCH", "FIELD_MALFORMED");
    for (int limit : new int[] {1, 2, 5, CellCache.DEFAULT_LIMIT}) {
      assertThat(screen(SCREENING.withCacheLimit(limit), csv)).as("limit %d", limit)
          .isEqualTo(uncached);
    }
  }

  @Test
  void aNegativeLimitIsRefused() {
    assertThatThrownBy(() -> SCREENING.withCacheLimit(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
