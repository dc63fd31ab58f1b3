package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import org.areso.core.kernel.PartyRole;

/**
 * What an engagement records that the charter's checks read: who asked, how each party takes
 * part, the consents, whether the intervention started, the facilitators assigned, who attended
 * each session held, the action plan, the facilitators' contributions and the disclosures.
 *
 * <p>Immutable and thread-safe; its {@code toString} shows no sensitive value. Build one with
 * {@link #builder(Set)}, or get it from an {@link org.areso.core.engagement.Engagement}.
 *
 * @param requiredParties the parties the programme requires (consent, validation, attendance),
 *     not null
 * @param origin where the request came from; none when unknown, not null
 * @param participation how each party takes part, for the parties the framing names, not null
 * @param consents the parties who consented to the current framing, not null
 * @param voidedConsents the parties whose consent to an earlier framing was voided by a new one
 *     and not given again, not null
 * @param started whether the intervention started
 * @param assignment the facilitators assigned, if any, not null
 * @param sessionsHeld the sessions held, with who attended each, in order, not null
 * @param actionPlan the items of the action plan adopted, possibly none, not null
 * @param contributions the facilitators' recorded contributions, in order, not null
 * @param disclosures the disclosures made, in order, not null
 */
public record Conduct(
    Set<PartyRole> requiredParties,
    Option<Origin> origin,
    Map<PartyRole, Participation> participation,
    Set<PartyRole> consents,
    Set<PartyRole> voidedConsents,
    boolean started,
    Option<Assignment> assignment,
    Seq<Attendance> sessionsHeld,
    Seq<ActionPlanItem> actionPlan,
    Seq<Contribution> contributions,
    Seq<Disclosure> disclosures) implements Audited {

  /** Creates a conduct. @throws NullPointerException if an argument is null */
  public Conduct {
    requireNonNull(requiredParties, "requiredParties");
    requireNonNull(origin, "origin");
    requireNonNull(participation, "participation");
    requireNonNull(consents, "consents");
    requireNonNull(voidedConsents, "voidedConsents");
    requireNonNull(assignment, "assignment");
    requireNonNull(sessionsHeld, "sessionsHeld");
    requireNonNull(actionPlan, "actionPlan");
    requireNonNull(contributions, "contributions");
    requireNonNull(disclosures, "disclosures");
  }

  /** This conduct itself. */
  @Override
  public Conduct conduct() {
    return this;
  }

  /**
   * A builder with nothing recorded yet.
   *
   * @param requiredParties the parties the programme requires, not null
   * @return a new builder, never null
   * @throws NullPointerException if requiredParties is null (a programmer error)
   */
  public static Builder builder(Set<PartyRole> requiredParties) {
    return new Builder(requireNonNull(requiredParties, "requiredParties"));
  }

  /**
   * A builder holding everything this conduct records, to add to it.
   *
   * @return a new builder, never null
   */
  public Builder toBuilder() {
    Builder b = new Builder(requiredParties);
    b.origin = origin;
    b.participation = participation;
    b.consents = consents;
    b.voidedConsents = voidedConsents;
    b.started = started;
    b.assignment = assignment;
    b.sessionsHeld = sessionsHeld;
    b.actionPlan = actionPlan;
    b.contributions = contributions;
    b.disclosures = disclosures;
    return b;
  }

  /** Builds a {@link Conduct}. Not thread-safe; every method throws NullPointerException on null. */
  public static final class Builder {
    private final Set<PartyRole> requiredParties;
    private Option<Origin> origin = Option.none();
    private Map<PartyRole, Participation> participation = LinkedHashMap.empty();
    private Set<PartyRole> consents = LinkedHashSet.empty();
    private Set<PartyRole> voidedConsents = LinkedHashSet.empty();
    private boolean started;
    private Option<Assignment> assignment = Option.none();
    private Seq<Attendance> sessionsHeld = Vector.empty();
    private Seq<ActionPlanItem> actionPlan = Vector.empty();
    private Seq<Contribution> contributions = Vector.empty();
    private Seq<Disclosure> disclosures = Vector.empty();

    private Builder(Set<PartyRole> requiredParties) {
      this.requiredParties = requiredParties;
    }

    /** @param origin where the request came from @return this builder */
    public Builder origin(Origin origin) {
      this.origin = Option.of(requireNonNull(origin, "origin"));
      return this;
    }

    /** @param participation how each party takes part @return this builder */
    public Builder participation(Map<PartyRole, Participation> participation) {
      this.participation = requireNonNull(participation, "participation");
      return this;
    }

    /** @param consents the parties who consented to the current framing @return this builder */
    public Builder consents(Set<PartyRole> consents) {
      this.consents = requireNonNull(consents, "consents");
      return this;
    }

    /** @param voidedConsents the consents voided by a new framing @return this builder */
    public Builder voidedConsents(Set<PartyRole> voidedConsents) {
      this.voidedConsents = requireNonNull(voidedConsents, "voidedConsents");
      return this;
    }

    /** @param started whether the intervention started @return this builder */
    public Builder started(boolean started) {
      this.started = started;
      return this;
    }

    /** @param assignment the facilitators assigned @return this builder */
    public Builder assignment(Assignment assignment) {
      this.assignment = Option.of(requireNonNull(assignment, "assignment"));
      return this;
    }

    /** @param held a session held, added after the others @return this builder */
    public Builder sessionHeld(Attendance held) {
      this.sessionsHeld = sessionsHeld.append(requireNonNull(held, "held"));
      return this;
    }

    /** @param sessionsHeld the sessions held, in order, replacing any @return this builder */
    public Builder sessionsHeld(Seq<Attendance> sessionsHeld) {
      this.sessionsHeld = requireNonNull(sessionsHeld, "sessionsHeld");
      return this;
    }

    /** @param contributions the contributions, in order, replacing any @return this builder */
    public Builder contributions(Seq<Contribution> contributions) {
      this.contributions = requireNonNull(contributions, "contributions");
      return this;
    }

    /** @param disclosures the disclosures, in order, replacing any @return this builder */
    public Builder disclosures(Seq<Disclosure> disclosures) {
      this.disclosures = requireNonNull(disclosures, "disclosures");
      return this;
    }

    /** @param actionPlan the items of the action plan, replacing any @return this builder */
    public Builder actionPlan(Seq<ActionPlanItem> actionPlan) {
      this.actionPlan = requireNonNull(actionPlan, "actionPlan");
      return this;
    }

    /** @param contribution a contribution, added after the others @return this builder */
    public Builder contribution(Contribution contribution) {
      this.contributions = contributions.append(requireNonNull(contribution, "contribution"));
      return this;
    }

    /** @param disclosure a disclosure, added after the others @return this builder */
    public Builder disclosure(Disclosure disclosure) {
      this.disclosures = disclosures.append(requireNonNull(disclosure, "disclosure"));
      return this;
    }

    /**
     * The conduct.
     *
     * @return the conduct, never null
     */
    public Conduct build() {
      return new Conduct(requiredParties, origin, participation, consents, voidedConsents,
          started, assignment, sessionsHeld, actionPlan, contributions, disclosures);
    }
  }
}
