package org.areso.rules.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.Assessment;
import org.areso.core.engagement.CallForApplications;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EligibilityRecord;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.*;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Framing;
import org.areso.core.engagement.IntersessionWork;
import org.areso.core.engagement.PreDiagnosis;
import org.areso.core.engagement.Staffing;
import org.areso.core.ethics.ActionPlanItem;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Assignment;
import org.areso.core.ethics.Conduct;
import org.areso.core.ethics.Contribution;
import org.areso.core.ethics.Disclosure;
import org.areso.core.ethics.InformationItem;
import org.areso.core.ethics.MeetingKind;
import org.areso.core.ethics.Origin;
import org.areso.core.ethics.Participation;
import org.areso.core.ethics.Principle;
import org.areso.core.ethics.Recipient;
import org.areso.core.ethics.Sensitivity;
import org.areso.core.ethics.ThirdParty;
import org.areso.core.ethics.Violation;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorId;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Facilitators;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Tie;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.kernel.Actor;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.kernel.Stamp;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.FormatId;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeCatalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The five programmes: found by identifier, coherent terms, a whole walk, a withdrawal. */
class ProgrammesTest {

  static final EngagementId ID = EngagementId.of("ENG-1").get();
  static final Actor FACILITATOR = new Actor.Facilitator(FacilitatorId.of("F-1").get());
  static final Actor OPERATOR = new Actor.Operator("operator");
  static final Facilitators PAIR = Facilitators.pair(
      Facilitator.of(FacilitatorId.of("F-1").get(), FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER),
      Facilitator.of(FacilitatorId.of("F-2").get(), FacilitatorKind.INDEPENDENT_CONSULTANT))
      .get();

  /**
   * The facilitators the programme's staffing asks for: a pair of the first and last kinds it
   * draws on, or one of the first, each carrying every qualification it requires.
   */
  static Facilitators staffFor(Programme p) {
    Staffing staffing = p.workflow().staffing();
    Facilitator first = carrying(Facilitator.of("F-1", staffing.kinds().head()), staffing);
    return staffing.pair()
        ? Facilitators.pair(first,
            carrying(Facilitator.of("F-2", staffing.kinds().last()), staffing)).get()
        : Facilitators.one(first);
  }

  private static Facilitator carrying(Facilitator f, Staffing staffing) {
    return staffing.qualifications().foldLeft(f, Facilitator::withQualification);
  }

  static Actor party(PartyRole role) {
    return new Actor.Party(role, PartyId.of(role.name().toLowerCase()).get());
  }

  /** A structure each programme finds eligible, and a day its window accepts. */
  record Eligible(Programme programme, Structure structure, LocalDate day) {
    @Override
    public String toString() {
      return programme.id();
    }
  }

  static Stream<Eligible> eligible() {
    return Stream.of(
        new Eligible(Programmes.areso(), Structure.builder().name("Atelier").country("FR")
            .departement("69").legalForm("COMPANY").headcount(120).staffRepresentation(true)
            .build().get(), LocalDate.of(2024, 3, 1)),
        new Eligible(Programmes.aresoSocial2023(), Structure.builder().name("CHRS")
            .country("FR").casfItems("8").fundingSources("P177|ARS").build().get(),
            LocalDate.of(2023, 9, 1)),
        new Eligible(Programmes.soreso(), Structure.builder().name("EMS").country("CH")
            .canton("VD").legalForm("FOUNDATION").headcount(80).build().get(),
            LocalDate.of(2024, 5, 13)),
        new Eligible(Programmes.auraDialogueQvt(), Structure.builder().name("Association")
            .country("FR").departement("69").legalForm("ASSOCIATION").casfItems("8")
            .build().get(), LocalDate.of(2022, 9, 15)),
        new Eligible(Programmes.workplaceSocialService(), Structure.builder().name("Usine")
            .country("FR").departement("76").legalForm("COMPANY").headcount(2000)
            .staffRepresentation(true).build().get(), LocalDate.of(2024, 1, 8)));
  }

  @Test
  void theCatalogueFindsTheFiveProgrammesByIdentifier() {
    ProgrammeCatalogue catalogue = ProgrammeCatalogue.discover().get();
    assertThat(catalogue.ids()).containsExactly("areso", "areso-social-2023", "soreso",
        "aura-dialogue-qvt", "workplace-social-service");
    assertThat(catalogue.programme("soreso")).contains(Programmes.soreso());
    assertThat(catalogue.programme("unknown")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("eligible")
  void eachProgrammesTermsHoldTogether(Eligible e) {
    Programme p = e.programme();
    assertThat(p.policy().id()).isEqualTo(p.id());
    assertThat(p.charter().programme()).isEqualTo(p.id());
    assertThat(p.durations().map(f -> FormatId.of(f.id()).get()))
        .containsExactlyInAnyOrderElementsOf(p.formats());
    assertThat(p.name().fr()).isNotBlank();
    assertThat(p.name().en()).isNotBlank();
    assertThat(p.consentingParties()).isNotEmpty();
    assertThat(p.contexts()).isNotEmpty();
    assertThat(p.window().forAll(w -> w.contains(e.day()))).isTrue();
  }

  @Test
  void onlySeed001ListsOutcomesAndAnAssessmentRecordsThoseReached() {
    // given
    var outcomes = Programmes.aresoSocial2023().outcomes();
    // when
    var assessment = new org.areso.core.engagement.Assessment("dialogue restored",
        io.vavr.collection.LinkedHashSet.of(outcomes.get(1).id()));
    // then
    assertThat(outcomes.map(o -> o.id())).containsExactly("listening-and-trust",
        "dialogue-restored", "debate-and-rules", "lasting-dialogue");
    assertThat(outcomes.get(1).description().fr())
        .isEqualTo("maintenir ou restaurer le dialogue entre les parties prenantes de"
            + " l'établissement");
    assertThat(assessment.outcomes()).containsExactly("dialogue-restored");
    assertThat(new org.areso.core.engagement.Assessment("done").outcomes()).isEmpty();
    assertThat(Programmes.all().filter(p -> !p.id().equals("areso-social-2023"))
        .flatMap(p -> p.outcomes())).isEmpty();
  }

  @Test
  void eachCharterHasTheSeedsPrinciples() {
    assertThat(Charters.areso().articles().map(a -> a.principle())).containsExactly(
        Principle.FREEDOM, Principle.ADHESION, Principle.RESPONSIBILITY, Principle.NEUTRALITY,
        Principle.IMPARTIALITY, Principle.CONFIDENTIALITY);
    // seed 001's preamble binds freedom and adhesion before its five listed principles
    assertThat(Charters.aresoSocial2023().articles().map(a -> a.principle())).containsExactly(
        Principle.FREEDOM, Principle.ADHESION, Principle.INDEPENDENCE, Principle.NEUTRALITY,
        Principle.IMPARTIALITY, Principle.RESPONSIBILITY, Principle.CONFIDENTIALITY);
    assertThat(Charters.aresoSocial2023().anonymityTowardsSupervisingAuthorities()).isTrue();
    assertThat(Charters.areso().anonymityTowardsSupervisingAuthorities()).isFalse();
    assertThat(Charters.soreso().articles()).hasSize(5);
    assertThat(Charters.auraDialogueQvt().attendanceThresholdPercent()).isEqualTo(100);
    assertThat(Charters.workplaceSocialService().binds(Principle.CONFIDENTIALITY)).isTrue();
    // seed 004: "cette posture d'accompagnement et de neutralité"
    assertThat(Charters.workplaceSocialService().binds(Principle.NEUTRALITY)).isTrue();
    assertThat(Charters.aresoSocial2023().article(Principle.CONFIDENTIALITY).get().wording().fr())
        .contains("aucune information n'est remontée aux tutelles");
  }

  /** Every principle of every charter, each with a record that breaches it. */
  static Stream<Arguments> principles() {
    return Programmes.all().toJavaStream().flatMap(p -> p.charter().articles().toJavaStream()
        .map(a -> Arguments.of(p.id(), p, a.principle())));
  }

  static Conduct breaching(Programme p, Principle principle) {
    Conduct b = Conduct.of(p.consentingParties());
    LocalDate day = LocalDate.of(2024, 1, 8);
    return switch (principle) {
      case FREEDOM -> b.withOrigin(
          Option.some(Origin.referral(ThirdParty.SUPERVISING_AUTHORITY)));
      case ADHESION -> b.withStarted(true);
      case RESPONSIBILITY -> b.withActionPlan(List.of(new ActionPlanItem("A-1", FACILITATOR,
          FACILITATOR, p.consentingParties())));
      case NEUTRALITY -> b.plusContribution(new Contribution(FacilitatorId.of("F-1").get(), day,
          Aspect.OPINION_ON_CONTENT, Sensitive.of("opinion")));
      case IMPARTIALITY -> b.withAssignment(Option.some(tied(day,
          Tie.withParty(Tie.Kind.FAMILY, PartyId.of("cse").get(), Option.none()))));
      case INDEPENDENCE -> b.withAssignment(Option.some(tied(day,
          Tie.withStructure(Tie.Kind.EMPLOYMENT, Option.none()))));
      case CONFIDENTIALITY -> b.plusDisclosure(new Disclosure(day, new InformationItem("notes",
          Sensitivity.CONFIDENTIAL, Sensitive.of("notes")), Recipient.PARTY));
    };
  }

  /** The pair assigned on a day, its first facilitator with a tie. */
  private static Assignment tied(LocalDate day, Tie tie) {
    return new Assignment(Facilitators.pair(PAIR.members().head().withTie(tie),
        PAIR.members().last()).get(), day);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("principles")
  void eachPrincipleOfEachCharterIsBreachedByWhatItForbids(String id, Programme p,
      Principle principle) {
    Seq<Violation> found = p.charter().audit(breaching(p, principle)).blocking();
    assertThat(found).extracting(Violation::principle).contains(principle);
  }

  @ParameterizedTest
  @MethodSource("eligible")
  void anEngagementWalksFromRequestToClosureUnderEachProgramme(Eligible e) {
    Engagement closed = walk(e, false);
    assertThat(closed.stage()).isEqualTo(EngagementStage.CLOSED);
    assertThat(closed.audit().blocking()).isEmpty();
    assertThat(closed.file().eligibilityRecord().map(EligibilityRecord::verdict))
        .contains(Verdict.ELIGIBLE);
  }

  @ParameterizedTest
  @MethodSource("eligible")
  void aPartyWithdrawsInTheMiddleOfTheInterventionUnderEachProgramme(Eligible e) {
    Engagement withdrawn = walk(e, true);
    assertThat(withdrawn.stage()).isEqualTo(EngagementStage.WITHDRAWN);
  }

  @Test
  void aresoDrawsItsPairsFromTheThreeKindsOfSeed000() {
    assertThat(Programmes.areso().workflow().staffing().kinds()).containsExactly(
        FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER, FacilitatorKind.INDEPENDENT_CONSULTANT,
        FacilitatorKind.LABOUR_ADMINISTRATION_AGENT);
    Engagement qualified = walkTo(eligible().findFirst().get());
    Facilitators withSocialWorker = Facilitators.pair(PAIR.members().head(),
        Facilitator.of(FacilitatorId.of("F-3").get(), FacilitatorKind.SOCIAL_WORKER)).get();
    Either<Rejection, Accepted<Engagement, EngagementEvent>> outcome =
        qualified.handle(new AssignFacilitators(
            stamp(OPERATOR, LocalDate.of(2024, 3, 5), 0), withSocialWorker));
    assertThat(((Rejection.PreconditionsUnmet) outcome.getLeft()).unmet()
        .map(u -> u.reason().code())).containsExactly("FACILITATOR_KIND_NOT_OFFERED");
  }

  /** An engagement of the eligible case, qualified. */
  private static Engagement walkTo(Eligible e) {
    Programme p = e.programme();
    return Engagement.start(p, new RequestEngagement(ID,
            stamp(party(PartyRole.MANAGEMENT), e.day(), 0), e.structure(),
            Origin.parties(PartyRole.MANAGEMENT))).get().state()
        .handle(new RecordPreDiagnosis(
            stamp(FACILITATOR, e.day(), 1), new PreDiagnosis(PartyRole.MANAGEMENT,
                p.contexts().head(), io.vavr.collection.HashSet.empty(),
                p.proposableFormats().head())))
        .get().state()
        .handle(new Qualify(stamp(OPERATOR, e.day(), 2),
            EligibilityRecord.of(p.policy().evaluate(Facts.of(e.structure()).requestDate(e.day())),
                e.day()))).get().state();
  }

  @Test
  void underAnonymityNothingGoesToASupervisingAuthorityButAresoAllowsWhatIsPublic() {
    Disclosure publicItem = new Disclosure(LocalDate.of(2024, 1, 8), new InformationItem(
        "programme leaflet", Sensitivity.PUBLIC, Sensitive.of("leaflet")),
        Recipient.SUPERVISING_AUTHORITY);
    Conduct conduct = Conduct.of(Programmes.areso().consentingParties())
        .plusDisclosure(publicItem);
    assertThat(Programmes.areso().charter().audit(conduct).isClean()).isTrue();
    assertThat(Programmes.aresoSocial2023().charter().audit(conduct).blocking())
        .extracting(Violation::code).containsExactly("ANONYMITY_TOWARDS_SUPERVISING_AUTHORITY");
  }

  @Test
  void aRequestInAContextTheProgrammeDoesNotTakeIsRefusedAtPreDiagnosis() {
    Eligible e = eligible().findFirst().get();
    Engagement requested = Engagement.start(e.programme(),
        new RequestEngagement(ID, stamp(party(PartyRole.MANAGEMENT), e.day(), 0),
            e.structure(), Origin.parties(PartyRole.MANAGEMENT))).get().state();
    Either<Rejection, Accepted<Engagement, EngagementEvent>> outcome =
        requested.handle(new RecordPreDiagnosis(
        stamp(FACILITATOR, e.day(), 1), new PreDiagnosis(PartyRole.MANAGEMENT,
            org.areso.core.kernel.InterventionContext.LEARNING, io.vavr.collection.HashSet.empty(),
            e.programme().proposableFormats().head())));
    assertThat(outcome.getLeft().message(org.areso.core.kernel.Language.EN))
        .contains("does not take requests in context 'learning to dialogue'");
  }

  private static Stamp stamp(Actor actor, LocalDate day, int plusDays) {
    return Stamp.of(actor, LocalDateTime.of(day.plusDays(plusDays), java.time.LocalTime.NOON));
  }

  /** An application the call of the month before a day received and selected. */
  static CohortApplication selectedBefore(LocalDate day) {
    CallForApplications call = new CallForApplications("AAC-" + day.getYear(),
        DateWindow.of(day.minusDays(30), day.minusDays(1)).get());
    return CohortApplication.start(call, new CohortApplication.Command.Apply("C-1",
            stamp(party(PartyRole.MANAGEMENT), day, -2), CohortApplication.TRIPARTITE))
        .get().state()
        .handle(new CohortApplication.Command.Select(stamp(OPERATOR, day, -1))).get().state();
  }

  /** Every command of one engagement, each handled in turn; stops at a withdrawal. */
  private static Engagement walk(Eligible e, boolean withdrawAfterStart) {
    Programme p = e.programme();
    LocalDate day = e.day();
    Engagement engagement = Engagement.start(p, new RequestEngagement(ID,
        stamp(party(PartyRole.MANAGEMENT), day, 0), e.structure(),
        Origin.parties(PartyRole.MANAGEMENT))).get().state();
    EligibilityRecord record = EligibilityRecord.of(
        p.policy().evaluate(Facts.of(e.structure()).requestDate(day)), day);
    List<EngagementCommand> steps = List.empty();
    if (p.workflow().preDiagnosisRequired()) {
      steps = steps.append(new RecordPreDiagnosis(stamp(FACILITATOR, day, 1),
          new PreDiagnosis(PartyRole.MANAGEMENT, p.contexts().head(),
              io.vavr.collection.HashSet.empty(), p.proposableFormats().head())));
    }
    if (p.workflow().selectionRequired()) {
      steps = steps.append(new RecordSelection(stamp(OPERATOR, day, 1), selectedBefore(day)));
    }
    steps = steps.append(new Qualify(stamp(OPERATOR, day, 2), record))
        .append(new AssignFacilitators(stamp(OPERATOR, day, 2), staffFor(p)))
        .append(new ProposeFraming(stamp(FACILITATOR, day, 3), new Framing(
            "objectives", "methodology", "rules", "planning",
            LinkedHashMap.ofEntries(p.consentingParties().map(r ->
                io.vavr.Tuple.of(r, Participation.VOLUNTARY))))));
    for (PartyRole role : p.consentingParties()) {
      steps = steps.append(new GiveConsent(stamp(party(role), day, 4)));
    }
    steps = steps.append(new ConfirmFraming(stamp(FACILITATOR, day, 5)))
        .append(new StartIntervention(stamp(FACILITATOR, day, 6), day.plusMonths(7)));
    if (withdrawAfterStart) {
      steps = steps.append(new Withdraw(stamp(party(PartyRole.STAFF_REPRESENTATIVES), day,
          7)));
    } else {
      steps = steps
          .append(new RecordSession(stamp(FACILITATOR, day, 20),
              Session.planned(day.plusDays(20), SessionLength.WHOLE_DAY),
              p.consentingParties(), MeetingKind.SESSION))
          .append(new RecordIntersessionWork(stamp(FACILITATOR, day, 30), new IntersessionWork(
              PartyRole.STAFF_REPRESENTATIVES, day.plusDays(29), Sensitive.of("register"))))
          .append(new AdoptActionPlan(stamp(party(PartyRole.MANAGEMENT), day, 40),
              List.of(new ActionPlanItem("A-1", party(PartyRole.MANAGEMENT),
                  party(PartyRole.MANAGEMENT), p.consentingParties()))))
          .append(new EndIntervention(stamp(FACILITATOR, day, 60)))
          .append(new RecordFollowUpReview(stamp(FACILITATOR, day, 240), "lasting"))
          .append(new Close(stamp(FACILITATOR, day, 241), new Assessment("restored")));
    }
    for (EngagementCommand command : steps) {
      Either<Rejection, Accepted<Engagement, EngagementEvent>> outcome =
          engagement.handle(command);
      assertThat(outcome.isRight()).as("%s under %s: %s", command.getClass().getSimpleName(),
          p.id(), outcome).isTrue();
      engagement = outcome.get().state();
      assertThat(engagement.audit().blocking()).isEmpty();
    }
    return engagement;
  }

  @Test
  void aProgrammeShowsItsIdAndNameAndAuraItsThemesInBothLanguages() {
    assertThat(Programmes.auraDialogueQvt()).hasToString(
        "Programme[aura-dialogue-qvt, Social dialogue for quality of working life"
            + " (Auvergne-Rhône-Alpes)]");
    assertThat(AuraDialogueQvt.Theme.JOINT_PROCESSES.label().fr())
        .isEqualTo("les processus de travail paritaire");
    assertThat(Programmes.workplaceSocialService().workflow().staffing().kinds())
        .contains(FacilitatorKind.SOCIAL_WORKER);
  }
}
