package org.areso.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.areso.core.eligibility.Condition;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.Language;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.rules.programme.CatalogueProgrammes;
import org.junit.jupiter.api.Test;

/** The five programmes' policies: read from their files, cited, and each carried by its programme. */
class CataloguePoliciesTest {

  static final Seq<Policy> ALL = List.of(AresoPolicy.policy(), AresoSocial2023Policy.policy(),
      SoresoPolicy.policy(), AuraDialogueQvtPolicy.policy(), WorkplaceSocialServicePolicy.policy());

  /** The rule of a policy by its name. */
  static Rule rule(Policy policy, String name) {
    return policy.allRules().find(r -> r.name().equals(name))
        .getOrElseThrow(() -> new AssertionError(policy.id() + " has no rule " + name));
  }

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
  void everyPolicyIsReadFromTheFileOfItsIdentifierOnceForAll() {
    // when
    Seq<String> ids = ALL.map(Policy::id);
    // then
    assertThat(ids).containsExactly(AresoPolicy.ID, AresoSocial2023Policy.ID, SoresoPolicy.ID,
        AuraDialogueQvtPolicy.ID, WorkplaceSocialServicePolicy.ID);
    assertThat(AresoPolicy.policy()).isSameAs(ALL.head());
    assertThat(PolicyFiles.read(SoresoPolicy.ID)).as("a second reading is another value")
        .isNotSameAs(SoresoPolicy.policy());
  }

  @Test
  void theDeclaredFactOfAuraDialogueQvtIsTheCataloguesOwnFact() {
    // when
    var facts = AuraDialogueQvtPolicy.policy().allRules()
        .filter(Condition.class::isInstance).map(rule -> ((Condition) rule).fact());
    // then
    assertThat(facts).anySatisfy(fact ->
        assertThat(fact).isSameAs(AuraDialogueQvtPolicy.PRIVATE_NON_PROFIT));
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
    assertThat(rule(AuraDialogueQvtPolicy.policy(), "hasFinessCategory").reference().get()
        .isVerified()).isFalse();
    assertThat(WorkplaceSocialServicePolicy.obligationOfSocialService(300).reference()
        .isVerified()).isFalse();
    assertThat(rule(AresoPolicy.policy(), "locatedInFrance").reference().get().isVerified())
        .isTrue();
    // the joint training's need of representatives is the seed's own sentence
    assertThat(rule(AresoPolicy.policy(), "hasStaffRepresentation").reference().get()
        .isVerified()).isTrue();
    assertThat(rule(AresoSocial2023Policy.policy(), "socialOrMedicoSocialEstablishment")
        .reference().get().citation())
        .isEqualTo("CASF art. L.312-1");
  }
}
