package org.areso.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.Language;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.rules.programme.CatalogueProgrammes;
import org.junit.jupiter.api.Test;

/** The five programmes' policies: built, cited, and each carried by its programme. */
class CataloguePoliciesTest {

  static final Seq<Policy> ALL = List.of(AresoPolicy.policy(), AresoSocial2023Policy.policy(),
      SoresoPolicy.policy(), AuraDialogueQvtPolicy.policy(), WorkplaceSocialServicePolicy.policy());

  @Test
  void eachProgrammeOfTheCatalogueCarriesItsPolicyUnderItsOwnIdentifier() {
    // given
    var catalogue = ProgrammeCatalogue.of(List.of(new CatalogueProgrammes())).get();
    // when
    Seq<Policy> policies = catalogue.programmes().map(Programme::policy);
    // then
    assertThat(policies).containsExactlyElementsOf(ALL);
    assertThat(catalogue.programme("soreso").map(Programme::policy))
        .containsExactly(SoresoPolicy.policy());
  }

  @Test
  void everyPolicyIsBuiltWithoutReason() {
    // when
    var built = List.of(AresoPolicy.built(), AresoSocial2023Policy.built(), SoresoPolicy.built(),
        AuraDialogueQvtPolicy.built(), WorkplaceSocialServicePolicy.built());
    // then
    assertThat(built).allSatisfy(p -> assertThat(p.isValid()).as("%s", p).isTrue());
    assertThat(built.map(p -> p.get().id())).containsExactly(AresoPolicy.ID,
        AresoSocial2023Policy.ID, SoresoPolicy.ID, AuraDialogueQvtPolicy.ID,
        WorkplaceSocialServicePolicy.ID);
  }

  @Test
  void everyRuleCitesAReferenceAndSaysWhatItAsksInFrenchAndEnglish() {
    // when
    Seq<Rule> rules = ALL.flatMap(Policy::allRules);
    // then
    assertThat(rules).hasSizeGreaterThanOrEqualTo(15).allSatisfy(rule -> {
      assertThat(rule.reference().isDefined()).as(rule.name()).isTrue();
      assertThat(rule.description().in(Language.FR)).as(rule.name()).isNotBlank();
      assertThat(rule.description().in(Language.EN)).as(rule.name()).isNotBlank()
          .isNotEqualTo(rule.description().in(Language.FR));
    });
  }

  @Test
  void whatWasNotReadInTheTextItselfIsCitedUnverified() {
    // then
    assertThat(AuraDialogueQvtPolicy.FINESS_REGISTERED.reference().get().isVerified()).isFalse();
    assertThat(WorkplaceSocialServicePolicy.obligationOfSocialService(300).reference()
        .isVerified()).isFalse();
    assertThat(AresoPolicy.IN_FRANCE.reference().get().isVerified()).isTrue();
    // the joint training's need of representatives is the seed's own sentence
    assertThat(AresoPolicy.STAFF_REPRESENTATION.reference().get().isVerified()).isTrue();
    assertThat(AresoSocial2023Policy.SOCIAL_ESTABLISHMENT.reference().get().citation())
        .isEqualTo("CASF art. L.312-1");
  }
}
