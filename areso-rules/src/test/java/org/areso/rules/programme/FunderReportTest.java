package org.areso.rules.programme;

import static org.areso.core.engagement.Commands.assignFacilitators;
import static org.areso.core.engagement.Commands.confirmFraming;
import static org.areso.core.engagement.Commands.giveConsent;
import static org.areso.core.engagement.Commands.proposeFraming;
import static org.areso.core.engagement.Commands.qualify;
import static org.areso.core.engagement.Commands.recordPreDiagnosis;
import static org.areso.core.engagement.Commands.recordSession;
import static org.areso.core.engagement.Commands.request;
import static org.areso.core.engagement.Commands.startIntervention;
import static org.areso.core.kernel.FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER;
import static org.areso.core.kernel.FacilitatorKind.LABOUR_ADMINISTRATION_AGENT;
import static org.areso.core.kernel.InterventionContext.PREVENTIVE;
import static org.areso.core.kernel.PartyRole.MANAGEMENT;
import static org.areso.core.kernel.PartyRole.STAFF_REPRESENTATIVES;
import static org.areso.core.planning.SessionLength.WHOLE_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.LocalDateTime;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.FunderReport;
import org.areso.core.ethics.Aggregate;
import org.areso.core.ethics.Principle;
import org.areso.core.ethics.Violation;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Structure;
import org.areso.core.programme.Programme;
import org.junit.jupiter.api.Test;

/**
 * A funder's anonymised report over a programme's engagements: every figure over at least k (5
 * under the catalogue's charters) or withheld with the reason, and no withheld group found back by
 * subtraction.
 */
class FunderReportTest {

  private static final Programme ARESO = Programmes.areso();
  private static final LocalDateTime T = LocalDateTime.of(2024, 3, 4, 9, 0);
  private static final Actor DIRECTOR = Actor.party(MANAGEMENT, "director");
  private static final Actor CSE = Actor.party(STAFF_REPRESENTATIVES, "cse");
  private static final Actor ARACT = Actor.operator("aract");
  private static final Facilitator ANNE = Facilitator.of("anne", ANACT_ARACT_PROJECT_OFFICER);
  private static final Facilitator PAUL = Facilitator.of("paul", LABOUR_ADMINISTRATION_AGENT);

  private enum Until { REQUESTED, PRE_DIAGNOSED, ONE_SESSION_HELD }

  /** An {@code areso} engagement of a firm in the département, taken as far as asked. */
  private static Engagement engagement(String id, String departement, Until until) {
    Structure firm = Structure.builder().name("Firm " + id).country("FR")
        .departement(departement).legalForm("COMPANY").headcount(50).staffRepresentation(true)
        .build().get();
    Engagement requested = Engagement.start(ARESO, request(id, DIRECTOR.at(T), firm)).get()
        .state();
    var both = ARESO.consentingParties();
    List<EngagementCommand> steps = List.of(
        recordPreDiagnosis(ANNE.at(T), MANAGEMENT, PREVENTIVE, "accompaniment"));
    if (until == Until.ONE_SESSION_HELD) {
      steps = steps.appendAll(List.of(
          qualify(ARACT.at(T), ARESO.decide(firm, T.toLocalDate()), T.toLocalDate()),
          assignFacilitators(ARACT.at(T), ANNE, PAUL),
          proposeFraming(ANNE.at(T), "dialogue", "workshops", "rules", "a year", both),
          giveConsent(DIRECTOR.at(T)), giveConsent(CSE.at(T)), confirmFraming(ANNE.at(T)),
          startIntervention(ANNE.at(T), T.toLocalDate().plusMonths(9)),
          recordSession(ANNE.at(T.plusDays(7)), T.toLocalDate().plusDays(7), WHOLE_DAY, both)));
    }
    return until == Until.REQUESTED ? requested : requested.handleAll(steps).get().state();
  }

  /**
   * Twelve engagements: six in Auvergne-Rhône-Alpes (69), five in Île-de-France (75), one in
   * Brittany (35); five only requested, five pre-diagnosed, two with a session held.
   */
  private static Seq<Engagement> twelve() {
    return List.of(
        engagement("E-01", "69", Until.REQUESTED), engagement("E-02", "69", Until.REQUESTED),
        engagement("E-03", "69", Until.REQUESTED), engagement("E-04", "69", Until.PRE_DIAGNOSED),
        engagement("E-05", "69", Until.PRE_DIAGNOSED),
        engagement("E-06", "69", Until.ONE_SESSION_HELD),
        engagement("E-07", "75", Until.REQUESTED), engagement("E-08", "75", Until.REQUESTED),
        engagement("E-09", "75", Until.PRE_DIAGNOSED),
        engagement("E-10", "75", Until.PRE_DIAGNOSED),
        engagement("E-11", "75", Until.ONE_SESSION_HELD),
        engagement("E-12", "35", Until.PRE_DIAGNOSED));
  }

  private static String code(Either<Violation, Aggregate> figure) {
    return figure.isLeft() ? figure.getLeft().code() : "released " + figure.get().value();
  }

  @Test
  void aGroupUnderKIsWithheldAndSoIsTheSmallestGroupThatWouldGiveItBack() {
    // when
    FunderReport report = FunderReport.of(ARESO, twelve());
    // then the total is released; Brittany's one is withheld, and so is Île-de-France's five,
    // since twelve less six would otherwise give Brittany's one back
    assertThat(code(report.engagements())).isEqualTo("released 12");
    assertThat(report.byRegion().mapValues(FunderReportTest::code).toJavaMap()).containsExactly(
        java.util.Map.entry("AUVERGNE_RHONE_ALPES", "released 6"),
        java.util.Map.entry("BRETAGNE", "AGGREGATE_TOO_SMALL"),
        java.util.Map.entry("ILE_DE_FRANCE", "AGGREGATE_WOULD_REVEAL_WITHHELD"));
  }

  @Test
  void stagesComeInTheirOrderAndFormatsByIdentifierWithTheUnknownAsAGroup() {
    // when
    FunderReport report = FunderReport.of(ARESO, twelve());
    // then two in progress are withheld, and REQUESTED, first of the two smallest, with them
    assertThat(report.byStage().mapValues(FunderReportTest::code).toJavaMap()).containsExactly(
        java.util.Map.entry("REQUESTED", "AGGREGATE_WOULD_REVEAL_WITHHELD"),
        java.util.Map.entry("PRE_DIAGNOSED", "released 5"),
        java.util.Map.entry("IN_PROGRESS", "AGGREGATE_TOO_SMALL"));
    assertThat(report.byFormat().mapValues(FunderReportTest::code).toJavaMap()).containsExactly(
        java.util.Map.entry("accompaniment", "released 7"),
        java.util.Map.entry(FunderReport.UNKNOWN, "released 5"));
  }

  @Test
  void daysDeliveredAreReleasedOnlyOverKEngagementsThatDeliveredSome() {
    // given two engagements with a whole day held each, then seven
    Seq<Engagement> two = twelve();
    Seq<Engagement> seven = two.appendAll(List.range(13, 18)
        .map(n -> engagement("E-" + n, "69", Until.ONE_SESSION_HELD)));
    // when
    FunderReport fewer = FunderReport.of(ARESO, two);
    FunderReport enough = FunderReport.of(ARESO, seven);
    // then
    assertThat(fewer.halfDaysDelivered().getLeft().seen().toJavaMap())
        .containsEntry("indicator", "half_days_delivered").containsEntry("engagements", "2");
    assertThat(enough.halfDaysDelivered().get())
        .isEqualTo(new Aggregate("half_days_delivered", 14, 7));
  }

  @Test
  void fewerThanKEngagementsReleaseNothingAndSayWhyInBothLanguages() {
    // when
    FunderReport report = FunderReport.of(ARESO, twelve().take(4));
    // then
    assertThat(report.released()).isEmpty();
    assertThat(report.withheld()).isNotEmpty().allSatisfy(v -> {
      assertThat(v.principle()).isEqualTo(Principle.CONFIDENTIALITY);
      assertThat(v.code()).isEqualTo("AGGREGATE_TOO_SMALL");
    });
    assertThat(report.engagements().getLeft().reason().message(Language.FR)).isEqualTo(
        "L'indicateur engagements porte sur 4 accompagnements : il en faut au moins 5 pour le"
            + " diffuser.");
  }

  @Test
  void aFigureWithheldToProtectAnotherSaysSoInEveryLanguage() {
    // when
    Violation idf = FunderReport.of(ARESO, twelve()).byRegion().get("ILE_DE_FRANCE").get()
        .getLeft();
    // then
    assertThat(idf.reason().message(Language.EN)).isEqualTo("Indicator engagements_by_region:ILE_DE_FRANCE"
        + " covers 5 engagements, yet it is withheld: with it, the groups of fewer than 5"
        + " withheld beside it could be found back by subtraction.");
    assertThat(idf.reason().message(Language.FR)).isEqualTo("L'indicateur"
        + " engagements_by_region:ILE_DE_FRANCE porte sur 5 accompagnements, mais il n'est pas"
        + " diffusé : avec lui, les groupes de moins de 5 retenus à côté se retrouveraient par"
        + " soustraction.");
    assertThat(idf.seen().toJavaMap()).containsEntry("engagements", "5");
  }

  @Test
  void whatTheFunderMayBeToldOfAWithheldFigureIsItsIndicatorWithoutItsCount() {
    // when
    FunderReport report = FunderReport.of(ARESO, twelve());
    // then each withheld figure is named, and no name holds a count
    assertThat(report.withheldIndicators()).hasSize(report.withheld().size())
        .contains("engagements_by_region:BRETAGNE", "engagements_by_region:ILE_DE_FRANCE",
            "engagements_by_stage:IN_PROGRESS")
        .allSatisfy(name -> assertThat(name).doesNotContainPattern("[0-9]"));
    assertThat(report.toString()).contains("withheld: " + report.withheldIndicators()
        .mkString(", "));
  }

  @Test
  void anEngagementPassedAtTwoVersionsCountsOnceAtItsLatest() {
    // given E-04, pre-diagnosed, also passed as it was when requested
    Seq<Engagement> twice = twelve().append(engagement("E-04", "69", Until.REQUESTED));
    // when
    FunderReport report = FunderReport.of(ARESO, twice);
    // then
    assertThat(code(report.engagements())).isEqualTo("released 12");
    assertThat(report).isEqualTo(FunderReport.of(ARESO, twelve().reverse()));
    assertThat(report.byStage().get("PRE_DIAGNOSED").map(FunderReportTest::code))
        .contains("released 5");
  }

  @Test
  void aSwissEngagementIsGroupedByItsCanton() {
    // given five requests of employers in Vaud
    Programme soreso = Programmes.soreso();
    Structure ems = Structure.builder().name("EMS").country("CH").canton("VD")
        .legalForm("FOUNDATION").headcount(80).build().get();
    Seq<Engagement> vaud = List.range(1, 6).map(n -> Engagement.start(soreso,
        request("S-" + n, DIRECTOR.at(T), ems)).get().state());
    // when / then
    assertThat(FunderReport.of(soreso, vaud).byRegion().mapValues(FunderReportTest::code)
        .toJavaMap()).containsExactly(java.util.Map.entry("VD", "released 5"));
  }

  @Test
  void anEngagementOfAnotherProgrammeIsAProgrammersError() {
    // when / then
    assertThatThrownBy(() -> FunderReport.of(Programmes.soreso(), twelve()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("belongs to areso, not to soreso");
  }
}
