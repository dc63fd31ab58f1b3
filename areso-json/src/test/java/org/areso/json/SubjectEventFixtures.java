package org.areso.json;

import static org.areso.json.EventFixtures.FACILITATOR;
import static org.areso.json.EventFixtures.MANAGEMENT;
import static org.areso.json.EventFixtures.OPERATOR;
import static org.areso.json.EventFixtures.T0;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.SupportCase;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Stamp;

/**
 * One event of each type of the small lifecycles, a support case's and an application's: the
 * samples their golden files were written from.
 */
final class SubjectEventFixtures {

  private SubjectEventFixtures() { }

  /** The host's reference of the support case. */
  static final String CASE = "CASE-2024-017";

  /** The employee supported. */
  static final PartyId EMPLOYEE = PartyId.of("emp-42").get();

  /** The host's reference of the application. */
  static final String APPLICATION = "APP-7";

  /** The reference of the call applied to. */
  static final String CALL = "CALL-2024";

  private static Stamp at(Actor actor, int day) {
    return Stamp.of(actor, T0.plusDays(day));
  }

  /** One support case's event of every type, in declaration order. */
  static Seq<SupportCase.Event> supportCaseSamples() {
    Actor employee = new Actor.Party(PartyRole.NON_MANAGERIAL_STAFF, EMPLOYEE);
    return List.of(
        new SupportCase.Event.Referred(CASE, 1, at(FACILITATOR, 0), EMPLOYEE,
            Sensitive.of(SupportCase.Topic.HOUSING)),
        new SupportCase.Event.Consented(CASE, 2, at(employee, 1)),
        new SupportCase.Event.SupportStarted(CASE, 3, at(FACILITATOR, 2)),
        new SupportCase.Event.CaseClosed(CASE, 4, at(FACILITATOR, 3)),
        new SupportCase.Event.EndedByEmployee(CASE, 4, at(employee, 3)));
  }

  /** One application's event of every type, in declaration order. */
  static Seq<CohortApplication.Event> applicationSamples() {
    return List.of(
        new CohortApplication.Event.Applied(APPLICATION, 1, at(MANAGEMENT, 0), CALL),
        new CohortApplication.Event.Selected(APPLICATION, 2, at(OPERATOR, 1)),
        new CohortApplication.Event.NotSelected(APPLICATION, 2, at(OPERATOR, 1)),
        new CohortApplication.Event.Withdrawn(APPLICATION, 2, at(MANAGEMENT, 1)));
  }
}
