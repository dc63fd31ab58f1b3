package org.areso.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.control.Option;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Rule;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Structure;
import org.junit.jupiter.api.Test;

class WorkplaceSocialServicePolicyTest {

  static Structure employer(int headcount) {
    return Structure.builder().country("FR").departement("69").headcount(headcount).build().get();
  }

  @Test
  void requiresTheServiceFromTwoHundredAndFiftyEmployeesOn() {
    // when
    SocialServiceObligation below = WorkplaceSocialServicePolicy.obligationOfSocialService(249);
    SocialServiceObligation at = WorkplaceSocialServicePolicy.obligationOfSocialService(250);
    SocialServiceObligation none = WorkplaceSocialServicePolicy.obligationOfSocialService(0);
    // then
    assertThat(below.status()).isEqualTo(SocialServiceObligation.Status.NOT_REQUIRED);
    assertThat(below.isRequired()).isFalse();
    assertThat(at.status()).isEqualTo(SocialServiceObligation.Status.REQUIRED);
    assertThat(at.isRequired()).isTrue();
    assertThat(at.headcount()).isEqualTo(Option.some(250));
    assertThat(at.threshold()).isEqualTo(250);
    assertThat(none.isRequired()).isFalse();
  }

  @Test
  void citesLabourCodeArticleL46311AndSaysItInBothLanguages() {
    // when
    SocialServiceObligation at = WorkplaceSocialServicePolicy.obligationOfSocialService(400);
    // then
    assertThat(at.reference().code()).isEqualTo("Code du travail");
    assertThat(at.reference().article()).isEqualTo("L.4631-1");
    assertThat(at.message(Language.FR)).contains("400 salariés").contains("obligatoire")
        .contains("L.4631-1");
    assertThat(at.message(Language.EN)).contains("400 employees").contains("required");
    assertThat(WorkplaceSocialServicePolicy.obligationOfSocialService(12).message(Language.EN))
        .contains("voluntary");
  }

  @Test
  void cannotTellTheObligationOfAStructureWhoseHeadcountIsUnknown() {
    // given
    Structure unknown = Structure.builder().country("FR").build().get();
    // when
    SocialServiceObligation obligation =
        WorkplaceSocialServicePolicy.obligationOfSocialService(unknown);
    // then
    assertThat(obligation.status()).isEqualTo(SocialServiceObligation.Status.UNKNOWN);
    assertThat(obligation.headcount().isEmpty()).isTrue();
    assertThat(obligation.message(Language.EN)).contains("unknown");
    assertThat(WorkplaceSocialServicePolicy.obligationOfSocialService(employer(300)).isRequired())
        .isTrue();
  }

  @Test
  void theThresholdIsNotAConditionOfEligibility() {
    // when
    Verdict small = WorkplaceSocialServicePolicy.policy().verdict(Facts.of(employer(12)));
    Verdict large = WorkplaceSocialServicePolicy.policy().verdict(Facts.of(employer(2_000)));
    // then
    assertThat(small).isEqualTo(Verdict.ELIGIBLE);
    assertThat(large).isEqualTo(Verdict.ELIGIBLE);
    assertThat(WorkplaceSocialServicePolicy.policy().allRules().map(Rule::name))
        .containsExactly("locatedInFrance", "employsStaff");
  }

  @Test
  void refusesANegativeHeadcountOrANullStructureAsProgrammerErrors() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WorkplaceSocialServicePolicy.obligationOfSocialService(-1));
    assertThatNullPointerException()
        .isThrownBy(() -> WorkplaceSocialServicePolicy.obligationOfSocialService(null))
        .withMessage("structure");
  }
}
