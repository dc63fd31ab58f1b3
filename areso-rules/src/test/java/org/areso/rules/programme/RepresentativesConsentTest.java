package org.areso.rules.programme;

import static org.areso.core.engagement.Commands.confirmFraming;
import static org.areso.core.engagement.Commands.giveConsent;
import static org.areso.core.engagement.Commands.proposeFraming;
import static org.areso.core.engagement.Commands.qualify;
import static org.areso.core.engagement.Commands.recordPreDiagnosis;
import static org.areso.core.engagement.Commands.request;
import static org.areso.core.kernel.FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER;
import static org.areso.core.kernel.InterventionContext.PREVENTIVE;
import static org.areso.core.kernel.PartyRole.MANAGEMENT;
import static org.areso.core.kernel.PartyRole.STAFF_REPRESENTATIVES;
import static org.areso.core.kernel.PartyRole.SUPERVISORS;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Either;
import java.time.LocalDateTime;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.StructureBuilder;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;
import org.junit.jupiter.api.Test;

/**
 * Whose consent the framing needs when a structure has no staff representatives: seed 000 serves
 * "les relations professionnelles du quotidien" and seed 002 meets "tous les acteurs", so neither
 * asks for representatives a firm does not have; seed 001 names "l'accord … des représentants des
 * salariés" and keeps asking.
 */
class RepresentativesConsentTest {

  private static final LocalDateTime T = LocalDateTime.of(2024, 3, 4, 9, 0);
  private static final Actor DIRECTOR = Actor.party(MANAGEMENT, "director");
  private static final Actor CSE = Actor.party(STAFF_REPRESENTATIVES, "cse");
  private static final Facilitator ANNE = Facilitator.of("anne", ANACT_ARACT_PROJECT_OFFICER);

  /** An {@code areso} engagement of a firm of 12, framed and consented to by management only. */
  private static Either<Rejection, Accepted<Engagement, EngagementEvent>> aresoFirmOfTwelve(
      StructureBuilder firm) {
    Programme areso = Programmes.areso();
    var structure = firm.name("Menuiserie").country("FR").departement("29")
        .legalForm("COMPANY").headcount(12).build().get();
    return Engagement.start(areso, request("E-1", DIRECTOR.at(T), structure)).get().state()
        .handleAll(List.of(
            recordPreDiagnosis(ANNE.at(T), MANAGEMENT, PREVENTIVE, "accompaniment"),
            qualify(Actor.operator("aract").at(T), areso.decide(structure, T.toLocalDate(),
                new FormatId("accompaniment")), T.toLocalDate()),
            proposeFraming(ANNE.at(T), "dialogue", "workshops", "rules", "a year",
                areso.workflow().consentOf(structure)),
            giveConsent(DIRECTOR.at(T)),
            confirmFraming(ANNE.at(T))));
  }

  @Test
  void aFirmWithoutRepresentativesIsFramedOnManagementsConsentUnderAreso() {
    // when
    var framed = aresoFirmOfTwelve(Structure.builder().staffRepresentation(false));
    // then
    assertThat(framed.isRight()).as(framed.toString()).isTrue();
    assertThat(framed.get().state().stage()).isEqualTo(EngagementStage.FRAMED);
    assertThat(framed.get().state().conduct().requiredParties()).containsExactly(MANAGEMENT);
  }

  @Test
  void representativesAFirmDoesNotHaveAreNotAConsentingParty() {
    // given
    var framed = aresoFirmOfTwelve(Structure.builder().staffRepresentation(false)).get();
    // when
    var cse = framed.state().handle(giveConsent(CSE.at(T)));
    // then the framing stage is over, and the representatives were never asked
    assertThat(cse.isLeft()).isTrue();
    assertThat(Programmes.areso().workflow().consentOf(Structure.builder().name("x")
        .staffRepresentation(false).build().get())).containsExactly(MANAGEMENT);
  }

  @Test
  void aFirmWithoutRepresentativesIsUndeterminedUntilItsFormatIsKnown() {
    // given
    var firm = Structure.builder().name("Menuiserie").country("FR").departement("29")
        .staffRepresentation(false).build().get();
    var day = T.toLocalDate();
    // when / then
    assertThat(Programmes.areso().decide(firm, day).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(Programmes.areso().decide(firm, day, new FormatId("accompaniment")).verdict())
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(Programmes.areso().decide(firm, day, new FormatId("joint-training")).verdict())
        .isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void aFirmWhoseRepresentationIsUnknownIsStillAskedForTheirs() {
    // when
    var refused = aresoFirmOfTwelve(Structure.builder());
    // then
    assertThat(((Rejection.PreconditionsUnmet) refused.getLeft()).unmet()
        .map(u -> u.reason().code())).containsExactly("CONSENT_MISSING");
  }

  @Test
  void soresoMeetsTheActorsAnEmployerHasAndSeed001AsksForTheRepresentativesAnyway() {
    // given
    var withoutRepresentatives = Structure.builder().name("Cabinet").country("CH")
        .canton("GE").staffRepresentation(false).build().get();
    // when / then
    assertThat(Programmes.soreso().workflow().consentOf(withoutRepresentatives))
        .containsExactly(MANAGEMENT, SUPERVISORS);
    assertThat(Programmes.aresoSocial2023().workflow().consentOf(withoutRepresentatives))
        .containsExactly(MANAGEMENT, STAFF_REPRESENTATIVES);
    assertThat(Programmes.auraDialogueQvt().workflow().representativesWhereElected()).isFalse();
    assertThat(Programmes.all().filter(p -> p.workflow().representativesWhereElected()))
        .containsExactly(Programmes.areso(), Programmes.soreso());
  }
}
