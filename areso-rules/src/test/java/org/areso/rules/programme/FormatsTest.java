package org.areso.rules.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Text;
import org.areso.core.planning.Format;
import org.areso.core.planning.PlanRequest;
import org.areso.core.planning.Planner;
import org.areso.core.planning.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The catalogue's formats: the figures each seed gives or assumes, and their grouping. */
class FormatsTest {

  static Stream<Arguments> figures() {
    return Stream.of(
        Arguments.of(Formats.accompaniment(),
            "accompaniment[5..10..15 d, WHOLE_DAY, span 91..366, gap 1..92, indicative]"),
        Arguments.of(Formats.jointTraining(),
            "joint-training[2..2..3 d, WHOLE_DAY, span 2..42, gap 1..21, days binding]"),
        Arguments.of(Formats.seminar(),
            "seminar[1..1..2 d, WHOLE_DAY, span 1..7, gap 1..7, indicative]"),
        Arguments.of(Formats.soresoFirstMeeting(),
            "soreso-first-meeting[0.5..0.5..0.5 d, HALF_DAY, span 1..1, gap 1..1, indicative]"),
        Arguments.of(Formats.soresoValidationMeeting(),
            "soreso-validation-meeting[0.5..0.5..1 d, HALF_DAY, span 1..31, gap 1..31, indicative]"),
        Arguments.of(Formats.soresoCollectiveAccompaniment(),
            "soreso-collective-accompaniment[3..6..12 d, HALF_DAY, span 30..366, gap 7..92, indicative]"),
        Arguments.of(Formats.auraCollectiveSessions(),
            "aura-collective-sessions[4..6..8 d, WHOLE_DAY, span 300..366, gap 21..92, indicative]"),
        Arguments.of(Formats.auraIndividualSessions(),
            "aura-individual-sessions[2..4..6 d, HALF_DAY, span 300..366, gap 14..122, indicative]"),
        Arguments.of(Formats.socialServiceAwarenessSession(),
            "social-service-awareness-session[0.5..0.5..1 d, HALF_DAY, span 1..31, gap 1..31, indicative]"),
        Arguments.of(Formats.socialServiceQvctWorkingGroup(),
            "social-service-qvct-working-group[0.5..2..6 d, HALF_DAY, span 1..366, gap 14..92, indicative]"),
        Arguments.of(Formats.socialServiceSocialActorsExchange(),
            "social-service-social-actors-exchange[0.5..1..3 d, HALF_DAY, span 1..366,"
                + " gap 7..183, indicative]"));
  }

  @ParameterizedTest
  @MethodSource("figures")
  void eachFormatHasTheFiguresItsSeedGivesOrAssumes(Format format, String figures) {
    // given the format, when read, then
    assertThat(format).hasToString(figures);
  }

  @Test
  void aFormatIsNamedInFrenchAndEnglish() {
    // given
    Format format = Formats.accompaniment();
    // when / then
    assertThat(format.name()).isEqualTo(Text.of("Accompagnement", "Accompaniment"));
  }

  @Test
  void soresosThreeStepsComeInOrder() {
    // when / then
    assertThat(Formats.soresoSteps().map(Format::id)).containsExactly("soreso-first-meeting",
        "soreso-validation-meeting", "soreso-collective-accompaniment");
  }

  @Test
  void theAuraCohortIsCollectiveThenIndividualSessions() {
    // when / then
    assertThat(Formats.auraCohort().map(Format::id))
        .containsExactly("aura-collective-sessions", "aura-individual-sessions");
  }

  @Test
  void theSocialServicesCollectiveActionsAreTheSeedsThreeWithoutOnSiteHours() {
    // when
    var actions = Formats.socialServiceCollectiveActions();
    // then
    assertThat(actions.map(Format::id)).containsExactly("social-service-awareness-session",
        "social-service-qvct-working-group", "social-service-social-actors-exchange");
    assertThat(actions.map(f -> f.name().fr())).containsExactly(
        "Sensibilisation des équipes à des thématiques sociales",
        "Participation à un groupe de travail QVCT",
        "Échanges entre acteurs sociaux (RH, CSE, représentants du personnel)");
    assertThat(Formats.all().map(Format::id)).noneMatch(id -> id.contains("on-site"));
  }

  @Test
  void theCatalogueListsEveryFormatOnceInTheOrderOfTheSeeds() {
    // when / then
    assertThat(Formats.all().map(Format::id)).containsExactly("accompaniment", "joint-training",
        "seminar", "soreso-first-meeting", "soreso-validation-meeting",
        "soreso-collective-accompaniment", "aura-collective-sessions",
        "aura-individual-sessions", "social-service-awareness-session",
        "social-service-qvct-working-group", "social-service-social-actors-exchange");
    assertThat(Formats.all().map(Format::id).distinct()).hasSize(figures().toList().size());
  }

  @Test
  void everyProgrammeOffersOnlyCatalogueFormats() {
    // when / then
    assertThat(Programmes.all().flatMap(p -> p.durations())).isSubsetOf(Formats.all());
  }

  @ParameterizedTest
  @MethodSource("figures")
  void eachFormatCanBePlannedForItsTypicalDays(Format format, String figures) {
    // given
    var request = PlanRequest.of(format, WorkingCalendar.weekdays(), LocalDate.of(2024, 1, 8),
        DateWindow.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 6, 30)).get());
    // when
    var result = Planner.plan(request);
    // then
    assertThat(result.isValid()).as(figures + " " + result).isTrue();
    assertThat(result.get().budget()).isEqualTo(format.typicalDays());
  }
}
