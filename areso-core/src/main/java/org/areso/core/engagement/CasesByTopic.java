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
 * <p>Released only over at least the charter's {@link Charter#minimumAggregate() k} cases, and
 * refused with {@link EngagementReason.TooFewSupportCases} otherwise. Within a released count, a
 * topic followed in fewer than k cases is not counted: it is only said to be among the topics seen
 * in fewer than k cases, so that no small group of employees stands out. The total is not given
 * either, so that such a topic cannot be found back by subtraction.
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
   * Counts the cases by topic, to be given to the employer. A case passed twice, at two versions,
   * counts once; every case given counts, whatever its stage.
   *
   * @param cases the cases of one employer's service over the period the host reports on, not null
   * @param charter the programme's charter, which says k, not null
   * @return the count, or {@link EngagementReason.TooFewSupportCases} when there are fewer than k
   *     cases; never null
   * @throws NullPointerException if an argument or a case is null (a programmer error)
   */
  public static Either<Reason, CasesByTopic> of(Seq<SupportCase> cases, Charter charter) {
    requireNonNull(cases, "cases").forEach(c -> requireNonNull(c, "cases[]"));
    int k = requireNonNull(charter, "charter").minimumAggregate();
    Seq<SupportCase> distinct = cases.distinctBy(SupportCase::subject);
    if (distinct.size() < k) {
      return Either.left(new EngagementReason.TooFewSupportCases(distinct.size(), k));
    }
    SortedMap<SupportCase.Topic, Integer> all = TreeMap.ofEntries(distinct
        .groupBy(c -> c.topic().reveal()).mapValues(Seq::size));
    return Either.right(new CasesByTopic(all.filterValues(n -> n >= k),
        TreeSet.ofAll(all.filterValues(n -> n < k).keySet()), k));
  }

  /**
   * The number of cases of each topic followed in at least k cases, in the order of {@link
   * SupportCase.Topic}.
   *
   * @return the counts, never null
   */
  public SortedMap<SupportCase.Topic, Integer> counts() {
    return counts;
  }

  /**
   * The topics followed in at least one case but fewer than k, uncounted.
   *
   * @return the topics, in the order of {@link SupportCase.Topic}, never null
   */
  public SortedSet<SupportCase.Topic> fewerThanMinimum() {
    return fewerThanMinimum;
  }

  /**
   * The smallest number of cases a figure is released over (k), from the charter.
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
