package org.areso.core.engagement;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import org.areso.core.engagement.EngagementEvent.ActionPlanAdopted;
import org.areso.core.engagement.EngagementEvent.Closed;
import org.areso.core.engagement.EngagementEvent.ConsentGiven;
import org.areso.core.engagement.EngagementEvent.ContributionRecorded;
import org.areso.core.engagement.EngagementEvent.Declined;
import org.areso.core.engagement.EngagementEvent.Disclosed;
import org.areso.core.engagement.EngagementEvent.EngagementRequested;
import org.areso.core.engagement.EngagementEvent.FacilitatorsAssigned;
import org.areso.core.engagement.EngagementEvent.FollowUpReviewed;
import org.areso.core.engagement.EngagementEvent.FramingProposed;
import org.areso.core.engagement.EngagementEvent.InterventionEnded;
import org.areso.core.engagement.EngagementEvent.IntersessionWorkRecorded;
import org.areso.core.engagement.EngagementEvent.InterventionStarted;
import org.areso.core.engagement.EngagementEvent.PreDiagnosisRecorded;
import org.areso.core.engagement.EngagementEvent.Qualified;
import org.areso.core.engagement.EngagementEvent.SelectionRecorded;
import org.areso.core.engagement.EngagementEvent.SessionHeld;
import org.areso.core.ethics.Assignment;
import org.areso.core.ethics.Attendance;
import org.areso.core.ethics.Conduct;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Structure;
import org.areso.core.programme.Programme;

/**
 * An engagement under construction: the one place where what each event records in the file and
 * the conduct is written. A command's event is recorded into a draft of the engagement it applies
 * to; a replay records a whole history into one draft and builds the engagement once. The events
 * a long history is mostly made of — sessions held, contributions, disclosures — are gathered in
 * plain lists and appended to the conduct at the end, or before any other event. Mutable, used by
 * one thread, never shared.
 */
final class EngagementDraft {

  private final EngagementId id;
  private final Programme programme;
  private final Structure structure;
  private EngagementStage stage;
  private long version;
  private EngagementFile file;
  private int halfDays;
  private Conduct conduct;
  private final ArrayList<Attendance> sessionsHeld = new ArrayList<>();
  private final ArrayList<Contribution> contributions = new ArrayList<>();
  private final ArrayList<Disclosure> disclosures = new ArrayList<>();

  private EngagementDraft(EngagementId id, Programme programme, Structure structure,
      EngagementStage stage, long version, EngagementFile file, Conduct conduct) {
    this.id = id;
    this.programme = programme;
    this.structure = structure;
    this.stage = stage;
    this.version = version;
    this.file = file;
    this.halfDays = file.halfDaysConsumed();
    this.conduct = conduct;
  }

  /** The draft of a new engagement, from its request. */
  static EngagementDraft requested(Programme programme, EngagementRequested event) {
    return new EngagementDraft(event.engagement(), programme, event.structure(),
        EngagementStage.REQUESTED, event.version(), EngagementFile.empty(),
        Conduct.of(programme.workflow().consentOf(event.structure()))
            .withOrigin(Option.some(event.origin())));
  }

  /** The draft of an engagement, to record a command's event into. */
  static EngagementDraft of(Engagement e) {
    return new EngagementDraft(e.id(), e.programme(), e.structure(), e.stage(), e.version(),
        e.file(), e.conduct());
  }

  /** Records an event, and the stage it leads to. */
  void record(EngagementEvent event, EngagementStage to) {
    stage = to;
    version = event.version();
    if (event instanceof SessionHeld v) {
      sessionsHeld.add(new Attendance(v.session(), v.kind(), v.present()));
      halfDays += v.length().days().halfDays();
    } else if (event instanceof ContributionRecorded v) {
      contributions.add(v.contribution());
    } else if (event instanceof Disclosed v) {
      disclosures.add(v.disclosure());
    } else {
      flush();
      recordRare(event);
    }
  }

  private void recordRare(EngagementEvent event) {
    if (event instanceof PreDiagnosisRecorded v) {
      file = file.edit().withPreDiagnosis(Option.of(v.preDiagnosis()));
    } else if (event instanceof SelectionRecorded v) {
      file = file.edit().withSelection(Option.of(v.selection()));
    } else if (event instanceof IntersessionWorkRecorded v) {
      file = file.edit().withIntersessionWork(file.intersessionWork().append(v.work()));
    } else if (event instanceof Qualified v) {
      file = file.edit().withEligibilityRecord(Option.of(v.eligibilityRecord()));
    } else if (event instanceof Declined v) {
      file = file.edit().withEligibilityRecord(Option.of(v.eligibilityRecord()));
    } else if (event instanceof FramingProposed v) {
      file = file.edit().withFraming(Option.of(v.framing()))
          .withFramingProposedOn(Option.of(v.stamp().at().toLocalDate()));
      conduct = framingProposed(conduct, v.framing());
    } else if (event instanceof ConsentGiven v) {
      conduct = conduct.withConsents(conduct.consents().add(v.party()))
          .withVoidedConsents(conduct.voidedConsents().remove(v.party()));
    } else if (event instanceof FacilitatorsAssigned v) {
      conduct = conduct.withAssignment(
          Option.some(new Assignment(v.facilitators(), v.stamp().at().toLocalDate())));
    } else if (event instanceof InterventionStarted v) {
      file = file.edit().withPlanEnd(Option.of(v.planEnd()));
      conduct = conduct.withStarted(true);
    } else if (event instanceof ActionPlanAdopted v) {
      conduct = conduct.withActionPlan(v.items());
    } else if (event instanceof InterventionEnded v) {
      file = file.edit().withInterventionEndedOn(Option.of(v.stamp().at().toLocalDate()));
    } else if (event instanceof FollowUpReviewed v) {
      file = file.edit().withFollowUpReview(Option.of(v.summary()));
    } else if (event instanceof Closed v) {
      file = file.edit().withAssessment(Option.of(v.assessment()));
    }
    // confirmed framing, suspension, resumption, withdrawal: the stage alone
  }

  /**
   * What proposing a framing does to a conduct: its participation, and the consents given so far
   * voided. The charter's guard asks the same of the conduct before the event exists.
   */
  static Conduct framingProposed(Conduct conduct, Framing framing) {
    return conduct.withParticipation(framing.participation())
        .withVoidedConsents(conduct.voidedConsents().addAll(conduct.consents()))
        .withConsents(LinkedHashSet.empty());
  }

  /** Appends the gathered sessions, contributions and disclosures to the conduct. */
  private void flush() {
    if (!sessionsHeld.isEmpty()) {
      conduct = conduct.withSessionsHeld(
          conduct.sessionsHeld().appendAll(Vector.ofAll(sessionsHeld)));
      sessionsHeld.clear();
    }
    if (!contributions.isEmpty()) {
      conduct = conduct.withContributions(
          conduct.contributions().appendAll(Vector.ofAll(contributions)));
      contributions.clear();
    }
    if (!disclosures.isEmpty()) {
      conduct = conduct.withDisclosures(
          conduct.disclosures().appendAll(Vector.ofAll(disclosures)));
      disclosures.clear();
    }
  }

  /** The engagement with everything recorded. */
  Engagement build() {
    flush();
    EngagementFile built = halfDays == file.halfDaysConsumed() ? file
        : file.edit().withHalfDaysConsumed(halfDays);
    return Engagement.of(id, programme, structure, stage, version, built, conduct);
  }
}
