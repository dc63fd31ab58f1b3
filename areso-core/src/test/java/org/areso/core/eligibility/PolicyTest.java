package org.areso.core.eligibility;

import static org.areso.core.eligibility.EligibilityFixtures.CASF;
import static org.areso.core.eligibility.EligibilityFixtures.CASF_ITEM_KNOWN;
import static org.areso.core.eligibility.EligibilityFixtures.FUNDED_BY_STATE;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

class PolicyTest {

  private static final Text T = Text.of("t", "t");

  @Test
  void refusesAnEmptyPolicyAndABlankId() {
    // when
    var result = Policy.of(" ", T, List.empty());
    // then
    assertThat(result.getError().map(Reason::code)).containsExactly("FIELD_BLANK", "EMPTY_POLICY");
    assertThat(result.getError().last().message(Language.FR)).contains("aucune règle");
  }

  @Test
  void reportsEveryDefectOfAPolicyAtOnce() {
    // given
    Condition uncited = Rule.condition("uncited", T, Fact.HEADCOUNT, n -> n > 10);
    DateWindow y2020 = DateWindow.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).get();
    DateWindow y2023 = DateWindow.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).get();
    Rule derogated = Rule.withDerogations("derogated", T, CASF_ITEM_KNOWN.validDuring(y2023),
        List.of(Derogation.granting("old", Rule.condition("oldPilot", T, Fact.HEADCOUNT, n -> true)
            .citing(CASF).validDuring(y2020)))).validDuring(y2023);
    Rule conflicting = Rule.withDerogations("conflicting", T, FUNDED_BY_STATE, List.of(
        Derogation.granting("yes", Rule.condition("big", T, Fact.HEADCOUNT, n -> n > 50)
            .citing(CASF)),
        Derogation.denying("no", Rule.condition("big", T, Fact.HEADCOUNT, n -> n > 50)
            .citing(CASF))));
    Rule empty = Rule.anyOf("empty", T, List.empty());
    // when
    var result = Policy.of("p", T, List.of(uncited, derogated, conflicting, empty));
    // then
    assertThat(result.getError().map(Reason::code)).containsExactlyInAnyOrder(
        "RULE_WITHOUT_REFERENCE", "DEROGATION_NEVER_APPLIES", "EMPTY_COMPOSITION",
        "DUPLICATE_RULE_NAME");
    assertThat(result.getError().map(r -> r.message(Language.EN)))
        .anyMatch(m -> m.contains("'old'") && m.contains("2020"))
        .anyMatch(m -> m.contains("2 rules are named 'big'"));
  }

  @Test
  void refusesTwoDerogationsThatApplyTogetherAndDisagree() {
    // given
    Condition big = Rule.condition("big", T, Fact.HEADCOUNT, n -> n > 50).citing(CASF);
    Rule rule = Rule.withDerogations("conflicting", T, FUNDED_BY_STATE,
        List.of(Derogation.granting("yes", big), Derogation.denying("no", big)));
    // when
    var result = Policy.of("p", T, List.of(rule));
    // then
    assertThat(result.getError().map(Reason::code))
        .contains("DEROGATIONS_ALWAYS_CONFLICT");
  }

  @Test
  void listsEveryRuleIncludingDerogations() {
    // given
    Condition big = Rule.condition("big", T, Fact.HEADCOUNT, n -> n > 50).citing(CASF);
    Rule rule = Rule.withDerogations("derogated", T, FUNDED_BY_STATE,
        List.of(Derogation.granting("yes", big)));
    // when
    Policy policy = Policy.of("p", T, List.of(rule, CASF_ITEM_KNOWN)).get();
    // then
    assertThat(policy.allRules().map(Rule::name))
        .containsExactly("derogated", "fundedByStateBudgetProgramme", "big",
            "isSocialEstablishment");
    assertThat(policy.id()).isEqualTo("p");
  }
}
