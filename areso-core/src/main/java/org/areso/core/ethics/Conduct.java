package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.areso.core.kernel.AresoStyle;
import org.areso.core.kernel.PartyRole;
import org.immutables.value.Value;

/**
 * What an engagement records that the charter's checks read: who asked, how each party takes
 * part, the consents, whether the intervention started, the facilitators assigned, who attended
 * each session held, the action plan, the facilitators' contributions and the disclosures.
 *
 * <p>Start from {@link #of(Set)}, with nothing recorded, and record with the {@code with*}
 * copies (each replaces one attribute and keeps the others, the same objects) and the
 * {@code plus*} ones (each appends one item); or get one from an
 * {@link org.areso.core.engagement.Engagement}. Every copy throws NullPointerException on a null
 * argument (a programmer error).
 *
 * <p>Immutable and thread-safe; equal when every attribute is equal; its {@code toString} shows
 * no sensitive value.
 */
@Value.Immutable(copy = true)
@AresoStyle
public abstract class Conduct implements Audited, WithConduct {

  Conduct() { }

  /**
   * The parties the programme requires (consent, validation, attendance).
   *
   * @return the parties, never null
   */
  public abstract Set<PartyRole> requiredParties();

  /**
   * Where the request came from.
   *
   * @return the origin, none when unknown, never null
   */
  public abstract Option<Origin> origin();

  /**
   * How each party takes part, for the parties the framing names.
   *
   * @return the participation by party, never null
   */
  public abstract Map<PartyRole, Participation> participation();

  /**
   * The parties who consented to the current framing.
   *
   * @return the parties, never null
   */
  public abstract Set<PartyRole> consents();

  /**
   * The parties whose consent to an earlier framing was voided by a new one and not given again.
   *
   * @return the parties, never null
   */
  public abstract Set<PartyRole> voidedConsents();

  /**
   * Whether the intervention started.
   *
   * @return true once started
   */
  public abstract boolean started();

  /**
   * The facilitators assigned.
   *
   * @return the assignment, none before one, never null
   */
  public abstract Option<Assignment> assignment();

  /**
   * The sessions held, with who attended each.
   *
   * @return the sessions, in order, never null
   */
  public abstract Seq<Attendance> sessionsHeld();

  /**
   * The items of the action plan adopted.
   *
   * @return the items, possibly none, never null
   */
  public abstract Seq<ActionPlanItem> actionPlan();

  /**
   * The facilitators' recorded contributions.
   *
   * @return the contributions, in order, never null
   */
  public abstract Seq<Contribution> contributions();

  /**
   * The disclosures made.
   *
   * @return the disclosures, in order, never null
   */
  public abstract Seq<Disclosure> disclosures();

  /** This conduct itself. */
  @Override
  public Conduct conduct() {
    return this;
  }

  /**
   * Whether every required party consented to the current framing.
   *
   * @return true when each of the {@link #requiredParties()} is among the {@link #consents()}
   */
  public boolean consentedByAll() {
    return Checks.holdsAll(consents(), requiredParties());
  }

  /**
   * A conduct with nothing recorded yet: no origin, participation, consent nor assignment, not
   * started, no session, action, contribution nor disclosure.
   *
   * @param requiredParties the parties the programme requires, not null
   * @return the conduct, never null
   * @throws NullPointerException if requiredParties is null (a programmer error)
   */
  public static Conduct of(Set<PartyRole> requiredParties) {
    return NOTHING.withRequiredParties(requiredParties);
  }

  /** Nothing recorded, no party required: what {@link #of(Set)} copies with its parties. */
  private static final ImmutableConduct NOTHING = (ImmutableConduct) ImmutableConduct.assembler()
      .requiredParties(LinkedHashSet.empty()).origin(Option.none())
      .participation(LinkedHashMap.empty()).consents(LinkedHashSet.empty())
      .voidedConsents(LinkedHashSet.empty()).started(false).assignment(Option.none())
      .sessionsHeld(Vector.empty()).actionPlan(Vector.empty()).contributions(Vector.empty())
      .disclosures(Vector.empty()).build();

  /**
   * A copy with one more session held, after the others.
   *
   * @param held the session held, not null
   * @return the copy, never null
   * @throws NullPointerException if held is null (a programmer error)
   */
  public Conduct plusSessionHeld(Attendance held) {
    return withSessionsHeld(appended(sessionsHeld(), requireNonNull(held, "held")));
  }

  /**
   * A copy with one more contribution, after the others.
   *
   * @param contribution the contribution, not null
   * @return the copy, never null
   * @throws NullPointerException if contribution is null (a programmer error)
   */
  public Conduct plusContribution(Contribution contribution) {
    return withContributions(appended(contributions(),
        requireNonNull(contribution, "contribution")));
  }

  /**
   * A copy with one more disclosure, after the others.
   *
   * @param disclosure the disclosure, not null
   * @return the copy, never null
   * @throws NullPointerException if disclosure is null (a programmer error)
   */
  public Conduct plusDisclosure(Disclosure disclosure) {
    return withDisclosures(appended(disclosures(), requireNonNull(disclosure, "disclosure")));
  }

  /**
   * A sequence with one more item. The first item of an empty {@link Vector} makes a vector of
   * one straight away: {@code append} goes through an intermediate list and its iterators.
   */
  private static <T> Seq<T> appended(Seq<T> seq, T item) {
    return seq instanceof Vector && seq.isEmpty() ? Vector.of(item) : seq.append(item);
  }
}
