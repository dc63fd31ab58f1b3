package org.areso.rules.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.areso.core.eligibility.Facts;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand.AssignFacilitators;
import org.areso.core.engagement.EngagementCommand.ConfirmFraming;
import org.areso.core.engagement.EngagementCommand.GiveConsent;
import org.areso.core.engagement.EngagementCommand.ProposeFraming;
import org.areso.core.engagement.EngagementCommand.Qualify;
import org.areso.core.engagement.EngagementCommand.RecordPreDiagnosis;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementReason;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Framing;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.engagement.Staffing;
import org.areso.core.ethics.Origin;
import org.areso.core.ethics.Participation;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Qualification;
import org.areso.core.kernel.Stamp;
import org.areso.core.kernel.Structure;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Unmet;
import org.areso.core.programme.Programme;
import org.junit.jupiter.api.Test;

/**
 * Who runs the workplace social service (seed 004) and {@code areso-social-2023} (seed 001), and
 * whose consent the social service needs, as the seeds say them.
 */
class SocialServiceStaffingTest {

  private static final LocalDate DAY = LocalDate.of(2024, 1, 8);
  private static final Actor OPERATOR = new Actor.Operator("service");
  private static final Actor SOCIAL_WORKER_ACTOR = new Actor.Facilitator(
      org.areso.core.kernel.FacilitatorId.of("S-1").get());
  private static final Facilitator SOCIAL_WORKER =
      Facilitator.of("S-1", FacilitatorKind.SOCIAL_WORKER);
  private static final Facilitator TITLED =
      SOCIAL_WORKER.withQualification(Qualification.SOCIAL_WORKER_TITLE);
  /** The case table's small firm of 12 with no staff representatives. */
  private static final Structure SMALL_FIRM = Structure.builder().name("Menuiserie")
      .country("FR").departement("44").legalForm("COMPANY").headcount(12)
      .staffRepresentation(false).build().get();
  private static final Structure CHRS = Structure.builder().name("CHRS").country("FR")
      .casfItems("8").fundingSources("P177|ARS").build().get();

  private static Stamp at(Actor actor, int plusDays) {
    return Stamp.of(actor, LocalDateTime.of(DAY.plusDays(plusDays), LocalTime.NOON));
  }

  private static Actor party(PartyRole role) {
    return new Actor.Party(role, PartyId.of(role.name().toLowerCase()).get());
  }

  /** An engagement of the programme for the structure, pre-diagnosed and qualified. */
  private static Engagement qualified(Programme p, Structure structure, LocalDate day) {
    return Engagement.start(p, new RequestEngagement(ProgrammesTest.ID,
            Stamp.of(party(PartyRole.MANAGEMENT), day.atTime(LocalTime.NOON)), structure,
            Origin.parties(PartyRole.MANAGEMENT))).get().state()
        .handle(new RecordPreDiagnosis(Stamp.of(OPERATOR, day.atTime(LocalTime.NOON)),
            new PreDiagnosis(PartyRole.MANAGEMENT, p.contexts().head(), HashSet.empty(),
                p.proposableFormats().head()))).get().state()
        .handle(new Qualify(Stamp.of(OPERATOR, day.atTime(LocalTime.NOON)), EligibilityRecord.of(
            p.policy().evaluate(Facts.of(structure).requestDate(day)), day))).get().state();
  }

  private static Seq<Unmet> unmet(Rejection rejection) {
    return ((Rejection.PreconditionsUnmet) rejection).unmet();
  }

  @Test
  void theSocialServiceIsRunByOneSocialWorkerCarryingTheTitleOfCasfL4111() {
    // when
    Staffing staffing = Programmes.workplaceSocialService().workflow().staffing();
    // then
    assertThat(staffing.pair()).isFalse();
    assertThat(staffing.kinds()).containsExactly(FacilitatorKind.SOCIAL_WORKER);
    assertThat(staffing.qualifications()).containsExactly(Qualification.SOCIAL_WORKER_TITLE);
  }

  @Test
  void theSocialServiceNeedsTheConsentOfManagementOnly() {
    // when / then
    assertThat(Programmes.workplaceSocialService().consentingParties())
        .containsExactly(PartyRole.MANAGEMENT);
  }

  @Test
  void aSocialWorkerWithoutTheTitleIsRefused() {
    // given
    Engagement engagement = qualified(Programmes.workplaceSocialService(), SMALL_FIRM, DAY);
    // when
    var refused = engagement.handle(
        new AssignFacilitators(at(OPERATOR, 1), Facilitators.one(SOCIAL_WORKER)));
    // then
    assertThat(unmet(refused.getLeft()).map(Unmet::reason)).containsExactly(
        new EngagementReason.QualificationMissing(SOCIAL_WORKER.id(),
            Qualification.SOCIAL_WORKER_TITLE, "workplace-social-service"));
  }

  @Test
  void aConsultantBesideTheSocialWorkerIsRefused() {
    // given
    Engagement engagement = qualified(Programmes.workplaceSocialService(), SMALL_FIRM, DAY);
    Facilitators withConsultant = Facilitators.pair(TITLED,
        Facilitator.of("C-1", FacilitatorKind.INDEPENDENT_CONSULTANT)).get();
    // when
    var refused = engagement.handle(new AssignFacilitators(at(OPERATOR, 1), withConsultant));
    // then
    assertThat(unmet(refused.getLeft()).map(u -> u.reason().code())).contains(
        "STAFFING_NOT_OFFERED", "FACILITATOR_KIND_NOT_OFFERED");
  }

  @Test
  void anEmployerWithoutStaffRepresentativesFramesTheServiceWithItsManagementsConsent() {
    // given: the small firm, its titled social worker assigned, the framing proposed
    Programme service = Programmes.workplaceSocialService();
    Engagement engagement = qualified(service, SMALL_FIRM, DAY)
        .handle(new AssignFacilitators(at(OPERATOR, 1), Facilitators.one(TITLED))).get().state()
        .handle(new ProposeFraming(at(SOCIAL_WORKER_ACTOR, 2), new Framing("a social service",
            "awareness sessions", "confidentiality", "a year",
            LinkedHashMap.of(PartyRole.MANAGEMENT, Participation.VOLUNTARY)))).get().state()
        .handle(new GiveConsent(at(party(PartyRole.MANAGEMENT), 3))).get().state();
    // when
    var framed = engagement.handle(new ConfirmFraming(at(SOCIAL_WORKER_ACTOR, 4)));
    // then
    assertThat(framed.get().state().stage()).isEqualTo(EngagementStage.FRAMED);
    assertThat(framed.get().state().audit().blocking()).isEmpty();
  }

  @Test
  void aresoSocial2023RequiresTheTrainingInSocialRelationsOfBothMembersOfItsPair() {
    // given
    Programme social = Programmes.aresoSocial2023();
    Engagement engagement = qualified(social, CHRS, LocalDate.of(2023, 9, 1));
    Facilitator trained = Facilitator.of("F-1", FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER)
        .withQualification(Qualification.SOCIAL_RELATIONS_TRAINING);
    Facilitator untrained = Facilitator.of("F-2", FacilitatorKind.INDEPENDENT_CONSULTANT);
    // when
    var refused = engagement.handle(new AssignFacilitators(at(OPERATOR, 1),
        Facilitators.pair(trained, untrained).get()));
    // then
    assertThat(social.workflow().staffing().qualifications())
        .containsExactly(Qualification.SOCIAL_RELATIONS_TRAINING);
    assertThat(unmet(refused.getLeft()).map(Unmet::reason)).containsExactly(
        new EngagementReason.QualificationMissing(untrained.id(),
            Qualification.SOCIAL_RELATIONS_TRAINING, "areso-social-2023"));
  }

  @Test
  void aresoRequiresNoQualification() {
    // when / then
    assertThat(Programmes.areso().workflow().staffing().qualifications()).isEmpty();
  }
}
