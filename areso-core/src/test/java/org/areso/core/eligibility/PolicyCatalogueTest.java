package org.areso.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

class PolicyCatalogueTest {

  // Reads the providers of the whole class path: the mutation run (areso-mutation), which puts
  // the tests of several modules on one class path, leaves out the tag "service-loader".
  @Test
  @Tag("service-loader")
  void discoversPoliciesOfProvidersDeclaredForServiceLoader() {
    // when
    PolicyCatalogue catalogue = PolicyCatalogue.discover().get();
    // then
    assertThat(catalogue.ids()).containsExactly("areso-social-2023");
    assertThat(catalogue.policy("areso-social-2023").isDefined()).isTrue();
    assertThat(catalogue.policy("soreso").isEmpty()).isTrue();
  }

  @Test
  void reportsRefusedPoliciesAndDuplicateIdentifiers() {
    // given
    PolicyProvider broken = () -> List.of(Policy.of("empty", Text.of("v", "e"), List.empty()));
    // when
    var result = PolicyCatalogue.of(List.of(new ExampleProvider(), new ExampleProvider(), broken));
    // then
    assertThat(result.getError().map(Reason::code))
        .containsExactly("EMPTY_POLICY", "DUPLICATE_POLICY");
  }
}
