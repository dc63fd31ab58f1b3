package org.areso.core.planning;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;
import org.areso.core.kernel.AresoStyle;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Text;
import org.immutables.value.Value;

/**
 * A way of delivering an engagement (un format d'intervention) and its duration policy: how many
 * days of facilitation (min, typical, max), how they split into sessions (half or whole days), the
 * span the sessions are spread over (first to last session, both included, in calendar days) and
 * the gap between two consecutive sessions (in calendar days: 1 for consecutive dates).
 *
 * <p>The figures are {@linkplain Bounds#BINDING binding} (a plan outside them is refused) unless
 * the format says they are {@linkplain Bounds#INDICATIVE indicative}: a seed's "about 10 days over
 * 3 to 12 months" is what the planner aims at, not a limit it enforces.
 *
 * <p>Built with {@link #builder()}, which checks every figure; the catalogue's formats, with the
 * figures each programme's seed gives or assumes, live in {@code areso-rules}. Immutable and
 * thread-safe; equal when every attribute is equal.
 */
@Value.Immutable(copy = true)
@AresoStyle
public abstract class Format {

  /** The longest span or gap accepted, in days (ten years). */
  public static final int MAX_SPAN_DAYS = 3_660;

  Format() { }

  /**
   * Starts a format: a catalogue's, or the host's own. Until set, the identifier is blank, the
   * name empty, the days zero, the sessions whole days and the span and gap zero.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder(ImmutableFormat.assembler().id("").name(Text.of("", ""))
        .minDays(Days.ZERO).typicalDays(Days.ZERO).maxDays(Days.ZERO)
        .sessionLength(SessionLength.WHOLE_DAY).minSpanDays(0).maxSpanDays(0).minGapDays(0)
        .maxGapDays(0).bounds(Bounds.BINDING).build());
  }

  /** Whether a format's days, span and gaps are limits or typical figures. */
  public enum Bounds {
    /** Limits: a plan outside them is refused. */
    BINDING,
    /**
     * The days are limits (a source gives them, such as "2 à 3 jours"); the span and the longest
     * gap are typical figures, as for {@link #INDICATIVE}.
     */
    DAYS_BINDING,
    /**
     * Typical figures: the planner aims at them, and checks of a plan refuse only what no format
     * allows (less than a half day, two sessions less than the shortest gap apart, more than
     * {@value Days#MAX_DAYS} days or a span or gap over {@value Format#MAX_SPAN_DAYS} days).
     */
    INDICATIVE
  }

  /**
   * The format's stable identifier, such as {@code accompaniment}.
   *
   * @return the identifier, never null
   */
  public abstract String id();

  /**
   * The format's name in French and English.
   *
   * @return the name, never null
   */
  public abstract Text name();

  /**
   * The fewest days of facilitation.
   *
   * @return the days, never null
   */
  public abstract Days minDays();

  /**
   * The usual number of days of facilitation.
   *
   * @return the days, never null
   */
  public abstract Days typicalDays();

  /**
   * The most days of facilitation.
   *
   * @return the days, never null
   */
  public abstract Days maxDays();

  /**
   * The length of one session.
   *
   * @return the length, never null
   */
  public abstract SessionLength sessionLength();

  /**
   * The shortest span from first to last session, both included, in days.
   *
   * @return the span, at least 1
   */
  public abstract int minSpanDays();

  /**
   * The longest span from first to last session, both included, in days.
   *
   * @return the span, at least 1
   */
  public abstract int maxSpanDays();

  /**
   * The fewest calendar days between two consecutive sessions.
   *
   * @return the gap, at least 1
   */
  public abstract int minGapDays();

  /**
   * The most calendar days between two consecutive sessions.
   *
   * @return the gap, at least 1
   */
  public abstract int maxGapDays();

  /**
   * Whether the days, span and longest gap are limits or typical figures.
   *
   * @return the bounds' kind, {@link Bounds#BINDING} unless the builder said otherwise; never
   *     null
   */
  public abstract Bounds bounds();

  /** The fewest days a plan may have: the format's, or a half day when indicative. */
  Days fewestDaysAllowed() {
    return bounds() == Bounds.INDICATIVE ? Days.ofHalfDays(1) : minDays();
  }

  /** The most days a plan may have: the format's, or {@value Days#MAX_DAYS} when indicative. */
  Days mostDaysAllowed() {
    return bounds() == Bounds.INDICATIVE ? Days.of(Days.MAX_DAYS) : maxDays();
  }

  /** The shortest span a plan may have: the format's, or 1 day when indicative. */
  int shortestSpanAllowed() {
    return bounds() == Bounds.BINDING ? minSpanDays() : 1;
  }

  /** The longest span a plan may have: the format's, or the longest any format has. */
  int longestSpanAllowed() {
    return bounds() == Bounds.BINDING ? maxSpanDays() : MAX_SPAN_DAYS;
  }

  /** The longest gap a plan may have: the format's, or the longest any format has. */
  int longestGapAllowed() {
    return bounds() == Bounds.BINDING ? maxGapDays() : MAX_SPAN_DAYS;
  }

  /**
   * The format as {@code accompaniment[5..10..15 d, WHOLE_DAY, span 91..366, gap 1..92]}, with
   * {@code , indicative} or {@code , days binding} before the bracket's end when some of its
   * figures are typical.
   */
  @Override
  public String toString() {
    return id() + "[" + minDays() + ".." + typicalDays() + ".." + maxDays() + " d, "
        + sessionLength() + ", span " + minSpanDays() + ".." + maxSpanDays() + ", gap "
        + minGapDays() + ".." + maxGapDays()
        + (bounds() == Bounds.BINDING ? "" : ", " + bounds().name().toLowerCase(Locale.ROOT)
            .replace('_', ' ')) + "]";
  }

  /**
   * Collects a format's parts and checks them all at once in {@link #build()}.
   *
   * <p>Mutable, not thread-safe: build a format in one thread, then share the format.
   */
  public static final class Builder {
    private ImmutableFormat draft;

    /** Starts from a format the builder changes by copies; every format is generated. */
    private Builder(Format draft) {
      this.draft = (ImmutableFormat) draft;
    }

    /**
     * Takes every part of a format, such as a catalogue's, to change some of them: a host's
     * variant of it.
     *
     * @param format not null
     * @return this builder
     * @throws NullPointerException if format is null (a programmer error)
     */
    public Builder from(Format format) {
      return set((ImmutableFormat) ImmutableFormat.copyOf(requireNonNull(format, "format")));
    }

    /**
     * Sets the identifier.
     *
     * @param id not null
     * @return this builder
     * @throws NullPointerException if id is null (a programmer error)
     */
    public Builder id(String id) {
      return set(draft.withId(id));
    }

    /**
     * Sets the name.
     *
     * @param name not null
     * @return this builder
     * @throws NullPointerException if name is null (a programmer error)
     */
    public Builder name(Text name) {
      return set(draft.withName(name));
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
      return set(draft.withMinDays(requireNonNull(min, "min"))
          .withTypicalDays(requireNonNull(typical, "typical"))
          .withMaxDays(requireNonNull(max, "max")));
    }

    /**
     * Sets the length of one session.
     *
     * @param length not null
     * @return this builder
     * @throws NullPointerException if length is null (a programmer error)
     */
    public Builder sessionLength(SessionLength length) {
      return set(draft.withSessionLength(requireNonNull(length, "length")));
    }

    /**
     * Sets the shortest and longest span, first to last session included, in days.
     *
     * @param min the shortest span
     * @param max the longest span
     * @return this builder
     */
    public Builder span(int min, int max) {
      return set(draft.withMinSpanDays(min).withMaxSpanDays(max));
    }

    /**
     * Sets the fewest and most calendar days between two consecutive sessions.
     *
     * @param min the fewest, at least 1
     * @param max the most
     * @return this builder
     */
    public Builder gap(int min, int max) {
      return set(draft.withMinGapDays(min).withMaxGapDays(max));
    }

    /**
     * Sets whether the days, span and longest gap are limits (the default), typical figures, or
     * limits for the days only.
     *
     * @param bounds not null
     * @return this builder
     * @throws NullPointerException if bounds is null (a programmer error)
     */
    public Builder bounds(Bounds bounds) {
      return set(draft.withBounds(requireNonNull(bounds, "bounds")));
    }

    /**
     * Checks every part and builds the format.
     *
     * @return the format, or every reason found: {@code FIELD_BLANK} for a missing identifier,
     *     {@code OUT_OF_RANGE} for a bound outside its range, {@code INCONSISTENT_FIELDS} for
     *     bounds in the wrong order or days that cannot be split into sessions
     */
    public Validation<Seq<Reason>, Format> build() {
      Format f = draft;
      List<Reason> reasons = List.empty();
      if (f.id().isBlank()) {
        reasons = reasons.append(new FieldReason.Blank("format_id"));
      }
      if (f.minDays().halfDays() < 1) {
        reasons = reasons.append(new FieldReason.OutOfRange("min_days", f.minDays().toString(),
            "0.5", Integer.toString(Days.MAX_DAYS)));
      }
      reasons = reasons.appendAll(order("min_days", f.minDays(), "typical_days", f.typicalDays()))
          .appendAll(order("typical_days", f.typicalDays(), "max_days", f.maxDays()));
      int unit = f.sessionLength().days().halfDays();
      for (Days d : List.of(f.minDays(), f.typicalDays(), f.maxDays())) {
        if (d.halfDays() % unit != 0) {
          reasons = reasons.append(new FieldReason.Inconsistent("days", d.toString(),
              "session_length", f.sessionLength().name()));
        }
      }
      reasons = reasons.appendAll(range("min_span_days", f.minSpanDays()))
          .appendAll(range("max_span_days", f.maxSpanDays()))
          .appendAll(range("min_gap_days", f.minGapDays()))
          .appendAll(range("max_gap_days", f.maxGapDays()))
          .appendAll(order("min_span_days", f.minSpanDays(), "max_span_days", f.maxSpanDays()))
          .appendAll(order("min_gap_days", f.minGapDays(), "max_gap_days", f.maxGapDays()));
      return reasons.isEmpty() ? Validation.valid(f) : Validation.invalid(reasons);
    }

    private Builder set(ImmutableFormat changed) {
      draft = changed;
      return this;
    }

    private static <T extends Comparable<T>> List<Reason> order(String lowField, T low,
        String highField, T high) {
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
