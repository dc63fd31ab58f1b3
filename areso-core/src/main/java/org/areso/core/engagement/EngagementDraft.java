package org.areso.core.engagement;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Arrays;
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
import org.areso.core.lifecycle.LifecycleEvent;
import org.areso.core.programme.Programme;

/**
 * An engagement under construction: the one place where what each event records in the file and
 * the conduct is written. A command's event is recorded into a draft of the engagement it applies
 * to, straight into its conduct ({@link #record}); a replay gathers a whole history into one draft
 * and builds the engagement once ({@link #gather}): the events a long history is mostly made of —
 * sessions held, contributions, disclosures — are then kept in plain arrays, and appended to the
 * conduct's sequences at once, at the end or before any other event. Mutable, used by one thread,
 * never shared.
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
  private final Gathered<Attendance> sessionsHeld;
  private final Gathered<Contribution> contributions;
  private final Gathered<Disclosure> disclosures;

  private EngagementDraft(EngagementId id, Programme programme, Structure structure,
      EngagementStage stage, long version, EngagementFile file, Conduct conduct,
      boolean gathering) {
    this.id = id;
    this.programme = programme;
    this.structure = structure;
    this.stage = stage;
    this.version = version;
    this.file = file;
    this.halfDays = file.halfDaysConsumed();
    this.conduct = conduct;
    this.sessionsHeld = gathering ? new Gathered<>() : null;
    this.contributions = gathering ? new Gathered<>() : null;
    this.disclosures = gathering ? new Gathered<>() : null;
  }

  /** The draft of a new engagement, from its request, to gather its history into. */
  static EngagementDraft requested(Programme programme, EngagementRequested event) {
    return new EngagementDraft(event.engagement(), programme, event.structure(),
        EngagementStage.REQUESTED, event.version(), EngagementFile.empty(),
        Conduct.of(programme.workflow().consentOf(event.structure()))
            .withOrigin(Option.some(event.origin())), true);
  }

  /** The draft of an engagement, to record a command's event into. */
  static EngagementDraft of(Engagement e) {
    return new EngagementDraft(e.id(), e.programme(), e.structure(), e.stage(), e.version(),
        e.file(), e.conduct(), false);
  }

  /**
   * Gathers one event of a replayed history, and the stage it leads to. Kept small, so that the
   * kernel's loop runs it inline: a session held, a contribution or a disclosure is only kept in
   * its array; any other event appends them to the conduct first, then is recorded.
   *
   * <p>The event is taken as the kernel iterates it, a {@link LifecycleEvent}, and tested against
   * final classes; only a rare event is cast to {@link EngagementEvent}. Casting every event of a
   * long history to both interfaces in turn makes the JVM search the event's class's interfaces
   * each time, its one-entry cache going back and forth between them.
   */
  void gather(LifecycleEvent<EngagementId> event, EngagementStage to) {
    stage = to;
    if (event instanceof SessionHeld v) {
      version = v.version();
      sessionsHeld.add(attendance(v));
      halfDays += v.length().days().halfDays();
    } else if (event instanceof ContributionRecorded v) {
      version = v.version();
      contributions.add(v.contribution());
    } else if (event instanceof Disclosed v) {
      version = v.version();
      disclosures.add(v.disclosure());
    } else {
      version = event.version();
      recordRare((EngagementEvent) event);
    }
  }

  /** Records an event, and the stage it leads to, into the file or the conduct. */
  void record(EngagementEvent event, EngagementStage to) {
    stage = to;
    version = event.version();
    if (event instanceof SessionHeld v) {
      conduct = conduct.plusSessionHeld(attendance(v));
      halfDays += v.length().days().halfDays();
    } else if (event instanceof ContributionRecorded v) {
      conduct = conduct.plusContribution(v.contribution());
    } else if (event instanceof Disclosed v) {
      conduct = conduct.plusDisclosure(v.disclosure());
    } else {
      recordRare(event);
    }
  }

  /** Who attended the session an event records as held. */
  private static Attendance attendance(SessionHeld held) {
    return new Attendance(held.session(), held.kind(), held.present());
  }

  /**
   * Records any other event, after what was gathered. Long enough that the JIT never copies it
   * into {@link #gather}, which stays small enough to be copied into the kernel's loop.
   */
  private void recordRare(EngagementEvent event) {
    flush();
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
    if (sessionsHeld == null) {
      return;
    }
    if (!sessionsHeld.isEmpty()) {
      conduct = conduct.withSessionsHeld(sessionsHeld.appendTo(conduct.sessionsHeld()));
    }
    if (!contributions.isEmpty()) {
      conduct = conduct.withContributions(contributions.appendTo(conduct.contributions()));
    }
    if (!disclosures.isEmpty()) {
      conduct = conduct.withDisclosures(disclosures.appendTo(conduct.disclosures()));
    }
  }

  /** The engagement with everything recorded. */
  Engagement build() {
    flush();
    EngagementFile built = halfDays == file.halfDaysConsumed() ? file
        : file.edit().withHalfDaysConsumed(halfDays);
    return Engagement.of(id, programme, structure, stage, version, built, conduct);
  }

  /**
   * Items gathered during a replay, in order, in a plain array grown as needed: appended to a
   * sequence at once, which a {@link Vector} then holds in as few copies as it can.
   */
  private static final class Gathered<T> {
    private static final Object[] NONE = {};
    private Object[] items = NONE;
    private int size;

    boolean isEmpty() {
      return size == 0;
    }

    void add(T item) {
      if (size == items.length) {
        grow();
      }
      items[size++] = item;
    }

    private void grow() {
      items = Arrays.copyOf(items, Math.max(16, 2 * items.length));
    }

    /** The sequence with the gathered items after its own; nothing is gathered any more. */
    @SuppressWarnings("unchecked")
    Seq<T> appendTo(Seq<T> seq) {
      Seq<T> all;
      if (size == 1) {
        all = seq.append((T) items[0]);
      } else if (seq instanceof Vector && seq.size() <= size) {
        // a Vector made whole from one array, rather than one copied leaf per item appended
        int before = seq.size();
        Object[] whole = new Object[before + size];
        int i = 0;
        for (T t : seq) {
          whole[i++] = t;
        }
        System.arraycopy(items, 0, whole, before, size);
        all = Vector.of((T[]) whole);
      } else {
        all = seq.appendAll(Arrays.asList((T[]) items).subList(0, size));
      }
      size = 0;
      return all;
    }
  }
}
