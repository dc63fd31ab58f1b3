package org.areso.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.lang.module.ModuleDescriptor;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.PolicyCatalogue;
import org.areso.core.eligibility.Rule;
import org.areso.core.kernel.Language;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class CataloguePoliciesTest {

  static final Seq<Policy> ALL = List.of(AresoPolicy.policy(), AresoSocial2023Policy.policy(),
      SoresoPolicy.policy(), AuraDialogueQvtPolicy.policy(), WorkplaceSocialServicePolicy.policy());

  // Reads the providers of the whole class path: the mutation run (areso-mutation), which puts
  // the tests of several modules on one class path, leaves out the tag "service-loader".
  @Test
  @Tag("service-loader")
  void discoveryFindsExactlyTheFiveProgrammesPolicies() {
    // when
    var catalogue = PolicyCatalogue.discover();
    // then
    assertThat(catalogue.isValid()).as("%s", catalogue).isTrue();
    assertThat(catalogue.get().ids()).containsExactlyInAnyOrder("areso", "areso-social-2023",
        "soreso", "aura-dialogue-qvt", "workplace-social-service");
    assertThat(catalogue.get().policy("soreso").get()).isSameAs(SoresoPolicy.policy());
  }

  @Test
  void theProviderGivesEveryPolicyBuiltWithoutReason() {
    // when
    var policies = new CataloguePolicies().policies();
    // then
    assertThat(policies).hasSize(5).allSatisfy(p -> assertThat(p.isValid()).isTrue());
    assertThat(policies.map(p -> p.get().id())).containsExactly(AresoPolicy.ID,
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
    assertThat(AresoPolicy.STAFF_REPRESENTATION.reference().get().isVerified()).isFalse();
    assertThat(AuraDialogueQvtPolicy.APPLIED_DURING_CALL.reference().get().isVerified()).isFalse();
    assertThat(AuraDialogueQvtPolicy.callOpen().periods().single().reference().isVerified())
        .isFalse();
    assertThat(WorkplaceSocialServicePolicy.obligationOfSocialService(300).reference()
        .isVerified()).isFalse();
    assertThat(AresoPolicy.IN_FRANCE.reference().get().isVerified()).isTrue();
    assertThat(AresoSocial2023Policy.SOCIAL_ESTABLISHMENT.reference().get().citation())
        .isEqualTo("CASF art. L.312-1");
  }

  @Test
  void theModuleExportsThePoliciesAndProvidesThemToTheCatalogue() {
    // given the module descriptor as compiled
    ModuleDescriptor descriptor = moduleDescriptor();
    // then
    assertThat(descriptor.name()).isEqualTo("org.areso.rules");
    assertThat(descriptor.exports()).anySatisfy(e ->
        assertThat(e.source()).isEqualTo("org.areso.rules.eligibility"));
    assertThat(descriptor.provides()).anySatisfy(p -> {
      assertThat(p.service()).isEqualTo("org.areso.core.eligibility.PolicyProvider");
      assertThat(p.providers()).containsExactly(CataloguePolicies.class.getName());
    });
  }

  static ModuleDescriptor moduleDescriptor() {
    // the module-info.class next to this module's classes, not another module's on the class path
    String self = CataloguePolicies.class.getResource("CataloguePolicies.class").toString();
    String root = self.substring(0, self.length()
        - "org/areso/rules/eligibility/CataloguePolicies.class".length());
    try (var in = java.net.URI.create(root + "module-info.class").toURL().openStream()) {
      return ModuleDescriptor.read(in);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
