package org.areso.core.ethics;

import static org.areso.core.ethics.EthicsFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Tie;
import org.areso.core.kernel.Actor;

/**
 * The charter's incremental check of a change, {@code newlyBlocking(before, after)}, gives exactly
 * what two whole audits give: the blocking violations of {@code after} that {@code before} has not.
 */
class IncrementalCharterProperties {

  /** One change a command can make to a conduct. */
  private interface Change {
    Conduct apply(Conduct b);
  }

  @Provide
  Arbitrary<Change> changes() {
    Arbitrary<PartyRole> party = Arbitraries.of(PartyRole.MANAGEMENT,
        PartyRole.STAFF_REPRESENTATIVES, PartyRole.SUPERVISORS);
    Arbitrary<Actor> actor = Arbitraries.of(MANAGEMENT, FACILITATOR);
    Arbitrary<Change> origin = Arbitraries.of(Origin.parties(PartyRole.MANAGEMENT),
        Origin.referral(ThirdParty.values()[0])).map(o -> b -> b.withOrigin(Option.some(o)));
    Arbitrary<Change> participation = Combinators.combine(party,
        Arbitraries.of(Participation.class)).as((p, how) -> b -> b.withParticipation(
            LinkedHashMap.of(p, how)));
    Arbitrary<Change> consents = party.set().ofMaxSize(3).map(ps -> b -> b.withConsents(
        LinkedHashSet.ofAll(ps)));
    Arbitrary<Change> voided = party.set().ofMaxSize(3).map(ps -> b -> b.withVoidedConsents(
        LinkedHashSet.ofAll(ps)));
    Arbitrary<Change> started = Arbitraries.of(true, false).map(s -> b -> b.withStarted(s));
    Arbitrary<Change> assignment = Arbitraries.of(
        assigned(F1, F2),
        assigned(F1.withTie(Tie.withStructure(Tie.Kind.values()[0], Option.none())), F2))
        .map(a -> b -> b.withAssignment(Option.some(a)));
    Arbitrary<Change> plan = Combinators.combine(actor, actor, party.set().ofMaxSize(3))
        .as((owner, decider, validated) -> new ActionPlanItem("A-1", owner, decider,
            LinkedHashSet.ofAll(validated)))
        .list().ofMaxSize(3).map(items -> b -> b.withActionPlan(List.ofAll(items)));
    Arbitrary<Change> contribution = Arbitraries.of(Aspect.class)
        .map(aspect -> b -> b.plusContribution(new Contribution(F1_ID, DAY, aspect,
            Sensitive.of("note"))));
    Arbitrary<Change> disclosure = Combinators.combine(Arbitraries.of(Sensitivity.class),
            Arbitraries.of(Recipient.class))
        .as((sensitivity, recipient) -> b -> b.plusDisclosure(disclosure(sensitivity, recipient)));
    Arbitrary<Change> session = party.set().ofMinSize(1).ofMaxSize(2)
        .map(ps -> b -> b.plusSessionHeld(session(ps.toArray(PartyRole[]::new))));
    return Arbitraries.oneOf(origin, participation, consents, voided, started, assignment, plan,
        contribution, disclosure, session);
  }

  @Provide
  Arbitrary<java.util.List<Change>> histories() {
    return changes().list().ofMaxSize(8);
  }

  @Provide
  Arbitrary<java.util.List<Change>> commands() {
    return changes().list().ofMinSize(1).ofMaxSize(2);
  }

  @Provide
  Arbitrary<Charter> charters() {
    return Arbitraries.of(Principle.class).set().ofMinSize(1)
        .map(ps -> charterOf(ps.toArray(Principle[]::new))
            .anonymityTowardsSupervisingAuthorities(ps.size() % 2 == 0).build().get());
  }

  @Property(tries = 2_000)
  void theIncrementalCheckOfAChangeEqualsTheDifferenceOfTwoWholeAudits(
      @ForAll("charters") Charter charter,
      @ForAll("histories") java.util.List<Change> history,
      @ForAll("commands") java.util.List<Change> change) {
    // given a conduct built by some changes, then changed again
    Conduct before = conduct();
    for (Change c : history) {
      before = c.apply(before);
    }
    Conduct after = before;
    for (Change c : change) {
      after = c.apply(after);
    }
    // when
    Seq<Violation> incremental = charter.newlyBlocking(before, after);
    // then
    Seq<Violation> already = charter.audit(before).blocking();
    assertThat(incremental).containsExactlyElementsOf(
        charter.audit(after).blocking().filter(v -> !already.contains(v)));
  }
}
