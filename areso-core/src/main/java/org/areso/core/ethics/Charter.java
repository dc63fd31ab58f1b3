package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Period;
import org.areso.core.kernel.AresoStyle;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.immutables.value.Value;

/**
 * A programme's ethical charter: the principles its facilitators keep, in the programme's own
 * words, and the terms its checks apply (anonymity towards supervising authorities, the smallest
 * group a figure may be released over, the attendance threshold, how far back paid work counts,
 * how many one-party sessions are tolerated).
 *
 * <p>Only the principles the charter lists are checked, but for confidentiality, which holds under
 * every programme: a charter that does not list it is held to {@link #BASELINE_CONFIDENTIALITY},
 * cited to the data-protection regulation. What each check looks at and how serious its findings
 * are is fixed, so that every programme means the same by the same principle:
 * <ul>
 *   <li>freedom — a request no party made itself (blocking); a party recorded as obliged to take
 *       part (blocking). Withdrawing is never refused by the engagement;
 *   <li>adhesion — a started intervention without the consent of every required party, or with a
 *       consent voided by a later framing (blocking); attendance of a required party below the
 *       threshold over the last working sessions (warning);
 *   <li>responsibility — an action not owned by a party, not decided by a party, or not validated
 *       by every required party (blocking);
 *   <li>neutrality — a facilitator's contribution that is an opinion on the content (blocking);
 *   <li>impartiality and independence — a tie of either facilitator (employment, mandate, family,
 *       supervisory authority, and paid work within the look-back) with the structure, reported
 *       under independence, or with one party, reported under impartiality; when the charter lists
 *       only one of the two, every tie is reported under it (blocking); working sessions held with
 *       one party alone beyond the tolerance (warning, under impartiality, or independence);
 *   <li>confidentiality — a disclosure to a recipient the item's sensitivity does not clear, or
 *       anything about an engagement to a supervising authority under anonymity (blocking); a
 *       figure over fewer engagements than the minimum is not released.
 * </ul>
 *
 * <p>Built with {@link #builder(String, LegalReference)}, which checks every term. Immutable and
 * thread-safe; equal when every attribute is equal.
 */
@Value.Immutable(copy = true)
@AresoStyle
public abstract class Charter {

  /** Default smallest number of engagements a figure is released over (an assumption). */
  public static final int DEFAULT_MINIMUM_AGGREGATE = 5;
  /** Default attendance threshold, in percent (an assumption). */
  public static final int DEFAULT_ATTENDANCE_THRESHOLD_PERCENT = 75;
  /** Default number of last working sessions attendance is counted over (an assumption). */
  public static final int DEFAULT_ATTENDANCE_SESSIONS = 4;
  /** Default look-back for paid work for the structure or a party (an assumption). */
  public static final Period DEFAULT_PAID_WORK_LOOKBACK = Period.ofYears(3);

  /**
   * The text the baseline confidentiality rests on when a charter does not list the principle:
   * the GDPR's principle of integrity and confidentiality of personal data (regulation (EU)
   * 2016/679, art. 5 §1 f). Cited unverified: its wording was not read here.
   */
  public static final LegalReference BASELINE_SOURCE = LegalReference.builder()
      .code("Règlement (UE) 2016/679 (RGPD)").article("5").item("§1 f)").verified(false).build()
      .getOrElseThrow(() -> new IllegalStateException("invalid baseline source"));

  /**
   * The confidentiality every programme keeps, whether or not its charter lists it: sensitive data
   * goes only to whom its sensitivity clears, and a figure only over enough engagements.
   */
  public static final Article BASELINE_CONFIDENTIALITY = new Article(Principle.CONFIDENTIALITY,
      Text.of("Les données sensibles d'un accompagnement ne sont communiquées qu'aux"
              + " destinataires que leur sensibilité autorise, et les chiffres seulement sur un"
              + " nombre suffisant"
              + " d'accompagnements.",
          "An engagement's sensitive data goes only to the recipients its sensitivity clears, and"
              + " figures only over enough engagements.",
          "Die sensiblen Daten einer Begleitung gehen nur an die Empfänger, die ihre Sensibilität"
              + " zulässt, und Zahlen nur über genügend viele Begleitungen.",
          "I dati sensibili di un accompagnamento vanno solo ai destinatari che la loro"
              + " sensibilità consente, e le cifre solo su un numero sufficiente di"
              + " accompagnamenti."));

  /**
   * The articles by principle's ordinal, null where the charter does not list one: made on first
   * use from {@link #articles()}, which it only mirrors (it takes no part in equality).
   */
  private volatile Article[] byPrinciple;

  Charter() { }

  /**
   * Starts a charter with no principle and the default terms.
   *
   * @param programme the programme's identifier, not null
   * @param source the reference of the charter's text, not null
   * @return a new builder, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public static Builder builder(String programme, LegalReference source) {
    return new Builder(ImmutableCharter.assembler()
        .programme(requireNonNull(programme, "programme"))
        .source(requireNonNull(source, "source")).articles(List.empty())
        .anonymityTowardsSupervisingAuthorities(false)
        .minimumAggregate(DEFAULT_MINIMUM_AGGREGATE)
        .attendanceThresholdPercent(DEFAULT_ATTENDANCE_THRESHOLD_PERCENT)
        .attendanceSessions(DEFAULT_ATTENDANCE_SESSIONS)
        .paidWorkLookback(DEFAULT_PAID_WORK_LOOKBACK).oneSidedSessionsTolerated(0).build());
  }

  /**
   * The programme's identifier.
   *
   * @return the identifier, never null
   */
  public abstract String programme();

  /**
   * The reference of the charter's text, cited by every violation.
   *
   * @return the reference, never null
   */
  public abstract LegalReference source();

  /**
   * The principles, in the charter's order and words.
   *
   * @return the articles, never empty
   */
  public abstract Seq<Article> articles();

  /**
   * Whether nothing about an engagement may go to a supervising authority.
   *
   * @return true under anonymity
   */
  public abstract boolean anonymityTowardsSupervisingAuthorities();

  /**
   * The smallest number of engagements a programme figure may be released over (k).
   *
   * @return k, at least 2
   */
  public abstract int minimumAggregate();

  /**
   * The attendance threshold, in percent of the last {@link #attendanceSessions()} sessions.
   *
   * @return the threshold, 0 to 100
   */
  public abstract int attendanceThresholdPercent();

  /**
   * How many of the last working sessions attendance is counted over.
   *
   * @return the number, at least 1
   */
  public abstract int attendanceSessions();

  /**
   * How far back, from the assignment, paid work for the structure or a party counts as a tie.
   *
   * @return the look-back, never negative
   */
  public abstract Period paidWorkLookback();

  /**
   * How many working sessions held with one party alone are tolerated before a warning.
   *
   * @return the number, at least 0
   */
  public abstract int oneSidedSessionsTolerated();

  /**
   * The charter's article for a principle.
   *
   * @param principle the principle, not null
   * @return the article, or none when the charter does not list the principle
   * @throws NullPointerException if principle is null (a programmer error)
   */
  public Option<Article> article(Principle principle) {
    requireNonNull(principle, "principle");
    return articles().find(a -> a.principle() == principle);
  }

  /**
   * The charter's article for a principle, or null when it does not list it: for the checks, which
   * ask for articles on every command, read from an array by the principle's ordinal.
   */
  Article articleOrNull(Principle principle) {
    Article[] index = byPrinciple;
    if (index == null) {
      index = new Article[Principle.values().length];
      for (Article a : articles()) {
        if (index[a.principle().ordinal()] == null) {
          index[a.principle().ordinal()] = a;
        }
      }
      byPrinciple = index;
    }
    return index[principle.ordinal()];
  }

  /**
   * The confidentiality article that applies: the charter's own, or {@link
   * #BASELINE_CONFIDENTIALITY} when it does not list the principle.
   *
   * @return the article, never null
   */
  public Article confidentiality() {
    return article(Principle.CONFIDENTIALITY).getOrElse(BASELINE_CONFIDENTIALITY);
  }

  /**
   * The text the confidentiality that applies rests on: the charter's, or {@link
   * #BASELINE_SOURCE}.
   *
   * @return the reference, never null
   */
  public LegalReference confidentialitySource() {
    return binds(Principle.CONFIDENTIALITY) ? source() : BASELINE_SOURCE;
  }

  /**
   * Whether the charter lists a principle, so that its checks run (confidentiality is checked
   * whether listed or not: see {@link #confidentiality()}).
   *
   * @param principle the principle, not null
   * @return true when listed
   * @throws NullPointerException if principle is null (a programmer error)
   */
  public boolean binds(Principle principle) {
    return article(principle).isDefined();
  }

  /**
   * Runs every check of every principle the charter lists.
   *
   * @param audited the engagement, or any record that says its conduct, not null
   * @return the audit, grouped by principle, never null
   * @throws NullPointerException if audited is null (a programmer error)
   */
  public Audit audit(Audited audited) {
    return new Audit(this, Checks.run(this, requireNonNull(audited, "audited").conduct()));
  }

  /**
   * The blocking violations a change of conduct adds: those of {@code after} that {@code before}
   * does not have, in the charter's order. This is what a guard asks before accepting a command,
   * and it is computed from what changed only: checks whose inputs did not change are skipped, and
   * the contributions and disclosures appended to {@code before}'s are checked alone. The answer
   * equals {@code audit(after).blocking()} minus {@code audit(before).blocking()}.
   *
   * @param before the conduct before the change, not null
   * @param after the conduct after it, not null
   * @return the blocking violations the change adds, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Seq<Violation> newlyBlocking(Conduct before, Conduct after) {
    return Checks.newlyBlocking(this, requireNonNull(before, "before"),
        requireNonNull(after, "after"));
  }

  /**
   * Runs the checks of one principle, if the charter lists it.
   *
   * @param principle the principle, not null
   * @param audited the engagement, or any record that says its conduct, not null
   * @return the violations of that principle, empty when there is none or the charter does not
   *     list it, never null
   * @throws NullPointerException if an argument is null (a programmer error)
   */
  public Seq<Violation> check(Principle principle, Audited audited) {
    requireNonNull(principle, "principle");
    return audit(audited).violations().filter(v -> v.principle() == principle);
  }

  /**
   * Releases a programme figure when it covers enough engagements.
   *
   * @param figure the figure, not null
   * @return the figure, or the confidentiality violation when it covers fewer than
   *     {@link #minimumAggregate()} engagements, under every charter (see {@link
   *     #confidentiality()})
   * @throws NullPointerException if figure is null (a programmer error)
   */
  public Either<Violation, Aggregate> release(Aggregate figure) {
    requireNonNull(figure, "figure");
    if (figure.engagements() >= minimumAggregate()) {
      return Either.right(figure);
    }
    return Either.left(new Violation(Principle.CONFIDENTIALITY, Severity.BLOCKING,
        new EthicsReason.AggregateTooSmall(figure.indicator(), figure.engagements(),
            minimumAggregate()), confidentiality(), confidentialitySource()));
  }

  /** The programme and its principles. */
  @Override
  public String toString() {
    return "Charter[" + programme() + ", "
        + articles().map(a -> a.principle().name()).mkString(", ") + "]";
  }

  /**
   * Builds a {@link Charter}, reporting every invalid term at once. Not thread-safe; every method
   * throws NullPointerException on a null argument.
   */
  public static final class Builder {
    private static final int MAX = Integer.MAX_VALUE;

    private ImmutableCharter draft;

    /** Starts from a charter the builder changes by copies; every charter is generated. */
    private Builder(Charter draft) {
      this.draft = (ImmutableCharter) draft;
    }

    /**
     * Adds a principle in the programme's words, after the others.
     *
     * @param principle the principle, not null
     * @param wording the programme's wording in French and English, not null
     * @return this builder
     */
    public Builder article(Principle principle, Text wording) {
      return set(draft.withArticles(draft.articles().append(new Article(principle, wording))));
    }

    /**
     * Promises that nothing about an engagement goes to a supervising authority. Default: no.
     *
     * @param anonymity true to promise it
     * @return this builder
     */
    public Builder anonymityTowardsSupervisingAuthorities(boolean anonymity) {
      return set(draft.withAnonymityTowardsSupervisingAuthorities(anonymity));
    }

    /**
     * Sets k, the smallest number of engagements a figure is released over. Default:
     * {@value #DEFAULT_MINIMUM_AGGREGATE}.
     *
     * @param k at least 2
     * @return this builder
     */
    public Builder minimumAggregate(int k) {
      return set(draft.withMinimumAggregate(k));
    }

    /**
     * Sets the attendance threshold. Default: {@value #DEFAULT_ATTENDANCE_THRESHOLD_PERCENT} % of
     * the last {@value #DEFAULT_ATTENDANCE_SESSIONS} sessions.
     *
     * @param thresholdPercent 0 to 100
     * @param lastSessions at least 1
     * @return this builder
     */
    public Builder attendance(int thresholdPercent, int lastSessions) {
      return set(draft.withAttendanceThresholdPercent(thresholdPercent)
          .withAttendanceSessions(lastSessions));
    }

    /**
     * Sets how far back paid work counts as a tie. Default: three years.
     *
     * @param lookback not negative, not null
     * @return this builder
     */
    public Builder paidWorkLookback(Period lookback) {
      return set(draft.withPaidWorkLookback(requireNonNull(lookback, "lookback")));
    }

    /**
     * Sets how many one-party working sessions are tolerated. Default: none.
     *
     * @param tolerated at least 0
     * @return this builder
     */
    public Builder oneSidedSessionsTolerated(int tolerated) {
      return set(draft.withOneSidedSessionsTolerated(tolerated));
    }

    /**
     * The charter.
     *
     * @return the charter, or every reason found: {@code FIELD_BLANK} for a blank programme or no
     *     principle, {@code DUPLICATE_VALUE} for a principle listed twice, {@code OUT_OF_RANGE}
     *     for a term out of its range
     */
    public Validation<Seq<Reason>, Charter> build() {
      ImmutableCharter c = draft;
      List<Reason> errors = List.empty();
      if (c.programme().isBlank()) {
        errors = errors.append(new FieldReason.Blank("programme"));
      }
      if (c.articles().isEmpty()) {
        errors = errors.append(new FieldReason.Blank("principles"));
      }
      errors = errors.appendAll(c.articles().groupBy(Article::principle)
          .filter(e -> e._2.size() > 1).keySet().toList().sorted()
          .map(p -> new FieldReason.Duplicate("principles", p.name())));
      errors = errors.appendAll(range("minimum_aggregate", c.minimumAggregate(), 2, MAX))
          .appendAll(range("attendance_threshold_percent", c.attendanceThresholdPercent(), 0, 100))
          .appendAll(range("attendance_sessions", c.attendanceSessions(), 1, MAX))
          .appendAll(range("one_sided_sessions_tolerated", c.oneSidedSessionsTolerated(), 0, MAX));
      if (c.paidWorkLookback().isNegative()) {
        errors = errors.append(new FieldReason.OutOfRange("paid_work_lookback",
            c.paidWorkLookback().toString(), "P0D", "P" + MAX + "Y"));
      }
      return errors.isEmpty() ? Validation.valid(c.withProgramme(c.programme().trim()))
          : Validation.invalid(errors);
    }

    private Builder set(ImmutableCharter changed) {
      draft = changed;
      return this;
    }

    private static List<Reason> range(String field, int value, int min, int max) {
      return value < min || value > max
          ? List.of(new FieldReason.OutOfRange(field, String.valueOf(value), String.valueOf(min),
              String.valueOf(max)))
          : List.empty();
    }
  }
}
