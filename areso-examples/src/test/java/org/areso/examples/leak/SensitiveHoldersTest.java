package org.areso.examples.leak;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The types that can hold a sensitive value are found in the compiled API, not listed by hand, and
 * each has a generator for {@link NoLeakProperties}: a new holder without one fails here, by name.
 */
class SensitiveHoldersTest {

  @Test
  void everyApiTypeThatCanHoldASensitiveValueHasAGeneratorAndNoOtherTypeHasOne() {
    // given the public types of the packages areso-core and areso-rules export
    Set<String> exported = SensitiveHolders.exportedPackages();
    // when the holders among them are found
    Set<String> holders = SensitiveHolders.in(SensitiveHolders.aresoClasses(), exported);
    // then they are exactly the types the generators cover
    Set<String> covered = SecretArbitraries.registry().keySet().stream().map(Class::getName)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(exported).contains("org.areso.core.ethics", "org.areso.core.engagement",
        "org.areso.core.lifecycle", "org.areso.rules.programme");
    assertThat(holders).as("types with a generator that hold nothing sensitive")
        .containsAll(covered);
    assertThat(covered).as("holders found in the API without a generator in SecretArbitraries")
        .containsAll(holders);
    assertThat(holders).hasSize(24);
  }

  @Test
  void aNewTypeHoldingASensitiveValueDirectlyThroughTypeArgumentsOrAsASupertypeIsFound() {
    // given small types shaped like API types
    JavaClasses fixtures = new ClassFileImporter().importPackagesOf(HolderFixtures.class)
        .that(DescribedPredicate.describe("the fixtures",
            c -> c.getName().startsWith(HolderFixtures.class.getName())));
    // when the holders among them are found
    Set<String> holders = SensitiveHolders.in(fixtures, Set.of("org.areso.examples.leak"));
    // then the direct holder, its interface, the type holding it through a private type and the
    // one holding it in a generic type that keeps it are found; the private type is not API, a
    // static constant is not held, nor is a type argument that its generic type does not keep,
    // nor the type a Class object names
    assertThat(fixtures.contain(HolderFixtures.Plain.class)).isTrue();
    assertThat(fixtures.contain(HolderFixtures.Workshop.class)).isTrue();
    assertThat(fixtures.contain(HolderFixtures.Label.class)).isTrue();
    assertThat(holders).containsExactlyInAnyOrder(
        HolderFixtures.Note.class.getName(), HolderFixtures.Remark.class.getName(),
        HolderFixtures.Diary.class.getName(), HolderFixtures.Shelf.class.getName());
  }
}
