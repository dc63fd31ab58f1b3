package org.areso.core.ethics;

import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Tie;
import org.areso.core.kernel.Actor;
import org.junit.jupiter.api.Test;

/**
 * A null element inside a collection argument is a programmer error reported where it is made,
 * naming the collection, as the Javadoc says (mutants PIT showed alive, docs/RELIABILITY.md).
 */
class NullElementTest {

  private static final Actor OPERATOR = new Actor.Operator("aract");

  @Test
  void aNullRoleInAnOriginAnAttendanceOrAnActionPlanItemIsRefusedNamingTheCollection() {
    // given
    HashSet<PartyRole> withNull = HashSet.of(PartyRole.MANAGEMENT, null);
    // when / then
    assertThatNullPointerException().isThrownBy(() -> new Origin(withNull, Option.none()))
        .withMessage("requestedBy[]");
    assertThatNullPointerException().isThrownBy(() ->
        new Attendance(EthicsFixtures.HELD, MeetingKind.SESSION, withNull)).withMessage("present[]");
    assertThatNullPointerException().isThrownBy(() ->
        new ActionPlanItem("A-1", OPERATOR, OPERATOR, withNull)).withMessage("validatedBy[]");
  }

  @Test
  void aNullTieOfAFacilitatorIsRefusedNamingTheTies() {
    // given
    List<Tie> withNull = List.of((Tie) null);
    // when / then
    assertThatNullPointerException().isThrownBy(() ->
        new Facilitator(FacilitatorId.of("claire").get(), FacilitatorKind.values()[0], withNull))
        .withMessage("ties[]");
  }
}
