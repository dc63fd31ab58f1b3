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
 * the conduct is written. A command's event is recorded straight into the engagement it applies
 * to, with no draft ({@link #recorded}); a replay gathers a whole history into one draft and
 * builds the engagement once ({@link #gather}): the events a long history is mostly made of —
 * sessions held, contributions, disclosures — are then kept in plain arrays, grown as needed, and
 * appended to the conduct's sequences at once, at the end or before any other event. Mutable,
 * used by one thread, never shared.
 */
final class EngagementDraft {

  private static final Object[] NONE = {};

  private final EngagementId id;
  private final Programme programme;
  private final Structure structure;
  private EngagementStage stage;
  private long version;
  private EngagementFile file;
  private int halfDays;
  private Conduct conduct;
  private Object[] sessionsHeld = NONE;
  private int sessionsHeldCount;
  private Object[] contributions = NONE;
  private int contributionsCount;
  private Object[] disclosures = NONE;
  private int disclosuresCount;
  /** The last event gathered. */
  private LifecycleEvent<EngagementId> last;

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

  /** The draft of a new engagement, from its request, to gather its history into. */
  static EngagementDraft requested(Programme programme, EngagementRequested event) {
    EngagementDraft draft = new EngagementDraft(event.engagement(), programme, event.structure(),
        EngagementStage.REQUESTED, event.version(),
        EngagementFile.requested(event.stamp().at().toLocalDate()),
        Conduct.of(programme.workflow().consentOf(event.structure()))
            .withOrigin(Option.some(event.origin())));
    draft.last = event;
    return draft;
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
    last = event;
    if (event instanceof SessionHeld v) {
      version = v.version();
      if (sessionsHeldCount == sessionsHeld.length) {
        sessionsHeld = grown(sessionsHeld);
      }
      sessionsHeld[sessionsHeldCount++] = attendance(v);
      halfDays += v.length().days().halfDays();
    } else if (event instanceof ContributionRecorded v) {
      version = v.version();
      if (contributionsCount == contributions.length) {
        contributions = grown(contributions);
      }
      contributions[contributionsCount++] = v.contribution();
    } else if (event instanceof Disclosed v) {
      version = v.version();
      if (disclosuresCount == disclosures.length) {
        disclosures = grown(disclosures);
      }
      disclosures[disclosuresCount++] = v.disclosure();
    } else {
      version = event.version();
      recordRare((EngagementEvent) event);
    }
  }

  /**
   * The engagement after one command's event, with no draft: what the event records in the file
   * and the conduct, as below.
   */
  static Engagement recorded(Engagement e, EngagementEvent event, EngagementStage to) {
    return Engagement.of(e.id(), e.programme(), e.structure(), to, event.version(),
        fileAfter(e.file(), event), conductAfter(e.conduct(), event), event.stamp().at());
  }

  /** Who attended the session an event records as held. */
  private static Attendance attendance(SessionHeld held) {
    return new Attendance(held.session(), held.kind(), held.present());
  }

  /** Records any other event, after what was gathered. */
  private void recordRare(EngagementEvent event) {
    flush();
    file = fileAfter(file, event);
    conduct = conductAfter(conduct, event);
  }

  /** What an event records in the file: the one place where it is written. */
  private static EngagementFile fileAfter(EngagementFile file, EngagementEvent event) {
    if (event instanceof SessionHeld v) {
      return file.edit().withHalfDaysConsumed(
          file.halfDaysConsumed() + v.length().days().halfDays());
    } else if (event instanceof PreDiagnosisRecorded v) {
      return file.edit().withPreDiagnosis(Option.of(v.preDiagnosis()));
    } else if (event instanceof SelectionRecorded v) {
      return file.edit().withSelection(Option.of(v.selection()));
    } else if (event instanceof IntersessionWorkRecorded v) {
      return file.edit().withIntersessionWork(file.intersessionWork().append(v.work()));
    } else if (event instanceof Qualified v) {
      return file.edit().withEligibilityRecord(Option.of(v.eligibilityRecord()));
    } else if (event instanceof Declined v) {
      return file.edit().withEligibilityRecord(Option.of(v.eligibilityRecord()));
    } else if (event instanceof FramingProposed v) {
      return file.edit().withFraming(Option.of(v.framing()))
          .withFramingProposedOn(Option.of(v.stamp().at().toLocalDate()));
    } else if (event instanceof InterventionStarted v) {
      return file.edit().withPlanEnd(Option.of(v.planEnd()));
    } else if (event instanceof InterventionEnded v) {
      return file.edit().withInterventionEndedOn(Option.of(v.stamp().at().toLocalDate()));
    } else if (event instanceof FollowUpReviewed v) {
      return file.edit().withFollowUpReview(Option.of(v.summary()));
    } else if (event instanceof Closed v) {
      return file.edit().withAssessment(Option.of(v.assessment()));
    }
    return file;
  }

  /**
   * What an event records in the conduct: the one place where it is written. Confirming a framing,
   * suspending, resuming and withdrawing change the stage alone.
   */
  private static Conduct conductAfter(Conduct conduct, EngagementEvent event) {
    if (event instanceof SessionHeld v) {
      return conduct.plusSessionHeld(attendance(v));
    } else if (event instanceof ContributionRecorded v) {
      return conduct.plusContribution(v.contribution());
    } else if (event instanceof Disclosed v) {
      return conduct.plusDisclosure(v.disclosure());
    } else if (event instanceof FramingProposed v) {
      return framingProposed(conduct, v.framing());
    } else if (event instanceof ConsentGiven v) {
      return conduct.withConsents(Consents.added(conduct.consents(), v.party()))
          .withVoidedConsents(conduct.voidedConsents().remove(v.party()));
    } else if (event instanceof FacilitatorsAssigned v) {
      return conduct.withAssignment(
          Option.some(new Assignment(v.facilitators(), v.stamp().at().toLocalDate())));
    } else if (event instanceof InterventionStarted) {
      return conduct.withStarted(true);
    } else if (event instanceof ActionPlanAdopted v) {
      return conduct.withActionPlan(v.items());
    }
    return conduct;
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
    if (sessionsHeldCount > 0) {
      conduct = conduct.withSessionsHeld(
          appended(conduct.sessionsHeld(), sessionsHeld, sessionsHeldCount));
      sessionsHeldCount = 0;
    }
    if (contributionsCount > 0) {
      conduct = conduct.withContributions(
          appended(conduct.contributions(), contributions, contributionsCount));
      contributionsCount = 0;
    }
    if (disclosuresCount > 0) {
      conduct = conduct.withDisclosures(
          appended(conduct.disclosures(), disclosures, disclosuresCount));
      disclosuresCount = 0;
    }
  }

  /** The engagement with everything recorded. */
  Engagement build() {
    flush();
    EngagementFile built = halfDays == file.halfDaysConsumed() ? file
        : file.edit().withHalfDaysConsumed(halfDays);
    return Engagement.of(id, programme, structure, stage, version, built, conduct,
        last.stamp().at());
  }

  /** A gathering array with room for more. */
  private static Object[] grown(Object[] items) {
    return Arrays.copyOf(items, Math.max(16, 2 * items.length));
  }

  /**
   * A sequence with the first {@code count} gathered items after its own. A {@link Vector} is made
   * whole from one array, rather than copying a leaf for each item appended.
   */
  @SuppressWarnings("unchecked")
  private static <T> Seq<T> appended(Seq<T> seq, Object[] items, int count) {
    if (count == 1) {
      return seq.append((T) items[0]);
    }
    if (seq instanceof Vector && seq.size() <= count) {
      int before = seq.size();
      Object[] whole = new Object[before + count];
      int i = 0;
      for (T t : seq) {
        whole[i++] = t;
      }
      System.arraycopy(items, 0, whole, before, count);
      return Vector.of((T[]) whole);
    }
    return seq.appendAll(Arrays.asList((T[]) items).subList(0, count));
  }
}
