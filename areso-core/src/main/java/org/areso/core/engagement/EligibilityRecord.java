package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Verdict;

/**
 * What an engagement keeps of the eligibility decision it was qualified or declined on: the
 * policy, the verdict, the reasons' stable codes, the names of the facts that were missing, and
 * the request date it was decided for. Only text, an enumeration and a date, so a host stores it
 * with the event, for years, without the policy that made it.
 *
 * <p>{@link EngagementCommand.Qualify} accepts only an {@code ELIGIBLE} record, {@link
 * EngagementCommand.Decline} only a {@code NOT_ELIGIBLE} one; an {@code UNDETERMINED} record
 * qualifies nothing and declines nothing: the engagement stays where it is until the missing facts
 * are known. The record's policy must be the programme's own.
 *
 * <p>Immutable and thread-safe.
 *
 * @param policy the policy's identifier, the programme's identifier, not null
 * @param verdict the verdict, not null
 * @param reasonCodes the reasons' stable codes, in the decision's order, not null
 * @param missingFacts the names of the facts still missing, empty unless undetermined, not null
 * @param requestDate the request date the decision was made for, not null
 */
public record EligibilityRecord(String policy, Verdict verdict, Seq<String> reasonCodes,
    Seq<String> missingFacts, LocalDate requestDate) {

  /** Creates a record. @throws NullPointerException if an argument is null */
  public EligibilityRecord {
    requireNonNull(policy, "policy");
    requireNonNull(verdict, "verdict");
    requireNonNull(reasonCodes, "reasonCodes");
    requireNonNull(missingFacts, "missingFacts");
    requireNonNull(requestDate, "requestDate");
  }

  /**
   * The record of a decision made for a request date.
   *
   * @param decision the decision, not null
   * @param requestDate the request date the decision was made for, not null
   * @return the record, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static EligibilityRecord of(Decision decision, LocalDate requestDate) {
    requireNonNull(decision, "decision");
    return new EligibilityRecord(decision.policy(), decision.verdict(), decision.reasonCodes(),
        decision.missing().map(Fact::name), requireNonNull(requestDate, "requestDate"));
  }
}
