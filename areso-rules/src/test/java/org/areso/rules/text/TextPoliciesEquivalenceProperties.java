package org.areso.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.kernel.Language;
import org.areso.rules.eligibility.AresoPolicy;
import org.areso.rules.eligibility.AresoSocial2023Policy;
import org.areso.rules.eligibility.AuraDialogueQvtPolicy;
import org.areso.rules.eligibility.SoresoPolicy;
import org.areso.rules.eligibility.WorkplaceSocialServicePolicy;

/**
 * Each programme's policy in the catalogue, read from its packaged policy file, decides every
 * request as the wave-one Java policy it replaced ({@link WaveOnePolicies}): the same verdict
 * (explained and fast), the same reasons, the same missing facts and the same explanation in
 * French and English, on 10,000 generated requests per programme.
 */
class TextPoliciesEquivalenceProperties {

  @Provide
  Arbitrary<TextPolicyArbitraries.Request> requests() {
    return TextPolicyArbitraries.requests();
  }

  private static void decidesAsTheJavaPolicy(String id, TextPolicyArbitraries.Request request) {
    // given
    Policy java = TextPolicyFixtures.javaPolicy(id);
    Policy text = TextPolicyFixtures.cataloguePolicy(id);
    Facts javaFacts = request.factsFor(java);
    Facts textFacts = request.factsFor(text);
    // when
    Decision expected = java.evaluate(javaFacts);
    Decision actual = text.evaluate(textFacts);
    // then
    assertThat(actual.verdict()).isEqualTo(expected.verdict());
    assertThat(text.verdict(textFacts)).isEqualTo(expected.verdict());
    assertThat(actual.reasonCodes()).isEqualTo(expected.reasonCodes());
    assertThat(actual.reasons()).isEqualTo(expected.reasons());
    assertThat(actual.missing().map(Fact::name)).isEqualTo(expected.missing().map(Fact::name));
    assertThat(actual.explain(Language.FR)).isEqualTo(expected.explain(Language.FR));
    assertThat(actual.explain(Language.EN)).isEqualTo(expected.explain(Language.EN));
    Statistics.label("verdict").collect(expected.verdict());
  }

  @Property(tries = 10_000)
  void aresoDecidesAsItsJavaPolicy(@ForAll("requests") TextPolicyArbitraries.Request request) {
    decidesAsTheJavaPolicy(AresoPolicy.ID, request);
  }

  @Property(tries = 10_000)
  void aresoSocial2023DecidesAsItsJavaPolicy(
      @ForAll("requests") TextPolicyArbitraries.Request request) {
    decidesAsTheJavaPolicy(AresoSocial2023Policy.ID, request);
  }

  @Property(tries = 10_000)
  void soresoDecidesAsItsJavaPolicy(@ForAll("requests") TextPolicyArbitraries.Request request) {
    decidesAsTheJavaPolicy(SoresoPolicy.ID, request);
  }

  @Property(tries = 10_000)
  void auraDialogueQvtDecidesAsItsJavaPolicy(
      @ForAll("requests") TextPolicyArbitraries.Request request) {
    decidesAsTheJavaPolicy(AuraDialogueQvtPolicy.ID, request);
  }

  @Property(tries = 10_000)
  void workplaceSocialServiceDecidesAsItsJavaPolicy(
      @ForAll("requests") TextPolicyArbitraries.Request request) {
    decidesAsTheJavaPolicy(WorkplaceSocialServicePolicy.ID, request);
  }
}
