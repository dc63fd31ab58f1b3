package org.areso.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalReference;
import org.junit.jupiter.api.Test;

/** The period search of a parameter built in each test (not once per JVM). */
class DatedParameterPeriodTest {

  private static final LegalReference OLD = LegalReference.builder().code("Décret")
      .article("1").build().get();
  private static final LegalReference NEW = LegalReference.builder().code("Décret")
      .article("2").build().get();

  private static DatedParameter<Integer> threshold() {
    return DatedParameter.<Integer>named("threshold")
        .value(LocalDate.of(2025, 1, 1), LocalDate.of(2099, 12, 31), 300, NEW)
        .value(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31), 250, OLD)
        .build().get();
  }

  @Test
  void findsTheValueAndThePeriodInForceOnEachDayOfEveryPeriod() {
    // given
    DatedParameter<Integer> threshold = threshold();
    // then
    assertThat(threshold.valueOn(LocalDate.of(2020, 1, 1))).isEqualTo(Option.some(250));
    assertThat(threshold.valueOn(LocalDate.of(2024, 12, 31))).isEqualTo(Option.some(250));
    assertThat(threshold.valueOn(LocalDate.of(2025, 1, 1))).isEqualTo(Option.some(300));
    assertThat(threshold.valueOn(LocalDate.of(2019, 12, 31))).isEqualTo(Option.none());
    assertThat(threshold.periodOn(LocalDate.of(2021, 6, 1)).map(DatedParameter.Period::reference))
        .isEqualTo(Option.some(OLD));
    assertThat(threshold.periodOn(LocalDate.of(2030, 6, 1)).map(DatedParameter.Period::value))
        .isEqualTo(Option.some(300));
    assertThat(threshold.periodOn(LocalDate.of(2030, 6, 1)).map(DatedParameter.Period::reference))
        .isEqualTo(Option.some(NEW));
    assertThat(threshold.periodOn(LocalDate.of(2019, 6, 1))).isEqualTo(Option.none());
  }

  @Test
  void keepsThePeriodsInChronologicalOrderAndPrintsThem() {
    // when
    DatedParameter<Integer> threshold = threshold();
    // then
    assertThat(threshold.periods().map(p -> p.window().start()))
        .containsExactly(LocalDate.of(2020, 1, 1), LocalDate.of(2025, 1, 1));
    assertThat(threshold).hasToString(
        "threshold{[2020-01-01..2024-12-31]=250, [2025-01-01..2099-12-31]=300}");
  }

  @Test
  void explainsAParameterWithoutValueAndOverlappingPeriodsInBothLanguages() {
    // when
    var empty = DatedParameter.<Integer>named("threshold").build();
    var overlapping = DatedParameter.<Integer>named("threshold")
        .value(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31), 1, OLD)
        .value(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31), 2, NEW).build();
    // then
    assertThat(empty.getError().head().message(Language.EN))
        .isEqualTo("Parameter 'threshold' has no value.");
    assertThat(empty.getError().head().message(Language.FR))
        .isEqualTo("Le paramètre « threshold » n'a aucune valeur.");
    assertThat(overlapping.getError()).containsExactly(
        new EligibilityReason.ParameterPeriodsOverlap("threshold",
            DateWindow.of(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31)).get(),
            DateWindow.of(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31)).get()));
    assertThat(overlapping.getError().head().message(Language.EN)).isEqualTo("Periods"
        + " [2020-01-01..2022-12-31] and [2022-01-01..2023-12-31] of parameter 'threshold'"
        + " overlap.");
    assertThat(overlapping.getError().head().message(Language.FR)).isEqualTo("Les périodes"
        + " [2020-01-01..2022-12-31] et [2022-01-01..2023-12-31] du paramètre « threshold »"
        + " se chevauchent.");
  }
}
