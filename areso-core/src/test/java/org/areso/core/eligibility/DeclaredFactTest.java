package org.areso.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

/** Facts of the request and facts a rule author declares. */
class DeclaredFactTest {

  private static Facts facts() {
    return Facts.of(Structure.builder().build().get());
  }

  @Test
  void aDeclaredFactIsUnknownUntilGivenThenReadBack() {
    // given
    Fact<Integer> sessions = Fact.of("sessions", Integer.class,
        Text.of("Combien de séances ?", "How many sessions?"));
    // when
    Facts given = facts().with(sessions, 3);
    // then
    assertThat(sessions.name()).isEqualTo("sessions");
    assertThat(sessions.type()).isEqualTo(Integer.class);
    assertThat(sessions.question().en()).isEqualTo("How many sessions?");
    assertThat(facts().get(sessions)).isEqualTo(Option.none());
    assertThat(given.get(sessions)).isEqualTo(Option.some(3));
  }

  @Test
  void aPolicyListsTheFactsOfItsOwnItsConditionsReadEachOnceInOrder() {
    // given: two declared facts, one read twice and inside a negation, and a standard fact
    Fact<Boolean> signed = Fact.of("signed", Boolean.class, Text.of("Signée ?", "Signed?"));
    Fact<Integer> sessions = Fact.of("sessions", Integer.class,
        Text.of("Combien de séances ?", "How many sessions?"));
    Rule isSigned = Rule.condition("isSigned", Text.of("signée", "signed"), signed, yes -> yes)
        .citing(EligibilityFixtures.CASF);
    Policy policy = Policy.of("p", Text.of("p", "p"), io.vavr.collection.List.of(isSigned,
        Rule.condition("fewSessions", Text.of("peu", "few"), sessions, n -> n < 10)
            .citing(EligibilityFixtures.CASF),
        Rule.not("notUnsigned", Text.of("pas non signée", "not unsigned"),
            Rule.condition("isUnsigned", Text.of("non signée", "unsigned"), signed, yes -> !yes)
                .citing(EligibilityFixtures.CASF)).citing(EligibilityFixtures.CASF),
        Rule.condition("small", Text.of("petite", "small"), Fact.HEADCOUNT, n -> n < 50)
            .citing(EligibilityFixtures.CASF))).get();
    // then
    assertThat(policy.declaredFacts()).containsExactly(signed, sessions);
    assertThat(EligibilityFixtures.social2023().get().declaredFacts()).isEmpty();
  }

  @Test
  void theRequestedFormatAndContextAreReadFromTheRequest() {
    // when
    Facts facts = facts().format("seminar").context(InterventionContext.PREVENTIVE);
    // then
    assertThat(facts.get(Fact.REQUESTED_FORMAT)).isEqualTo(Option.some("seminar"));
    assertThat(facts.get(Fact.CONTEXT)).isEqualTo(Option.some(InterventionContext.PREVENTIVE));
    assertThat(facts().get(Fact.REQUESTED_FORMAT)).isEqualTo(Option.none());
  }

  @Test
  void readsAFormatOfSixtyFourCharactersAndRefusesSixtyFive() {
    // given
    Structure structure = Structure.builder().build().get();
    String longest = "f".repeat(64);
    // when
    var accepted = Facts.read(structure, "", longest, "");
    var refused = Facts.read(structure, "", longest + "f", "");
    // then
    assertThat(accepted.get().get(Fact.REQUESTED_FORMAT)).isEqualTo(Option.some(longest));
    assertThat(refused.getError()).containsExactly(new FieldReason.TooLong("format", 65, 64));
  }

  @Test
  void explainsThatAStandardFactIsNotDeclaredInBothLanguages() {
    // when
    var result = facts().withValue(Fact.HEADCOUNT, 3);
    // then
    assertThat(result.getError()).containsExactly(
        new EligibilityReason.FactNotDeclared(Fact.HEADCOUNT.name()));
    assertThat(result.getError().head().message(Language.EN)).isEqualTo("Fact '"
        + Fact.HEADCOUNT.name() + "' is read from the structure or the request, not given as a"
        + " declared fact.");
    assertThat(result.getError().head().message(Language.FR)).isEqualTo("L'information « "
        + Fact.HEADCOUNT.name() + " » se lit sur la structure ou la demande, pas comme une"
        + " information déclarée.");
  }
}
