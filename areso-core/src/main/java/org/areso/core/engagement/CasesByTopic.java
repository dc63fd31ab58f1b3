package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.collection.SortedMap;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeMap;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import org.areso.core.ethics.Charter;
import org.areso.core.kernel.Reason;

/**
 * How many individual support cases a workplace social service followed, by topic: the one figure
 * about its cases an employer may receive (seed 004: the employer receives no individual
 * information).
 *
 * <p>Counted by employee: an employee followed in several cases of a topic counts once in it, so
 * that no one clears k alone. Released only over at least the charter's {@link
 * Charter#minimumAggregate() k} employees, and refused with {@link
 * EngagementReason.TooFewSupportCases} otherwise. Within a released count, a topic of fewer than
 * k employees is not counted: it is only said to be among the topics seen for fewer than k, so
 * that no small group of employees stands out. The total is not given either, so that such a
 * topic cannot be found back by subtraction. Two counts over overlapping periods can still be
 * subtracted from each other: a host gives the employer counts over periods that do not overlap
 * (docs/ASSUMPTIONS.md).
 *
 * <p>Immutable and thread-safe; equal when the counts, the topics under k and k are equal.
 */
public final class CasesByTopic {

  private final SortedMap<SupportCase.Topic, Integer> counts;
  private final SortedSet<SupportCase.Topic> fewerThanMinimum;
  private final int minimum;

  private CasesByTopic(SortedMap<SupportCase.Topic, Integer> counts,
      SortedSet<SupportCase.Topic> fewerThanMinimum, int minimum) {
    this.counts = counts;
    this.fewerThanMinimum = fewerThanMinimum;
    this.minimum = minimum;
  }

  /**
   * Counts the employees supported by topic, to be given to the employer. A case passed twice, at
   * two versions, counts once, and an employee once in each topic of their cases; every case
   * given counts, whatever its stage.
   *
   * @param cases the cases of one employer's service over the period the host reports on, not null
   * @param charter the programme's charter, which says k, not null
   * @return the count, or {@link EngagementReason.TooFewSupportCases} when the cases are of fewer
   *     than k employees; never null
   * @throws NullPointerException if an argument or a case is null (a programmer error)
   */
  public static Either<Reason, CasesByTopic> of(Seq<SupportCase> cases, Charter charter) {
    requireNonNull(cases, "cases").forEach(c -> requireNonNull(c, "cases[]"));
    int k = requireNonNull(charter, "charter").minimumAggregate();
    // a case passed at two versions is of one employee and one topic: counting employees by
    // topic counts it once
    int employees = cases.distinctBy(SupportCase::employee).size();
    if (employees < k) {
      return Either.left(new EngagementReason.TooFewSupportCases(employees, k));
    }
    SortedMap<SupportCase.Topic, Integer> all = TreeMap.ofEntries(cases
        .groupBy(c -> c.topic().reveal())
        .mapValues(ofTopic -> ofTopic.distinctBy(SupportCase::employee).size()));
    return Either.right(new CasesByTopic(all.filterValues(n -> n >= k),
        TreeSet.ofAll(all.filterValues(n -> n < k).keySet()), k));
  }

  /**
   * The number of employees supported on each topic of at least k employees, in the order of
   * {@link SupportCase.Topic}.
   *
   * @return the counts, never null
   */
  public SortedMap<SupportCase.Topic, Integer> counts() {
    return counts;
  }

  /**
   * The topics of at least one employee but fewer than k, uncounted.
   *
   * @return the topics, in the order of {@link SupportCase.Topic}, never null
   */
  public SortedSet<SupportCase.Topic> fewerThanMinimum() {
    return fewerThanMinimum;
  }

  /**
   * The smallest number of employees a figure is released over (k), from the charter.
   *
   * @return k
   */
  public int minimum() {
    return minimum;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CasesByTopic that && counts.equals(that.counts)
        && fewerThanMinimum.equals(that.fewerThanMinimum) && minimum == that.minimum;
  }

  @Override
  public int hashCode() {
    return counts.hashCode() * 31 + fewerThanMinimum.hashCode() * 7 + minimum;
  }

  /** {@code CasesByTopic[{FINANCES=7, HEALTH=5}, fewer than 5: [HOUSING]]}. */
  @Override
  public String toString() {
    return "CasesByTopic[" + counts.map(t -> t._1 + "=" + t._2).mkString("{", ", ", "}")
        + ", fewer than " + minimum + ": " + fewerThanMinimum.mkString("[", ", ", "]") + "]";
  }
}
