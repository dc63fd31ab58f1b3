package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.kernel.Labelled;
import org.areso.core.kernel.Labels;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Text;

/**
 * Something due or overdue in an engagement, and for whom. Immutable and thread-safe.
 *
 * @param kind what is due, not null
 * @param party the party that must act; empty when the facilitators or the operator must act, not
 *     null
 * @param due the day it is due, not null
 * @param overdue whether that day has passed
 */
public record Obligation(Kind kind, Option<PartyRole> party, LocalDate due, boolean overdue) {

  /** Creates an obligation. @throws NullPointerException if an argument is null */
  public Obligation {
    requireNonNull(kind, "kind");
    requireNonNull(party, "party");
    requireNonNull(due, "due");
  }

  /** What is due. */
  public enum Kind implements Labelled {
    /** A required party has not consented within the programme's consent delay. */
    CONSENT,
    /** The follow-up review is due (six months after the intervention ends, by default). */
    FOLLOW_UP_REVIEW,
    /** The intervention runs past its planned span. */
    PLAN_PAST_SPAN,
    /** The programme's window closes soon and the intervention has not started. */
    PROGRAMME_WINDOW_CLOSING;

    /**
     * The kind's name for people, in French, English, German and Italian ({@link Labels}).
     *
     * @return the label, never null
     */
    @Override
    public Text label() {
      return Labels.of(this);
    }
  }
}
