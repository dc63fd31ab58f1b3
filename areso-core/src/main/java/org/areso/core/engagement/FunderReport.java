package org.areso.core.engagement;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.control.Either;
import org.areso.core.ethics.Aggregate;
import org.areso.core.ethics.Charter;
import org.areso.core.ethics.EthicsReason;
import org.areso.core.ethics.Principle;
import org.areso.core.ethics.Severity;
import org.areso.core.ethics.Violation;
import org.areso.core.kernel.Structure;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;

/**
 * What a programme tells its funder about its engagements: anonymised figures, each released only
 * over at least the charter's {@link Charter#minimumAggregate() k} engagements and otherwise
 * refused with the confidentiality violation that says why. The figures: how many engagements,
 * the half days delivered, and how many engagements by stage, by format and by region.
 *
 * <p>Within a breakdown (stage, format or region), a group of fewer than k engagements is
 * withheld ({@code AGGREGATE_TOO_SMALL}); when the groups withheld add up to fewer than k, the
 * smallest groups released are withheld too ({@code AGGREGATE_WOULD_REVEAL_WITHHELD}) until they
 * reach k or none is left, so that the total less the released groups never gives back a group
 * of fewer than k. Each breakdown is protected on its own; a report crosses no two of them.
 *
 * <p>Only what the host passes counts: the host chooses the period and the engagements (a stored
 * summary's, say). An engagement passed at two versions counts once, at its latest. Immutable
 * and thread-safe.
 *
 * <p>What goes to the funder: the {@linkplain #released() released} figures, and of each withheld
 * one its indicator's name alone ({@link #withheldIndicators()}). A withheld figure's {@link
 * Violation} says why to the host, quoting the figure's count: it is not for the funder. A
 * group's key names what it is (a region with at least one engagement); the protection holds
 * within one report: two reports over overlapping periods can be subtracted from each other, so a
 * host reports over periods that do not overlap (docs/ASSUMPTIONS.md).
 */
public final class FunderReport {

  /** The key of a group whose format or region is not known. */
  public static final String UNKNOWN = "unknown";

  private final Either<Violation, Aggregate> engagements;
  private final Either<Violation, Aggregate> halfDaysDelivered;
  private final Map<String, Either<Violation, Aggregate>> byStage;
  private final Map<String, Either<Violation, Aggregate>> byFormat;
  private final Map<String, Either<Violation, Aggregate>> byRegion;

  private FunderReport(Either<Violation, Aggregate> engagements,
      Either<Violation, Aggregate> halfDaysDelivered,
      Map<String, Either<Violation, Aggregate>> byStage,
      Map<String, Either<Violation, Aggregate>> byFormat,
      Map<String, Either<Violation, Aggregate>> byRegion) {
    this.engagements = engagements;
    this.halfDaysDelivered = halfDaysDelivered;
    this.byStage = byStage;
    this.byFormat = byFormat;
    this.byRegion = byRegion;
  }

  /**
   * Computes the report of a programme's engagements under its charter.
   *
   * @param programme the programme, whose charter says k, not null
   * @param engagements the engagements reported on, all of that programme, not null
   * @return the report, never null; a figure refused is a {@link Violation} in it, not an error
   * @throws NullPointerException if an argument or an engagement is null (a programmer error)
   * @throws IllegalArgumentException if an engagement belongs to another programme (a programmer
   *     error: a funder's report covers one programme)
   */
  public static FunderReport of(Programme programme, Seq<Engagement> engagements) {
    requireNonNull(programme, "programme");
    requireNonNull(engagements, "engagements").forEach(e -> {
      requireNonNull(e, "engagements[]");
      if (!e.programme().id().equals(programme.id())) {
        throw new IllegalArgumentException("engagement " + e.id().value() + " belongs to "
            + e.programme().id() + ", not to " + programme.id());
      }
    });
    Seq<Engagement> latest = engagements.groupBy(Engagement::id)
        .map(t -> t._2.maxBy(Engagement::version).get()).toList()
        .sortBy(e -> e.id().value());
    Charter charter = programme.charter();
    Seq<Engagement> delivering = latest.filter(e -> e.file().halfDaysConsumed() > 0);
    return new FunderReport(
        charter.release(new Aggregate("engagements", latest.size(), latest.size())),
        charter.release(new Aggregate("half_days_delivered",
            delivering.map(e -> (long) e.file().halfDaysConsumed()).sum().longValue(),
            delivering.size())),
        breakdown(charter, "engagements_by_stage", latest, e -> e.stage().name(),
            List.of(EngagementStage.values()).map(Enum::name)),
        breakdown(charter, "engagements_by_format", latest, FunderReport::format, List.empty()),
        breakdown(charter, "engagements_by_region", latest, e -> region(e.structure()),
            List.empty()));
  }

  /** The format the engagement's pre-diagnosis proposed, or {@link #UNKNOWN}. */
  private static String format(Engagement e) {
    return e.file().preDiagnosis().map(PreDiagnosis::proposedFormat).map(FormatId::value)
        .getOrElse(UNKNOWN);
  }

  /** A French structure's region, a Swiss one's canton, or {@link #UNKNOWN}. */
  private static String region(Structure s) {
    return s.region().map(Enum::name)
        .orElse(() -> s.canton().map(Enum::name)).getOrElse(UNKNOWN);
  }

  /**
   * Groups the engagements by key, in the given order of keys and then in the keys' order;
   * withholds the groups under k, then as many of the smallest released ones as it takes for the
   * withheld to reach k.
   */
  private static Map<String, Either<Violation, Aggregate>> breakdown(Charter charter,
      String indicator, Seq<Engagement> engagements,
      java.util.function.Function<Engagement, String> key, Seq<String> order) {
    Map<String, Integer> counts = engagements.groupBy(key).mapValues(Seq::size);
    Seq<String> keys = order.filter(counts::containsKey)
        .appendAll(TreeSet.ofAll(counts.keySet()).removeAll(order));
    int k = charter.minimumAggregate();
    Set<String> withheld = TreeSet.ofAll(counts.filterValues(n -> n < k).keySet());
    Seq<String> bySize = keys.sortBy(counts::apply);
    Set<String> revealing = TreeSet.empty();
    int hidden = withheld.toList().map(counts::apply).sum().intValue();
    for (String smallest : bySize.filter(g -> !withheld.contains(g))) {
      if (withheld.isEmpty() || hidden >= k) {
        break;
      }
      revealing = revealing.add(smallest);
      hidden += counts.apply(smallest);
    }
    LinkedHashMap<String, Either<Violation, Aggregate>> figures = LinkedHashMap.empty();
    for (String group : keys) {
      Aggregate figure = new Aggregate(indicator + ":" + group, counts.apply(group),
          counts.apply(group));
      figures = figures.put(group, revealing.contains(group)
          ? Either.left(new Violation(Principle.CONFIDENTIALITY, Severity.BLOCKING,
              new EthicsReason.AggregateWouldRevealWithheld(figure.indicator(),
                  figure.engagements(), k), charter.confidentiality(),
              charter.confidentialitySource()))
          : charter.release(figure));
    }
    return figures;
  }

  /**
   * How many engagements the report covers.
   *
   * @return the figure, or why it is withheld; never null
   */
  public Either<Violation, Aggregate> engagements() {
    return engagements;
  }

  /**
   * The half days of facilitation delivered (sessions held), over the engagements that delivered
   * at least one.
   *
   * @return the figure, or why it is withheld; never null
   */
  public Either<Violation, Aggregate> halfDaysDelivered() {
    return halfDaysDelivered;
  }

  /**
   * How many engagements are in each stage, by the stage's name, in the stages' order; a stage
   * no engagement is in is absent.
   *
   * @return each group's figure or why it is withheld, never null
   */
  public Map<String, Either<Violation, Aggregate>> byStage() {
    return byStage;
  }

  /**
   * How many engagements are delivered in each format, by the format's identifier (the one the
   * pre-diagnosis proposed), or {@link #UNKNOWN}; in the identifiers' order.
   *
   * @return each group's figure or why it is withheld, never null
   */
  public Map<String, Either<Violation, Aggregate>> byFormat() {
    return byFormat;
  }

  /**
   * How many engagements are in each region, by the name of the French region's or the Swiss
   * canton's constant ({@code AUVERGNE_RHONE_ALPES}, {@code VD}), or {@link #UNKNOWN}; in the
   * names' order.
   *
   * @return each group's figure or why it is withheld, never null
   */
  public Map<String, Either<Violation, Aggregate>> byRegion() {
    return byRegion;
  }

  /**
   * Every figure released, in the order of the accessors.
   *
   * @return the figures, never null
   */
  public Seq<Aggregate> released() {
    return all().flatMap(f -> f.toOption());
  }

  /**
   * Every figure withheld, with why, in the order of the accessors: for the host, since each
   * quotes its figure's count ({@link #withheldIndicators()} is what the funder may be told).
   *
   * @return the violations, never null
   */
  public Seq<Violation> withheld() {
    return all().flatMap(f -> f.swap().toOption());
  }

  /**
   * The indicator of every figure withheld, such as {@code engagements_by_region:BRETAGNE}, in
   * the order of the accessors: what the funder may be told of them, without their counts.
   *
   * @return the indicators' names, never null
   */
  public Seq<String> withheldIndicators() {
    return withheld().map(v -> v.reason().seen().get("indicator").getOrElse("?"));
  }

  private Seq<Either<Violation, Aggregate>> all() {
    return List.of(engagements, halfDaysDelivered).appendAll(byStage.values())
        .appendAll(byFormat.values()).appendAll(byRegion.values());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FunderReport that && all().equals(that.all())
        && byStage.keySet().equals(that.byStage.keySet())
        && byFormat.keySet().equals(that.byFormat.keySet())
        && byRegion.keySet().equals(that.byRegion.keySet());
  }

  @Override
  public int hashCode() {
    return all().hashCode();
  }

  /** {@code FunderReport[released: engagements=12, …; withheld: engagements_by_region:VD]}. */
  @Override
  public String toString() {
    return "FunderReport[released: " + released().map(a -> a.indicator() + "=" + a.value())
        .mkString(", ") + "; withheld: " + withheldIndicators().mkString(", ") + "]";
  }
}
