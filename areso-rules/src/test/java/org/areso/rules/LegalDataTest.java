package org.areso.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalReference;
import org.junit.jupiter.api.Test;

class LegalDataTest {

  static FinessCategory category(String code) {
    return FinessCategory.parse(code).get();
  }

  @Test
  void everyCasfItemIsCitedAndTheUncheckedOnesSaySo() {
    // when
    List<LegalReference> references = List.of(CasfItem.values()).map(CasfL3121::reference);
    // then
    assertThat(references).allSatisfy(r -> {
      assertThat(r.code()).isEqualTo("CASF");
      assertThat(r.article()).isEqualTo("L.312-1");
    });
    assertThat(List.of(CasfItem.values()).filter(i -> !CasfL3121.reference(i).isVerified()))
        .containsExactly(CasfItem.I_11, CasfItem.I_12, CasfItem.I_15, CasfItem.I_17);
    assertThat(CasfL3121.reference(CasfItem.I_8).citation()).isEqualTo("CASF art. L.312-1 I 8°");
    assertThat(CasfL3121.reference(CasfItem.I_5A).citation()).isEqualTo("CASF art. L.312-1 I 5° a)");
    assertThat(CasfL3121.description(CasfItem.I_8).in(Language.EN)).contains("CHRS");
  }

  @Test
  void holdsEveryCategoryOfTheJ55ValueSetWithItsLabel() throws Exception {
    // given the value set as published (code;label)
    List<String[]> rows;
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("finess-categories-j55.csv"), StandardCharsets.UTF_8))) {
      rows = List.ofAll(in.lines().skip(1).map(line -> line.split(";", 2)).toList());
    }
    // then
    assertThat(FinessCategories.all()).hasSize(rows.size());
    assertThat(rows).allSatisfy(row -> assertThat(FinessCategories.find(category(row[0]))
        .map(FinessCategories.Entry::label)).contains(row[1]));
  }

  @Test
  void mapsSocialCategoriesToTheirItemAndHealthOnesToNone() {
    assertThat(FinessCategories.find(category("214")).get().casfItems())
        .containsExactly(CasfItem.I_8);
    assertThat(FinessCategories.find(category("500")).get().casfItems())
        .containsExactly(CasfItem.I_6);
    assertThat(FinessCategories.find(category("246")).get().casfItems())
        .containsExactly(CasfItem.I_5A);
    assertThat(FinessCategories.find(category("443")).get().casfItems())
        .containsExactly(CasfItem.I_13);
    assertThat(FinessCategories.find(category("354")).get().casfItems())
        .containsExactlyInAnyOrder(CasfItem.I_6, CasfItem.I_7);
    // the mobile medico-social teams (EMMSP) serve L.312-1 I 9° (décret n° 2021-1170)
    assertThat(FinessCategories.find(category("608")).get().casfItems())
        .containsExactly(CasfItem.I_9);
    assertThat(FinessCategories.find(category("101")).get().isSocialOrMedicoSocial()).isFalse();
    assertThat(FinessCategories.find(category("999"))).isEmpty();
  }

  @Test
  void flagsTheMappingsThatWereNotChecked() {
    // pensions de famille are social residences of the housing code, believed outside L.312-1 I
    FinessCategories.Entry pension = FinessCategories.find(category("258")).get();
    assertThat(pension.casfItems()).isEmpty();
    assertThat(pension.isMappingVerified()).isFalse();
    assertThat(FinessCategories.find(category("214")).get().isMappingVerified()).isTrue();
    assertThat(FinessCategories.all().filter(e -> !e.isMappingVerified()).size())
        .isBetween(1, FinessCategories.all().size() - 1);
  }

  @Test
  void namesTheSixStateBudgetProgrammesAndCitesThem() {
    // when
    List<String> codes = List.ofAll(Funders.stateBudgetProgrammes()).map(e -> e.source().code());
    // then
    assertThat(codes).containsExactly("P177", "P303", "P104", "P304", "P157", "P182");
    assertThat(Funders.stateBudgetProgrammes()).allSatisfy(e ->
        assertThat(e.reference()).isNotEmpty());
    assertThat(Funders.find(FundingSource.parse("P104").get()).get().reference().get()
        .isVerified()).isFalse();
    assertThat(Funders.find(FundingSource.parse("ARS").get()).get().reference()).isEmpty();
    assertThat(Funders.find(FundingSource.parse("P999").get())).isEmpty();
    assertThat(Funders.all()).hasSize(11);
  }
}
