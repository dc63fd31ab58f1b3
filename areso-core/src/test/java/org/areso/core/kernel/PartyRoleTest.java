package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/** The check every value keeping a set of roles makes: {@link PartyRole#requireNoNull}. */
class PartyRoleTest {

  @Test
  void aSetOfRolesWithoutNullIsReturnedAsItIs() {
    // given
    Set<PartyRole> roles = LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);
    // when
    Set<PartyRole> checked = PartyRole.requireNoNull(roles, "present");
    // then
    assertThat(checked).isSameAs(roles);
    assertThat(PartyRole.requireNoNull(TreeSet.empty(), "present")).isEmpty();
  }

  @Test
  void aNullSetIsNamedAndANullRoleIsNamedWithBrackets() {
    // given: a null in a hashed, a linked and a sorted set (the sorted one is walked)
    Comparator<PartyRole> nullsFirst = Comparator.nullsFirst(Comparator.naturalOrder());
    // when / then
    assertThatNullPointerException().isThrownBy(() -> PartyRole.requireNoNull(null, "present"))
        .withMessage("present");
    assertThatNullPointerException().isThrownBy(() ->
        PartyRole.requireNoNull(HashSet.of(PartyRole.MANAGEMENT, null), "present"))
        .withMessage("present[]");
    assertThatNullPointerException().isThrownBy(() ->
        PartyRole.requireNoNull(LinkedHashSet.of(null, PartyRole.MANAGEMENT), "validatedBy"))
        .withMessage("validatedBy[]");
    assertThatNullPointerException().isThrownBy(() -> PartyRole.requireNoNull(
        TreeSet.of(nullsFirst, PartyRole.GOVERNANCE, null), "requestedBy"))
        .withMessage("requestedBy[]");
  }
}
