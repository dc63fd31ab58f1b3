package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** What the three host identifiers share through one implementation. */
class HostIdTest {

  @Test
  void identifiersOfDifferentTypesWithTheSameTextAreNotEqual() {
    // given
    PartyId party = PartyId.of("claire").get();
    FacilitatorId facilitator = FacilitatorId.of("claire").get();
    // when
    boolean equal = party.equals(facilitator);
    // then
    assertThat(equal).isFalse();
  }

  @Test
  void identifiersWithTheSameTextAreEqualAndHashAlike() {
    // given
    EngagementId one = EngagementId.of("ENG-1").get();
    // when
    EngagementId again = EngagementId.of(" ENG-1 ").get();
    // then
    assertThat(again).isEqualTo(one).hasSameHashCodeAs(one);
  }

  @Test
  void identifiersAreOrderedByTheirText() {
    // given
    List<FacilitatorId> unordered = List.of("karim", "ali", "claire")
        .map(text -> FacilitatorId.of(text).get());
    // when
    List<FacilitatorId> sorted = unordered.sorted();
    // then
    assertThat(sorted.map(FacilitatorId::value)).containsExactly("ali", "claire", "karim");
  }

  @Test
  void anIdentifierComparesEqualOnlyToOneWithTheSameText() {
    // given
    PartyId cse = PartyId.of("cse").get();
    // when
    int same = cse.compareTo(PartyId.of("cse").get());
    int other = cse.compareTo(PartyId.of("drh").get());
    // then
    assertThat(same).isZero();
    assertThat(other).isNegative();
  }

  @Test
  void comparingWithNothingIsAProgrammerError() {
    // given
    EngagementId id = EngagementId.of("ENG-1").get();
    // when, then
    assertThatNullPointerException().isThrownBy(() -> id.compareTo(null)).withMessage("other");
  }
}
