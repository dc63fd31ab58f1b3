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
 * <p>Built with {@link #builder()}, which checks every figure; the catalogue's formats, with the
 * figures each programme's seed gives or assumes, live in {@code areso-rules}. Immutable and
 * thread-safe.
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
   * Starts a format: a catalogue's, or the host's own.
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
