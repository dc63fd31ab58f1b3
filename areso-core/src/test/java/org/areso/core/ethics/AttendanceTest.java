package org.areso.core.ethics;

import static org.areso.core.ethics.EthicsFixtures.DAY;
import static org.areso.core.ethics.EthicsFixtures.HELD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.vavr.collection.LinkedHashSet;
import org.areso.core.kernel.PartyRole;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.junit.jupiter.api.Test;

/** The charter's view of a held session: derived from the one session type, never another. */
class AttendanceTest {

  @Test
  void anAttendanceIsHeldOnTheDayOfItsSession() {
    // given
    Attendance attendance =
        new Attendance(HELD, MeetingKind.SESSION, LinkedHashSet.of(PartyRole.MANAGEMENT));
    // when
    var on = attendance.on();
    // then
    assertThat(on).isEqualTo(DAY).isEqualTo(HELD.date());
  }

  @Test
  void aSessionStillPlannedHasNoAttendance() {
    // given
    Session planned = Session.planned(DAY, SessionLength.HALF_DAY);
    // when, then
    assertThatIllegalArgumentException().isThrownBy(() ->
            new Attendance(planned, MeetingKind.SESSION, LinkedHashSet.of(PartyRole.MANAGEMENT)))
        .withMessage("session not held: PLANNED");
  }

  @Test
  void aCancelledSessionHasNoAttendance() {
    // given
    Session cancelled = HELD.withStatus(Session.Status.CANCELLED);
    // when, then
    assertThatIllegalArgumentException().isThrownBy(() ->
            new Attendance(cancelled, MeetingKind.INTERVIEW, LinkedHashSet.empty()))
        .withMessage("session not held: CANCELLED");
  }
}
