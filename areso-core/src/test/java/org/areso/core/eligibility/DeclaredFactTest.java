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
