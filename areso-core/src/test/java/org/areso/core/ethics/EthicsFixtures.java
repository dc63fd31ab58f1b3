package org.areso.core.ethics;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Text;
import org.areso.core.kernel.Actor;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;

/** Charters, people and conducts for the ethics tests. */
final class EthicsFixtures {

  private EthicsFixtures() { }

  static final LegalReference TEXT = LegalReference.builder().code("Charte de test")
      .article("principes").verified(false).build().get();
  static final LocalDate DAY = LocalDate.of(2024, 3, 4);
  static final Set<PartyRole> BOTH =
      LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);
  static final Actor MANAGEMENT = new Actor.Party(PartyRole.MANAGEMENT, PartyId.of("dir").get());
  static final FacilitatorId F1_ID = FacilitatorId.of("F-1").get();
  static final Actor FACILITATOR = new Actor.Facilitator(F1_ID);
  static final Facilitator F1 = Facilitator.of(F1_ID, FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER);
  static final Session HELD = new Session(DAY, SessionLength.HALF_DAY, Session.Status.HELD);
  static final Facilitator F2 =
      Facilitator.of(FacilitatorId.of("F-2").get(), FacilitatorKind.INDEPENDENT_CONSULTANT);

  /** A charter listing the given principles, in that order, with the default terms. */
  static Charter.Builder charterOf(Principle... principles) {
    Charter.Builder b = Charter.builder("test", TEXT);
    for (Principle p : principles) {
      b.article(p, Text.of("fr:" + p.name(), "en:" + p.name()));
    }
    return b;
  }

  /** Every principle, anonymity towards supervising authorities. */
  static final Charter ALL = charterOf(Principle.values())
      .anonymityTowardsSupervisingAuthorities(true).build().get();

  /** Nothing recorded, management and staff representatives required. */
  static Conduct conduct() {
    return Conduct.of(BOTH);
  }

  static Assignment assigned(Facilitator first, Facilitator second) {
    return new Assignment(Facilitators.pair(first, second).get(), DAY);
  }

  /** A working session held on {@link #DAY} with the parties present. */
  static Attendance session(PartyRole... present) {
    return new Attendance(HELD, MeetingKind.SESSION, LinkedHashSet.of(present));
  }

  /** An interview held on {@link #DAY} with the parties present. */
  static Attendance interview(PartyRole... present) {
    return new Attendance(HELD, MeetingKind.INTERVIEW, LinkedHashSet.of(present));
  }

  static Disclosure disclosure(Sensitivity sensitivity, Recipient recipient) {
    return new Disclosure(DAY, new InformationItem("compte rendu", sensitivity,
        Sensitive.of("ce qu'a dit la directrice")), recipient);
  }

  static Option<DateWindow> yearsAgo(int fromYears, int toYears) {
    return Option.of(DateWindow.of(DAY.minusYears(fromYears), DAY.minusYears(toYears)).get());
  }
}
