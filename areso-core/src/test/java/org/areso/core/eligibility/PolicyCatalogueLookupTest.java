package org.areso.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

/** A catalogue built from providers written in the test, without the service loader. */
class PolicyCatalogueLookupTest {

  private static final LegalReference DECREE = LegalReference.builder().code("Décret")
      .article("4").build().get();

  private static Policy policy(String id) {
    return Policy.of(id, Text.of(id, id), List.of(Rule.condition("large", Text.of("g", "l"),
        Fact.HEADCOUNT, n -> n > 10).citing(DECREE))).get();
  }

  @Test
  void looksPoliciesUpByIdentifierInTheOrderOfTheProviders() {
    // given
    Policy social = policy("social");
    Policy medico = policy("medico");
    Policy industry = policy("industry");
    PolicyProvider first = () -> List.of(social, medico).map(io.vavr.control.Validation::valid);
    PolicyProvider second = () -> List.of(io.vavr.control.Validation.valid(industry));
    // when
    PolicyCatalogue catalogue = PolicyCatalogue.of(List.of(first, second)).get();
    // then
    assertThat(catalogue.ids()).containsExactly("social", "medico", "industry");
    assertThat(catalogue.policy("medico").get()).isSameAs(medico);
    assertThat(catalogue.policy("soreso").isEmpty()).isTrue();
  }

  @Test
  void namesEachIdentifierSharedByTwoPoliciesOnceInBothLanguages() {
    // given
    PolicyProvider provider = () -> List.of(policy("p"), policy("p"), policy("q"))
        .map(io.vavr.control.Validation::valid);
    // when
    var result = PolicyCatalogue.of(List.of(provider));
    // then
    assertThat(result.getError()).containsExactly(new EligibilityReason.DuplicatePolicy("p"));
    assertThat(result.getError().head().message(Language.EN))
        .isEqualTo("Several policies have the identifier 'p'.");
    assertThat(result.getError().head().message(Language.FR))
        .isEqualTo("Plusieurs politiques ont l'identifiant « p ».");
  }
}
