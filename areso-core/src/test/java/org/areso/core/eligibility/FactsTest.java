package org.areso.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Reason;
import org.areso.core.kernel.Region;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

class FactsTest {

  private static final Fact<Integer> SESSIONS = Fact.of("sessions", Integer.class,
      Text.of("Combien de séances ?", "How many sessions?"));

  @Test
  void readsAHostRowWhereBlankMeansUnknown() {
    // when
    Facts facts = Facts.read(EligibilityFixtures.unknownStructure(), " 2023-09-01 ", "seminar",
        "preventive").get();
    Facts blank = Facts.read(EligibilityFixtures.unknownStructure(), "", " ", "").get();
    // then
    assertThat(facts.get(Fact.REQUEST_DATE)).isEqualTo(Option.some(LocalDate.of(2023, 9, 1)));
    assertThat(facts.get(Fact.REQUESTED_FORMAT)).isEqualTo(Option.some("seminar"));
    assertThat(facts.get(Fact.CONTEXT)).isEqualTo(Option.some(InterventionContext.PREVENTIVE));
    assertThat(blank.get(Fact.REQUEST_DATE).isEmpty()).isTrue();
    assertThat(blank.get(Fact.CONTEXT).isEmpty()).isTrue();
  }

  @Test
  void aRequestOnAKnownDayIsBuiltInOneStepAsInTwo() {
    // given
    Structure structure = EligibilityFixtures.structure("8", "P177");
    LocalDate day = LocalDate.of(2023, 9, 1);
    Policy policy = EligibilityFixtures.social2023().get();
    // when
    Facts once = Facts.of(structure, day);
    Facts twice = Facts.of(structure).requestDate(day);
    // then
    assertThat(once.get(Fact.REQUEST_DATE)).isEqualTo(twice.get(Fact.REQUEST_DATE))
        .isEqualTo(Option.some(day));
    assertThat(once.get(Fact.REQUESTED_FORMAT).isEmpty()).isTrue();
    assertThat(once.structure()).isSameAs(structure);
    assertThat(policy.evaluate(once)).isEqualTo(policy.evaluate(twice));
  }

  @Test
  void reportsEveryUnreadableValueOfARow() {
    // when
    var result = Facts.read(EligibilityFixtures.unknownStructure(), "2023-13-45", "x",
        "furious");
    // then
    assertThat(result.getError().map(Reason::code))
        .containsExactly("FIELD_MALFORMED", "UNKNOWN_VALUE");
    assertThat(result.getError().last().message(Language.EN)).contains("CURATIVE");
  }

  @Test
  void refusesAValueOfTheWrongTypeForADeclaredFact() {
    // given
    Facts facts = Facts.of(EligibilityFixtures.unknownStructure());
    // when
    var wrong = facts.withValue(SESSIONS, "three");
    var right = facts.withValue(SESSIONS, 3);
    var standard = facts.withValue(Fact.HEADCOUNT, 3);
    // then
    assertThat(wrong.getError().single().code()).isEqualTo("FACT_WRONG_TYPE");
    assertThat(wrong.getError().single().message(Language.FR)).contains("Integer")
        .contains("String");
    assertThat(right.get().get(SESSIONS)).isEqualTo(Option.some(3));
    assertThat(standard.getError().single().code()).isEqualTo("FACT_NOT_DECLARED");
  }

  @Test
  void readsADeclaredFactFromTextAsAPersonTypesIt() {
    // given
    Fact<Boolean> signed = Fact.of("signed_charter", Boolean.class,
        Text.of("Charte signée ?", "Charter signed?"));
    Fact<LocalDate> since = Fact.of("member_since", LocalDate.class,
        Text.of("Membre depuis ?", "Member since?"));
    Fact<String> network = Fact.of("network", String.class, Text.of("Réseau ?", "Network?"));
    Fact<Double> share = Fact.of("share", Double.class, Text.of("Part ?", "Share?"));
    Facts facts = Facts.of(EligibilityFixtures.unknownStructure());
    // then: each type from its text
    assertThat(List.of("yes", " OUI ", "true", "1", "y", "O").map(t -> facts.withText(signed, t)
        .get().get(signed))).containsOnly(Option.some(true));
    assertThat(List.of("no", "Non", "FALSE", "0", "n").map(t -> facts.withText(signed, t)
        .get().get(signed))).containsOnly(Option.some(false));
    assertThat(facts.withText(SESSIONS, " -12 ").get().get(SESSIONS)).isEqualTo(Option.some(-12));
    assertThat(facts.withText(since, "2024-02-29").get().get(since))
        .isEqualTo(Option.some(LocalDate.of(2024, 2, 29)));
    assertThat(facts.withText(network, " Uriopss ").get().get(network))
        .isEqualTo(Option.some("Uriopss"));
    // and each refusal typed, naming the fact and the text
    assertThat(facts.withText(signed, "perhaps").getError().single())
        .isEqualTo(new FieldReason.UnknownValue("signed_charter", "perhaps",
            List.of("yes", "no")));
    assertThat(facts.withText(SESSIONS, "3.5").getError().single().code())
        .isEqualTo("FIELD_MALFORMED");
    assertThat(facts.withText(SESSIONS, "1234567890").getError().single().code())
        .isEqualTo("FIELD_MALFORMED");
    assertThat(facts.withText(since, "2024-02-30").getError().single().message(Language.EN))
        .contains("member_since").contains("2024-02-30");
    assertThat(facts.withText(network, "  ").getError().single().code())
        .isEqualTo("FIELD_BLANK");
    assertThat(facts.withText(share, "0.5").getError().single().code())
        .isEqualTo("FACT_WRONG_TYPE");
    assertThat(facts.withText(Fact.HEADCOUNT, "3").getError().single().code())
        .isEqualTo("FACT_NOT_DECLARED");
  }

  @Test
  void readsTheRegionFromTheDepartementAndTheCantonOfAStructure() {
    // given
    Structure lyon = Structure.builder().country("FR").departement("69").build().get();
    Structure lausanne = Structure.builder().country("CH").canton("VD").build().get();
    // when
    Facts french = Facts.of(lyon);
    Facts swiss = Facts.of(lausanne);
    // then
    assertThat(french.get(Fact.REGION)).isEqualTo(Option.some(Region.AUVERGNE_RHONE_ALPES));
    assertThat(french.get(Fact.CANTON).isEmpty()).isTrue();
    assertThat(swiss.get(Fact.CANTON)).isEqualTo(Option.some(Canton.VD));
    assertThat(swiss.get(Fact.REGION).isEmpty()).isTrue();
    assertThat(Fact.STANDARD).contains(Fact.REGION, Fact.CANTON);
    assertThat(Fact.REGION.name()).isEqualTo("region");
    assertThat(Fact.CANTON.name()).isEqualTo("canton");
  }
}
