package org.areso.rules.programme;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Period;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Staffing;
import org.areso.core.engagement.Workflow;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.InterventionContext;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Qualification;
import org.areso.core.kernel.Text;
import org.areso.core.planning.Format;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;
import org.areso.rules.eligibility.AresoPolicy;
import org.areso.rules.eligibility.AresoSocial2023Policy;
import org.areso.rules.eligibility.AuraDialogueQvtPolicy;
import org.areso.rules.eligibility.SoresoPolicy;
import org.areso.rules.eligibility.WorkplaceSocialServicePolicy;

/**
 * The five programmes of the catalogue. Each is also found by
 * {@link org.areso.core.programme.ProgrammeCatalogue#discover()} under its identifier.
 */
public final class Programmes {

  private Programmes() { }

  private static final Set<PartyRole> MANAGEMENT_AND_STAFF =
      LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES);

  /** Seed 000: a project officer of the network, an independent consultant, a labour agent. */
  private static final Set<FacilitatorKind> ARESO_NETWORK = LinkedHashSet.of(
      FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER, FacilitatorKind.INDEPENDENT_CONSULTANT,
      FacilitatorKind.LABOUR_ADMINISTRATION_AGENT);

  /**
   * A workflow of the catalogue, built once; an invalid one is a defect of the catalogue, found by
   * the first use of this class.
   */
  private static Workflow workflow(Workflow.Builder builder) {
    return builder.build().fold(errors -> {
      throw new IllegalStateException(
          "invalid catalogue workflow: " + errors.map(r -> r.code()).mkString(", "));
    }, workflow -> workflow);
  }

  private static FormatId id(Format format) {
    return FormatId.of(format.id()).getOrElseThrow(
        () -> new IllegalStateException("invalid format id " + format.id()));
  }

  private static Set<FormatId> ids(Seq<Format> formats) {
    return LinkedHashSet.ofAll(formats.map(Programmes::id));
  }

  private static final Seq<Format> ARESO_FORMATS =
      List.of(Formats.accompaniment(), Formats.jointTraining());
  private static final Seq<Format> SOCIAL_2023_FORMATS =
      List.of(Formats.accompaniment(), Formats.seminar());
  private static final Seq<Format> SOCIAL_SERVICE_FORMATS =
      Formats.socialServiceCollectiveActions();

  private static final Programme ARESO = new CatalogueProgramme(AresoPolicy.ID,
      Text.of("Areso — améliorer vos relations sociales", "Areso — improving social relations"),
      AresoPolicy.policy(), ids(ARESO_FORMATS), ARESO_FORMATS,
      LinkedHashSet.of(InterventionContext.CURATIVE, InterventionContext.PREVENTIVE),
      Charters.areso(),
      // "dans le cadre des instances représentatives ou des relations professionnelles du
      // quotidien": a firm without staff representatives is not asked for their consent
      workflow(Workflow.builder(AresoPolicy.ID).consentOf(MANAGEMENT_AND_STAFF)
          .representativesWhereElected(true)
          .staffing(Staffing.pairOf(ARESO_NETWORK))
          // "une action de formation (2 à 3 jours)": a training, it ends without an action plan
          .noActionPlanFor(LinkedHashSet.of(id(Formats.jointTraining())))),
      Option.none(), Period.ofMonths(6));

  private static final Programme ARESO_SOCIAL_2023 = new CatalogueProgramme(
      AresoSocial2023Policy.ID,
      Text.of("Areso pour les structures du secteur social (2023-2024)",
          "Areso for social-sector structures (2023-2024)"),
      AresoSocial2023Policy.policy(), ids(SOCIAL_2023_FORMATS), SOCIAL_2023_FORMATS,
      LinkedHashSet.of(InterventionContext.values()), Charters.aresoSocial2023(),
      // "Formés aux relations sociales, les intervenants Areso": each member of the pair
      workflow(Workflow.builder(AresoSocial2023Policy.ID).consentOf(MANAGEMENT_AND_STAFF)
          .staffing(Staffing.pairOf(ARESO_NETWORK)
              .requiring(Qualification.SOCIAL_RELATIONS_TRAINING))),
      Option.of(AresoSocial2023Policy.requestWindow()), Period.ofMonths(6));

  private static final Programme SORESO = new CatalogueProgramme(SoresoPolicy.ID,
      Text.of("SORESO — soigner les relations sociales en entreprise",
          "SORESO — caring for social relations at work",
          "SORESO — Sozialbeziehungen im Unternehmen pflegen",
          "SORESO — curare le relazioni sociali in azienda"),
      SoresoPolicy.policy(), ids(Formats.soresoSteps()), Formats.soresoSteps(),
      LinkedHashSet.of(InterventionContext.values()), Charters.soreso(),
      workflow(Workflow.builder(SoresoPolicy.ID)
          .consentOf(LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.SUPERVISORS,
              PartyRole.STAFF_REPRESENTATIVES))
          // "tous les acteurs": an employer without staff representatives meets without them
          .representativesWhereElected(true)
          .staffing(Staffing.pairOf(LinkedHashSet.of(FacilitatorKind.INDEPENDENT_CONSULTANT,
              FacilitatorKind.OTHER)))
          // "une démarche en 3 étapes": the steps follow the stages, so none can be skipped
          .step("first-meeting", Formats.soresoFirstMeeting().name(),
              LinkedHashSet.of(EngagementStage.REQUESTED, EngagementStage.PRE_DIAGNOSED),
              LinkedHashSet.of(id(Formats.soresoFirstMeeting())))
          .step("validation-meeting", Formats.soresoValidationMeeting().name(),
              LinkedHashSet.of(EngagementStage.QUALIFIED, EngagementStage.AWAITING_CONSENT,
                  EngagementStage.FRAMED),
              LinkedHashSet.of(id(Formats.soresoValidationMeeting())))
          .step("collective-accompaniment", Formats.soresoCollectiveAccompaniment().name(),
              LinkedHashSet.of(EngagementStage.IN_PROGRESS, EngagementStage.SUSPENDED,
                  EngagementStage.FOLLOW_UP),
              LinkedHashSet.of(id(Formats.soresoCollectiveAccompaniment())))),
      Option.none(), Period.ofMonths(6));

  private static final Programme AURA_DIALOGUE_QVT = new CatalogueProgramme(
      AuraDialogueQvtPolicy.ID,
      Text.of("Dialogue social, levier de la QVT (Auvergne-Rhône-Alpes)",
          "Social dialogue for quality of working life (Auvergne-Rhône-Alpes)"),
      AuraDialogueQvtPolicy.policy(), ids(Formats.auraCohort()), Formats.auraCohort(),
      // "le secteur est traversé par de nombreuses tensions": no context is excluded
      LinkedHashSet.of(InterventionContext.values()), Charters.auraDialogueQvt(),
      workflow(Workflow.builder(AuraDialogueQvtPolicy.ID)
          .preDiagnosisRequired(false)
          // "appel à candidatures": an engagement is qualified for an application it selected
          .selectionRequired(true)
          .consentOf(LinkedHashSet.of(PartyRole.GOVERNANCE, PartyRole.MANAGEMENT,
              PartyRole.STAFF_REPRESENTATIVES))
          .staffing(Staffing.pairOf(LinkedHashSet.of(FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER,
              FacilitatorKind.OTHER)))),
      Option.none(), Period.ofMonths(3));

  private static final Programme WORKPLACE_SOCIAL_SERVICE = new CatalogueProgramme(
      WorkplaceSocialServicePolicy.ID,
      Text.of("Service social du travail", "Workplace social service"),
      WorkplaceSocialServicePolicy.policy(), ids(SOCIAL_SERVICE_FORMATS), SOCIAL_SERVICE_FORMATS,
      LinkedHashSet.of(InterventionContext.values()), Charters.workplaceSocialService(),
      // one professional, "l'assistant social du travail", whose title CASF L.411-1 protects;
      // the employer sets the service up: its management consents, as the seed says no more
      workflow(Workflow.builder(WorkplaceSocialServicePolicy.ID)
          .consentOf(LinkedHashSet.of(PartyRole.MANAGEMENT))
          .staffing(Staffing.one(LinkedHashSet.of(FacilitatorKind.SOCIAL_WORKER))
              .requiring(Qualification.SOCIAL_WORKER_TITLE))),
      Option.none(), Period.ofMonths(6));

  /**
   * {@code areso}: any employer in France (staff representatives for the joint training);
   * curative or preventive; accompaniment (about 10 days over 3 to 12 months) or joint training (2
   * to 3 days); the six principles.
   *
   * @return the programme, never null
   */
  public static Programme areso() {
    return ARESO;
  }

  /**
   * {@code areso-social-2023}: CASF L.312-1 establishments financed by a State budget programme,
   * requests from July 2023 to April 2024; free; accompaniment or seminar; three contexts;
   * management and staff representatives consent before the start; a pair of facilitators of the
   * network, each trained in social relations; the five principles with anonymity towards
   * supervising authorities.
   *
   * @return the programme, never null
   */
  public static Programme aresoSocial2023() {
    return ARESO_SOCIAL_2023;
  }

  /**
   * {@code soreso}: any employer in Switzerland, care establishments preferred; three steps — a
   * free first meeting with a pre-diagnosis, validation by all actors (management, managers, staff
   * representatives), the collective accompaniment with an action plan and follow-up; the five
   * principles.
   *
   * @return the programme, never null
   */
  public static Programme soreso() {
    return SORESO;
  }

  /**
   * {@code aura-dialogue-qvt}: a call for applications (its dates the host's) for private
   * non-profit bodies of the health, social and medico-social sector in Auvergne-Rhône-Alpes; an
   * engagement is qualified only once it recorded the application the call selected; the cohort's
   * indicators are computed by {@link AuraDialogueQvt#indicators}; tripartite consent (governance,
   * management, elected staff representatives); one year of collective and individual sessions,
   * with the work between them recorded; attendance required; closure with an assessment three
   * months after the last session (an assumption).
   *
   * @return the programme, never null
   */
  public static Programme auraDialogueQvt() {
    return AURA_DIALOGUE_QVT;
  }

  /**
   * {@code workplace-social-service}: the collective actions of a workplace social service —
   * awareness sessions, QVCT working groups, exchanges between HR, the CSE and staff
   * representatives ({@link Formats#socialServiceCollectiveActions()}) — run by one workplace
   * social worker carrying the title of CASF L.411-1, with the consent of the employer's
   * management; its individual support runs as {@link org.areso.core.engagement.SupportCase}s,
   * each with its topic, confidential. The labour code L.4631-1 threshold is an obligation,
   * reported by {@link WorkplaceSocialServicePolicy#obligationOfSocialService(int)}, not
   * eligibility.
   *
   * @return the programme, never null
   */
  public static Programme workplaceSocialService() {
    return WORKPLACE_SOCIAL_SERVICE;
  }

  /**
   * The five programmes, in the order of their seeds.
   *
   * @return the programmes, never null
   */
  public static Seq<Programme> all() {
    return List.of(ARESO, ARESO_SOCIAL_2023, SORESO, AURA_DIALOGUE_QVT, WORKPLACE_SOCIAL_SERVICE);
  }
}
