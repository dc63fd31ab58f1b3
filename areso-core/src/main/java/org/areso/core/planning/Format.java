package org.areso.core.planning;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;

/**
 * A way of delivering an engagement (un format d'intervention) and its duration policy: how many
 * days of facilitation (min, typical, max), how they split into sessions (half or whole days), the
 * span the sessions are spread over (first to last session, both included, in calendar days) and
 * the gap between two consecutive sessions (in calendar days: 1 for consecutive dates).
 *
 * <p>The seeds' formats are the static factories below; their figures are <em>assumptions</em>
 * where the seeds give none, and each factory says which. Immutable and thread-safe.
 */
public final class Format {

  /** The longest span or gap accepted, in days (ten years). */
  public static final int MAX_SPAN_DAYS = 3_660;

  private final String id;
  private final Text name;
  private final Days minDays;
  private final Days typicalDays;
  private final Days maxDays;
  private final SessionLength sessionLength;
  private final int minSpanDays;
  private final int maxSpanDays;
  private final int minGapDays;
  private final int maxGapDays;

  private Format(Builder b) {
    this.id = b.id;
    this.name = b.name;
    this.minDays = b.minDays;
    this.typicalDays = b.typicalDays;
    this.maxDays = b.maxDays;
    this.sessionLength = b.sessionLength;
    this.minSpanDays = b.minSpanDays;
    this.maxSpanDays = b.maxSpanDays;
    this.minGapDays = b.minGapDays;
    this.maxGapDays = b.maxGapDays;
  }

  /**
   * Accompaniment (accompagnement) of the {@code areso} seed: "around 10 days spread over 3 to 12
   * months". Assumptions: 5 to 15 days (the network's public pages), whole-day sessions, a span of
   * 91 to 366 days, at least 1 and at most 92 days between sessions.
   *
   * @return the format, never null
   */
  public static Format accompaniment() {
    return known("accompaniment", Text.of("Accompagnement", "Accompaniment"),
        Days.of(5), Days.of(10), Days.of(15), SessionLength.WHOLE_DAY, 91, 366, 1, 92);
  }

  /**
   * Joint training (formation commune) of staff representatives and management: 2 to 3 days.
   * Assumptions: typical 2 days, whole days, spread over at most 6 weeks, 1 to 21 days apart.
   *
   * @return the format, never null
   */
  public static Format jointTraining() {
    return known("joint-training", Text.of("Formation commune", "Joint training"),
        Days.of(2), Days.of(2), Days.of(3), SessionLength.WHOLE_DAY, 2, 42, 1, 21);
  }

  /**
   * Seminar (séminaire) of {@code areso-social-2023} gathering all stakeholders. Assumptions: 1 or
   * 2 whole days within a week.
   *
   * @return the format, never null
   */
  public static Format seminar() {
    return known("seminar", Text.of("Séminaire", "Seminar"),
        Days.of(1), Days.of(1), Days.of(2), SessionLength.WHOLE_DAY, 1, 7, 1, 7);
  }

  /**
   * SORESO step 1: the free first meeting with the expert duo (pre-diagnosis). Assumption: one
   * half day.
   *
   * @return the format, never null
   */
  public static Format soresoFirstMeeting() {
    return known("soreso-first-meeting",
        Text.of("Première rencontre gratuite", "Free first meeting"),
        Days.ofHalfDays(1), Days.ofHalfDays(1), Days.ofHalfDays(1), SessionLength.HALF_DAY,
        1, 1, 1, 1);
  }

  /**
   * SORESO step 2: the meeting with all actors that validates objectives, framework and planning.
   * Assumption: one half day, possibly repeated once within a month.
   *
   * @return the format, never null
   */
  public static Format soresoValidationMeeting() {
    return known("soreso-validation-meeting",
        Text.of("Rencontre de validation avec tous les acteurs", "All-actors validation meeting"),
        Days.ofHalfDays(1), Days.ofHalfDays(1), Days.ofHalfDays(2), SessionLength.HALF_DAY,
        1, 31, 1, 31);
  }

  /**
   * SORESO step 3: the collective accompaniment with its follow-up. Assumptions: 3 to 12 days,
   * typical 6, in half days, over 1 to 12 months, 7 to 92 days apart.
   *
   * @return the format, never null
   */
  public static Format soresoCollectiveAccompaniment() {
    return known("soreso-collective-accompaniment",
        Text.of("Accompagnement collectif et suivi", "Collective accompaniment and follow-up"),
        Days.of(3), Days.of(6), Days.of(12), SessionLength.HALF_DAY, 30, 366, 7, 92);
  }

  /**
   * SORESO's three steps, in order.
   *
   * @return the three formats, never null
   */
  public static Seq<Format> soresoSteps() {
    return List.of(soresoFirstMeeting(), soresoValidationMeeting(),
        soresoCollectiveAccompaniment());
  }

  /**
   * The AURA one-year cohort's collective sessions. Assumptions: 4 to 8 whole days, typical 6,
   * over 10 to 12 months, 21 to 92 days apart.
   *
   * @return the format, never null
   */
  public static Format auraCollectiveSessions() {
    return known("aura-collective-sessions",
        Text.of("Sessions collectives de la cohorte", "Cohort collective sessions"),
        Days.of(4), Days.of(6), Days.of(8), SessionLength.WHOLE_DAY, 300, 366, 21, 92);
  }

  /**
   * The AURA one-year cohort's individual sessions with each association, the work between
   * sessions being the association's own. Assumptions: 2 to 6 days in half days, typical 4, over
   * 10 to 12 months, 14 to 122 days apart.
   *
   * @return the format, never null
   */
  public static Format auraIndividualSessions() {
    return known("aura-individual-sessions",
        Text.of("Sessions individuelles de la cohorte", "Cohort individual sessions"),
        Days.of(2), Days.of(4), Days.of(6), SessionLength.HALF_DAY, 300, 366, 14, 122);
  }

  /**
   * The AURA one-year cohort: collective then individual sessions.
   *
   * @return the two formats, never null
   */
  public static Seq<Format> auraCohort() {
    return List.of(auraCollectiveSessions(), auraIndividualSessions());
  }

  /**
   * The workplace social service's recurring on-site hours (permanences). Assumptions: one half
   * day about every week (5 to 9 days apart), 3 to 26 days a year, typical 13 (a half day a week
   * for six months), over 4 weeks to a year.
   *
   * @return the format, never null
   */
  public static Format socialServiceOnSiteHours() {
    return known("social-service-on-site-hours",
        Text.of("Permanences sur site", "Recurring on-site hours"),
        Days.of(3), Days.of(13), Days.of(26), SessionLength.HALF_DAY, 28, 366, 5, 9);
  }

  /**
   * Every seed format.
   *
   * @return the formats, never null
   */
  public static Seq<Format> seeds() {
    return List.of(accompaniment(), jointTraining(), seminar())
        .appendAll(soresoSteps()).appendAll(auraCohort()).append(socialServiceOnSiteHours());
  }

  private static Format known(String id, Text name, Days min, Days typical, Days max,
      SessionLength length, int minSpan, int maxSpan, int minGap, int maxGap) {
    return builder().id(id).name(name).days(min, typical, max).sessionLength(length)
        .span(minSpan, maxSpan).gap(minGap, maxGap).build().get();
  }

  /**
   * Starts a format of the host's own.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The format's stable identifier, such as {@code accompaniment}. @return never null */
  public String id() {
    return id;
  }

  /** The format's name in French and English. @return never null */
  public Text name() {
    return name;
  }

  /** The fewest days of facilitation. @return never null */
  public Days minDays() {
    return minDays;
  }

  /** The usual number of days of facilitation. @return never null */
  public Days typicalDays() {
    return typicalDays;
  }

  /** The most days of facilitation. @return never null */
  public Days maxDays() {
    return maxDays;
  }

  /** The length of one session. @return never null */
  public SessionLength sessionLength() {
    return sessionLength;
  }

  /** The shortest span from first to last session, both included, in days. @return at least 1 */
  public int minSpanDays() {
    return minSpanDays;
  }

  /** The longest span from first to last session, both included, in days. @return at least 1 */
  public int maxSpanDays() {
    return maxSpanDays;
  }

  /** The fewest calendar days between two consecutive sessions. @return at least 1 */
  public int minGapDays() {
    return minGapDays;
  }

  /** The most calendar days between two consecutive sessions. @return at least 1 */
  public int maxGapDays() {
    return maxGapDays;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Format that && id.equals(that.id) && name.equals(that.name)
        && minDays.equals(that.minDays) && typicalDays.equals(that.typicalDays)
        && maxDays.equals(that.maxDays) && sessionLength == that.sessionLength
        && minSpanDays == that.minSpanDays && maxSpanDays == that.maxSpanDays
        && minGapDays == that.minGapDays && maxGapDays == that.maxGapDays;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(id, name, minDays, typicalDays, maxDays, sessionLength,
        minSpanDays, maxSpanDays, minGapDays, maxGapDays);
  }

  /** The format as {@code accompaniment[5..10..15 d, WHOLE_DAY, span 91..366, gap 1..92]}. */
  @Override
  public String toString() {
    return id + "[" + minDays + ".." + typicalDays + ".." + maxDays + " d, " + sessionLength
        + ", span " + minSpanDays + ".." + maxSpanDays + ", gap " + minGapDays + ".."
        + maxGapDays + "]";
  }

  /**
   * Collects a format's parts and checks them all at once in {@link #build()}.
   *
   * <p>Mutable, not thread-safe: build a format in one thread, then share the format.
   */
  public static final class Builder {
    private String id = "";
    private Text name = Text.of("", "");
    private Days minDays = Days.ZERO;
    private Days typicalDays = Days.ZERO;
    private Days maxDays = Days.ZERO;
    private SessionLength sessionLength = SessionLength.WHOLE_DAY;
    private int minSpanDays;
    private int maxSpanDays;
    private int minGapDays;
    private int maxGapDays;

    private Builder() {}

    /**
     * Sets the identifier. @param id not null @return this builder
     * @throws NullPointerException if id is null (a programmer error)
     */
    public Builder id(String id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * Sets the name. @param name not null @return this builder
     * @throws NullPointerException if name is null (a programmer error)
     */
    public Builder name(Text name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the fewest, usual and most days of facilitation.
     *
     * @param min the fewest, not null
     * @param typical the usual, not null
     * @param max the most, not null
     * @return this builder
     * @throws NullPointerException if an argument is null (a programmer error)
     */
    public Builder days(Days min, Days typical, Days max) {
      this.minDays = requireNonNull(min, "min");
      this.typicalDays = requireNonNull(typical, "typical");
      this.maxDays = requireNonNull(max, "max");
      return this;
    }

    /**
     * Sets the length of one session. @param length not null @return this builder
     * @throws NullPointerException if length is null (a programmer error)
     */
    public Builder sessionLength(SessionLength length) {
      this.sessionLength = requireNonNull(length, "length");
      return this;
    }

    /**
     * Sets the shortest and longest span, first to last session included, in days.
     *
     * @param min the shortest span
     * @param max the longest span
     * @return this builder
     */
    public Builder span(int min, int max) {
      this.minSpanDays = min;
      this.maxSpanDays = max;
      return this;
    }

    /**
     * Sets the fewest and most calendar days between two consecutive sessions.
     *
     * @param min the fewest, at least 1
     * @param max the most
     * @return this builder
     */
    public Builder gap(int min, int max) {
      this.minGapDays = min;
      this.maxGapDays = max;
      return this;
    }

    /**
     * Checks every part and builds the format.
     *
     * @return the format, or every reason found: {@code FIELD_BLANK} for a missing identifier,
     *     {@code OUT_OF_RANGE} for a bound outside its range, {@code INCONSISTENT_FIELDS} for
     *     bounds in the wrong order or days that cannot be split into sessions
     */
    public Validation<Seq<Reason>, Format> build() {
      List<Reason> reasons = List.empty();
      if (id.isBlank()) {
        reasons = reasons.append(new FieldReason.Blank("format_id"));
      }
      if (minDays.halfDays() < 1) {
        reasons = reasons.append(new FieldReason.OutOfRange("min_days", minDays.toString(),
            "0.5", Integer.toString(Days.MAX_DAYS)));
      }
      reasons = reasons.appendAll(order("min_days", minDays, "typical_days", typicalDays));
      reasons = reasons.appendAll(order("typical_days", typicalDays, "max_days", maxDays));
      int unit = sessionLength.days().halfDays();
      for (Days d : List.of(minDays, typicalDays, maxDays)) {
        if (d.halfDays() % unit != 0) {
          reasons = reasons.append(new FieldReason.Inconsistent("days", d.toString(),
              "session_length", sessionLength.name()));
        }
      }
      reasons = reasons.appendAll(range("min_span_days", minSpanDays));
      reasons = reasons.appendAll(range("max_span_days", maxSpanDays));
      reasons = reasons.appendAll(range("min_gap_days", minGapDays));
      reasons = reasons.appendAll(range("max_gap_days", maxGapDays));
      if (minSpanDays > maxSpanDays) {
        reasons = reasons.append(new FieldReason.Inconsistent("min_span_days",
            Integer.toString(minSpanDays), "max_span_days", Integer.toString(maxSpanDays)));
      }
      if (minGapDays > maxGapDays) {
        reasons = reasons.append(new FieldReason.Inconsistent("min_gap_days",
            Integer.toString(minGapDays), "max_gap_days", Integer.toString(maxGapDays)));
      }
      return reasons.isEmpty() ? Validation.valid(new Format(this)) : Validation.invalid(reasons);
    }

    private static List<Reason> order(String lowField, Days low, String highField, Days high) {
      return low.compareTo(high) > 0
          ? List.of(new FieldReason.Inconsistent(lowField, low.toString(), highField,
              high.toString()))
          : List.empty();
    }

    private static List<Reason> range(String field, int value) {
      return value < 1 || value > MAX_SPAN_DAYS
          ? List.of(new FieldReason.OutOfRange(field, Integer.toString(value), "1",
              Integer.toString(MAX_SPAN_DAYS)))
          : List.empty();
    }
  }
}
