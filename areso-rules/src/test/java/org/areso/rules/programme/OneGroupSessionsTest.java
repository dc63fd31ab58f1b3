package org.areso.rules.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import java.time.LocalDate;
import org.areso.core.ethics.Attendance;
import org.areso.core.ethics.Conduct;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Violation;
import org.areso.core.kernel.PartyRole;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.junit.jupiter.api.Test;

/**
 * Seed 004's collective actions "sensibiliser les équipes et les managers" meet one group by
 * design: under the social service's charter, sessions with one party raise no warning of
 * partiality, while the pair of seed 000, meant to bring the parties together, still warns.
 */
class OneGroupSessionsTest {

  /** Three working sessions held with the managers alone. */
  private static Conduct threeSessionsWithManagersAlone() {
    Conduct conduct = Conduct.of(HashSet.of(PartyRole.MANAGEMENT));
    for (int day : List.of(8, 15, 22)) {
      conduct = conduct.plusSessionHeld(new Attendance(Session.planned(
          LocalDate.of(2024, 1, day), SessionLength.HALF_DAY).withStatus(Session.Status.HELD),
          MeetingKind.SESSION, HashSet.of(PartyRole.SUPERVISORS)));
    }
    return conduct;
  }

  @Test
  void awarenessSessionsForManagersAloneRaiseNoWarningUnderTheSocialService() {
    // given
    Conduct conduct = threeSessionsWithManagersAlone();
    // when / then
    assertThat(Programmes.workplaceSocialService().charter().audit(conduct).violations()
        .map(Violation::code)).doesNotContain("ONE_SIDED_CONTACT");
    assertThat(Programmes.areso().charter().audit(conduct).violations().map(Violation::code))
        .contains("ONE_SIDED_CONTACT");
  }
}
