package org.areso.jdbc;

import static java.util.Objects.requireNonNull;

import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.engagement.Engagement;
import org.areso.core.kernel.EngagementId;

/**
 * One engagement as a back office lists it, kept in the summary table in the transaction of each
 * append: its programme, the structure's name, its stage, its version and the date of its next
 * obligation.
 *
 * <p>Immutable and thread-safe. Its {@link #toString()} leaves the structure's name out.
 *
 * @param engagement the engagement, not null
 * @param programme the programme's identifier, at most 128 characters, not null
 * @param structure the structure's name, when known (at most 256 characters); not null
 * @param stage the stage's name, at most 64 characters, not null
 * @param version the engagement's version after the append, at least 1
 * @param nextObligation the first day the engagement owes something if nothing more happens, past
 *     or to come ({@link Engagement#nextObligationDue()}); none when nothing will be owed; not
 *     null
 */
public record EngagementSummary(EngagementId engagement, String programme, Option<String> structure,
    String stage, long version, Option<LocalDate> nextObligation) {

  /**
   * Creates a summary. Lengths are checked by the database: a summary it refuses fails the
   * append, and nothing is written.
   *
   * @throws NullPointerException if an argument is null (a programmer error)
   * @throws IllegalArgumentException if version is below 1 (a programmer error)
   */
  public EngagementSummary {
    requireNonNull(engagement, "engagement");
    requireNonNull(programme, "programme");
    requireNonNull(structure, "structure");
    requireNonNull(stage, "stage");
    requireNonNull(nextObligation, "nextObligation");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1: " + version);
    }
  }

  /**
   * The summary of an engagement: its next obligation is the first day the engagement owes
   * something if nothing more happens ({@link Engagement#nextObligationDue()}), past or to come,
   * so that a back office lists what falls due by a day from this table alone.
   *
   * @param engagement the engagement, as the append leaves it, not null
   * @return the summary, never null
   * @throws NullPointerException if engagement is null (a programmer error)
   */
  public static EngagementSummary of(Engagement engagement) {
    requireNonNull(engagement, "engagement");
    return new EngagementSummary(engagement.id(), engagement.programme().id(),
        engagement.structure().name(), engagement.stage().name(), engagement.version(),
        engagement.nextObligationDue());
  }

  /** @return the summary's engagement, programme, stage, version and next obligation */
  @Override
  public String toString() {
    return "EngagementSummary[engagement=" + engagement + ", programme=" + programme
        + ", stage=" + stage + ", version=" + version + ", nextObligation=" + nextObligation
        + "]";
  }
}
