package org.areso.jdbc;

import static org.areso.core.engagement.Commands.assignFacilitators;
import static org.areso.core.engagement.Commands.confirmFraming;
import static org.areso.core.engagement.Commands.giveConsent;
import static org.areso.core.engagement.Commands.proposeFraming;
import static org.areso.core.engagement.Commands.qualify;
import static org.areso.core.engagement.Commands.recordPreDiagnosis;
import static org.areso.core.engagement.Commands.request;
import static org.areso.core.engagement.Commands.startIntervention;
import static org.areso.core.kernel.FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER;
import static org.areso.core.kernel.FacilitatorKind.LABOUR_ADMINISTRATION_AGENT;
import static org.areso.core.kernel.InterventionContext.PREVENTIVE;
import static org.areso.core.kernel.PartyRole.MANAGEMENT;
import static org.areso.core.kernel.PartyRole.STAFF_REPRESENTATIVES;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.Structure;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.programme.Programme;
import org.areso.rules.programme.Programmes;

/**
 * A short walk of an {@code areso} engagement, from the request to the intervention started: the
 * same commands at the same instants, so that handling a command on the same state always gives
 * equal events. The structure's name and the framing's texts hold {@link #SECRET}, which no log
 * line may show.
 */
final class Walks {

  static final Programme ARESO = Programmes.areso();
  static final String SECRET = "Confidentiel-Atelier-7f3a";
  static final LocalDate TODAY = LocalDate.of(2024, 3, 4);
  private static final LocalDateTime T = TODAY.atTime(9, 0);
  private static final Structure FIRM = Structure.builder().name(SECRET).country("FR")
      .departement("69").legalForm("COMPANY").headcount(120).staffRepresentation(true)
      .build().get();

  private Walks() { }

  /** The request that starts an engagement. */
  static RequestEngagement requestOf(String engagement) {
    return request(engagement, Actor.party(MANAGEMENT, "director").at(T), FIRM);
  }

  /** The commands after the request, in order: one event each. */
  static Seq<EngagementCommand> after() {
    Actor director = Actor.party(MANAGEMENT, "director");
    Actor cse = Actor.party(STAFF_REPRESENTATIVES, "cse");
    Actor aract = Actor.operator("aract");
    Facilitator anne = Facilitator.of("anne", ANACT_ARACT_PROJECT_OFFICER);
    Facilitator paul = Facilitator.of("paul", LABOUR_ADMINISTRATION_AGENT);
    var both = ARESO.consentingParties();
    return List.of(
        recordPreDiagnosis(anne.at(T), MANAGEMENT, PREVENTIVE, "accompaniment"),
        qualify(aract.at(T), ARESO.decide(FIRM, TODAY), TODAY),
        assignFacilitators(aract.at(T), anne, paul),
        proposeFraming(anne.at(T), "dialogue " + SECRET, "training", "rules", "two days", both),
        giveConsent(director.at(T)), giveConsent(cse.at(T)), confirmFraming(anne.at(T)),
        startIntervention(anne.at(T), TODAY.plusMonths(2)));
  }

  /** How many events a whole walk stores. */
  static int length() {
    return after().size() + 1;
  }

  /** The engagement's identifier. */
  static EngagementId id(String engagement) {
    return EngagementId.of(engagement).get();
  }

  /**
   * The next step of an engagement's walk from its state (none before the request).
   *
   * @return the new state and its events, or the rejection
   */
  static Either<Rejection, Accepted<Engagement, EngagementEvent>> next(String engagement,
      io.vavr.control.Option<Engagement> state) {
    return state.isEmpty()
        ? Engagement.start(ARESO, requestOf(engagement))
        : state.get().handle(after().get((int) state.get().version() - 1));
  }

  /** The first {@code steps} steps of a walk at once. */
  static Accepted<Engagement, EngagementEvent> walk(String engagement, int steps) {
    var started = Engagement.start(ARESO, requestOf(engagement)).get();
    if (steps == 1) {
      return started;
    }
    var rest = started.state().handleAll(after().take(steps - 1)).get();
    return new Accepted<>(rest.state(), started.events().appendAll(rest.events()));
  }

  /** The summary of an engagement's state. */
  static EngagementSummary summaryOf(Engagement engagement) {
    return EngagementSummary.of(engagement);
  }
}
