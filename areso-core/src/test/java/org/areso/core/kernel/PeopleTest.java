package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Parties, facilitators, their ties and the facilitator pair. */
class PeopleTest {

  static FacilitatorId id(String value) {
    return FacilitatorId.of(value).get();
  }

  @Test
  void aPairIsTwoDistinctPeople() {
    // given
    Facilitator anact = Facilitator.of(id("F-1"), FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER);
    Facilitator consultant = Facilitator.of(id("F-2"), FacilitatorKind.INDEPENDENT_CONSULTANT);
    // when
    var pair = Facilitators.pair(anact, consultant);
    var same = Facilitators.pair(anact, anact.withTie(
        Tie.withStructure(Tie.Kind.PAID_WORK, Option.none())));
    // then
    assertThat(pair.get().members()).containsExactly(anact, consultant);
    FieldReason.Duplicate reason = (FieldReason.Duplicate) same.getError().single();
    assertThat(reason.field()).isEqualTo("facilitators");
    assertThat(reason.value()).isEqualTo("F-1");
  }

  @Test
  void theConstructorRefusesWhatFormingWouldAsAProgrammerError() {
    // given
    Facilitator anact = Facilitator.of(id("F-1"), FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER);
    Facilitator again = anact.withTie(Tie.withStructure(Tie.Kind.PAID_WORK, Option.none()));
    // when, then
    assertThat(new Facilitators(List.of(anact))).isEqualTo(Facilitators.one(anact));
    assertThatIllegalArgumentException().isThrownBy(() -> new Facilitators(List.empty()))
        .withMessage(new FieldReason.OutOfRange("facilitators", "0", "1", "2")
            .message(Language.EN));
    assertThatIllegalArgumentException().isThrownBy(() -> new Facilitators(List.of(anact, again)))
        .withMessage(new FieldReason.Duplicate("facilitators", "F-1").message(Language.EN));
  }

  @Test
  void aFacilitatorKeepsItsTiesInOrder() {
    // given
    PartyId management = PartyId.of("management").get();
    DateWindow twoYears = DateWindow.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31)).get();
    // when
    Facilitator facilitator = Facilitator.of(id("F-1"), FacilitatorKind.INDEPENDENT_CONSULTANT)
        .withTie(Tie.withParty(Tie.Kind.PAID_WORK, management, Option.some(twoYears)))
        .withTie(Tie.withStructure(Tie.Kind.FAMILY, Option.none()));
    // then
    assertThat(facilitator.ties().map(Tie::kind))
        .containsExactly(Tie.Kind.PAID_WORK, Tie.Kind.FAMILY);
    assertThat(facilitator.ties().head().party()).contains(management);
    assertThat(facilitator.ties().last().isWithStructure()).isTrue();
  }

  @Test
  void partiesHaveARoleWithAFrenchAndEnglishLabel() {
    // when
    Party cse = Party.of(PartyId.of("cse").get(), PartyRole.STAFF_REPRESENTATIVES);
    // then
    assertThat(cse.role().label().in(Language.FR)).isEqualTo("représentants du personnel");
    assertThat(cse.role().label().in(Language.EN)).isEqualTo("staff representatives");
    assertThat(PartyRole.values()).hasSize(5);
  }

  @Test
  void nullMembersAreProgrammerErrors() {
    assertThatNullPointerException().isThrownBy(() -> Facilitators.pair(null, null))
        .withMessage("first");
    assertThatNullPointerException()
        .isThrownBy(() -> Party.of(PartyId.of("x").get(), null)).withMessage("role");
  }

  @Test
  void anOperatorWithABlankReferenceIsAProgrammerError() {
    assertThat(Actor.operator("aract-ti")).isEqualTo(new Actor.Operator("aract-ti"));
    assertThatIllegalArgumentException().isThrownBy(() -> Actor.operator(" \u00A0"));
    assertThatIllegalArgumentException().isThrownBy(() -> Actor.operator(""));
    assertThatNullPointerException().isThrownBy(() -> Actor.operator(null));
  }
}
