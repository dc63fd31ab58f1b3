package org.areso.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.areso.core.kernel.Language;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.examples.Programs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands of {@code ./areso}, as a person runs them: their output and exit status. */
class AresoTest {

  private static final String SAMPLE = "../examples/screening-sample.csv";
  private static final String PILOT =
      "../areso-examples/src/main/resources/org/areso/examples/author/example-bretagne-pilot.yaml";

  /** What {@link Programs#demo} writes in a locale's language. */
  private static String demo(String programme, java.util.Locale locale) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Programs.demo(new PrintStream(out, true, StandardCharsets.UTF_8), locale,
        ProgrammeCatalogue.discover().get().programme(programme).get());
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What {@link Programs#demo} writes, the demo the command must tell unchanged. */
  private static String demo(String programme, Language language) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Programs.demo(new PrintStream(out, true, StandardCharsets.UTF_8), language,
        ProgrammeCatalogue.discover().get().programme(programme).get());
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theDemoTellsTheWholeStoryOfAnAresoSocial2023EngagementInFrenchByDefault() {
    // when
    Run run = Run.of("demo");
    // then
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(demo("areso-social-2023", Language.FR))
        .contains("(areso-social-2023)", "[ÉLIGIBLE] listedInCasfL3121",
            "✘ AssignFacilitators", "(travail rémunéré)", "Le plan : Accompagnement",
            "accord en attente (représentants du personnel)", "✘ RecordContribution",
            "Aucune information n'est remontée aux tutelles", "✔ Close → Closed",
            "confidentialité : aucun manquement", "5. Ce que le financeur reçoit",
            "engagements : non diffusé — pour l'hôte : L'indicateur engagements porte sur 1"
                + " accompagnement",
            "Étape finale : CLOSED, v26");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theDemoTellsInEnglishOnRequest() {
    // when
    Run run = Run.of("demo", "--lang", "en");
    // then
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(demo("areso-social-2023", Language.EN))
        .contains("the story of an engagement", "Nothing goes to supervising authorities",
            "5. What the funder is told", "engagements_by_stage:CLOSED: withheld",
            "Final stage: CLOSED")
        .doesNotContain("Étape finale");
  }

  @Test
  void theDemoTellsInGermanAndItalianToo() {
    // when: SORESO, the programme of German-speaking Switzerland, in German, then in Italian
    Run german = Run.of("demo", "--programme", "soreso", "--lang", "de");
    Run italian = Run.of("demo", "--programme", "soreso", "--lang", "it");
    // then the story's own words and Areso's messages are in the language asked
    assertThat(german.status()).isZero();
    assertThat(german.out()).isEqualTo(demo("soreso", java.util.Locale.GERMAN))
        .contains("Areso — die Geschichte einer Begleitung", "3. Der Ablauf, Befehl für Befehl",
            "5. Was der Geldgeber erfährt", "Letzte Phase: CLOSED", "✘ ConfirmFraming — Der"
                + " Befehl «Rahmen bestätigen»")
        .doesNotContain("Final stage", "Étape finale");
    assertThat(italian.status()).isZero();
    assertThat(italian.out()).isEqualTo(demo("soreso", java.util.Locale.ITALIAN))
        .contains("Areso — la storia di un accompagnamento", "Fase finale: CLOSED")
        .doesNotContain("Final stage", "Étape finale");
  }

  @ParameterizedTest
  @ValueSource(strings = {"areso", "areso-social-2023", "soreso", "aura-dialogue-qvt",
      "workplace-social-service"})
  void theDemoRunsToClosureUnderEveryProgramme(String programme) {
    for (Language language : Language.values()) {
      // when
      Run run = Run.of("demo", "--programme", programme, "--lang", language.name());
      // then
      assertThat(run.status()).isZero();
      assertThat(run.out()).isEqualTo(demo(programme, language)).contains("(" + programme + ")")
          .contains("CLOSED, v").contains("✘ ConfirmFraming");
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void theSocialServiceDemoAssignsOneTitledSocialWorkerWithManagementsConsent() {
    // when
    Run run = Run.of("demo", "--programme", "workplace-social-service", "--lang", "fr");
    // then
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains("Accord requis de : direction\n")
        .contains("Intervenants : un seul professionnel : assistant social du travail")
        .contains("claire n'en dispose pas")
        .contains("    claire (assistant social du travail, titre d'assistant de service social"
            + " (diplôme d'État), CASF art. L.411-1)\n")
        .contains("Sensibilisation des équipes à des thématiques sociales")
        .doesNotContain("karim").doesNotContain("Permanences");
  }

  @Test
  void theHrStoryStoresAndReloadsAnEngagementInH2() {
    // when
    Run run = Run.of("hr", "jdbc:h2:mem:areso-cli-test;DB_CLOSE_DELAY=-1");
    // then
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("stage IN_PROGRESS, version 10, 1 contribution(s) recorded");
    assertThat(Run.of("hr", "a", "b").status()).isEqualTo(2);
  }

  @Test
  void theKernelVocabularyIsStillShown() {
    // when
    Run run = Run.of("vocabulary");
    // then
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Le champ « siret »")
        .contains("CHECK_DIGIT_MISMATCH").contains("INCONSISTENT_FIELDS");
  }

  @Test
  void aDiagramIsTheLifecycleAsMermaidWithTheProgrammesTerms() {
    // when
    Run run = Run.of("diagram", "--programme", "aura-dialogue-qvt");
    // then
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .startsWith("%% aura-dialogue-qvt")
        .contains("consent and validation by: GOVERNANCE, MANAGEMENT, STAFF_REPRESENTATIVES")
        .contains("stateDiagram-v2").contains("charter");
  }

  @Test
  void anUnknownProgrammeIsAUsageErrorNamingTheKnownOnes() {
    // when
    Run demo = Run.of("demo", "--programme", "nope");
    Run diagram = Run.of("diagram", "--programme", "nope");
    Run none = Run.of("diagram");
    // then
    assertThat(demo.status()).isEqualTo(2);
    assertThat(diagram.status()).isEqualTo(2);
    assertThat(none.status()).isEqualTo(2);
    assertThat(demo.err()).startsWith("areso demo: unknown programme 'nope'; known: ")
        .contains("areso-social-2023");
    assertThat(diagram.err()).startsWith("areso diagram: unknown programme 'nope'; known: ");
    assertThat(none.err()).startsWith("areso diagram: Missing required option: '--programme=ID'");
    assertThat(demo.out() + diagram.out() + none.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"areso", "areso-social-2023", "soreso", "aura-dialogue-qvt",
      "workplace-social-service"})
  void theDiagramsInDocsAreTheProgrammesCurrentOnes(String programme) throws Exception {
    // the files under docs/diagrams are `./areso diagram --programme ID` wrapped for Markdown
    // when
    Run run = Run.of("diagram", "--programme", programme);
    // then
    String expected = "# " + programme + "\n\n```mermaid\n" + run.out() + "```\n";
    String actual = Files.readString(Path.of("..", "docs", "diagrams", programme + ".md"));
    assertThat(run.status()).isZero();
    assertThat(actual).as("docs/diagrams/%s.md is stale: regenerate it", programme)
        .isEqualTo(expected);
  }

  @Test
  void aUsageErrorExitsWithTwoAndOneLineOnStandardError() {
    for (String[] args : new String[][] {{}, {"demo", "--lang", "xx"}, {"demo", "--verbose"}}) {
      // when
      Run run = Run.of(args);
      // then
      assertThat(run.status()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err().lines()).as(String.join(" ", args)).singleElement().asString()
          .startsWith("areso").endsWith("--help'");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void screenFindsARuleAuthorsProgrammeThroughTheServiceLoader() {
    // when: the pilot's provider is declared in the test resources' service file
    Run run = Run.of("screen", "--quiet", "--programme", "example-bretagne-pilot", "--date",
        "2027-03-01", SAMPLE);
    // then its policy screens the file
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).startsWith("id,verdict,reasons,missing\n")
        .contains("chrs-001,NOT_ELIGIBLE,CONDITION_NOT_MET:inBrittany");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void screenFindsACatalogueProgrammeThroughTheServiceLoader() {
    // when
    Run run = Run.of("screen", "--quiet", "--programme", "areso-social-2023", "--date",
        "2023-09-01", SAMPLE);
    // then
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).startsWith("id,verdict,reasons,missing\n")
        .contains("chrs-001,ELIGIBLE,,");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void screenWritesItsSummaryButNoProgressOutsideATerminal() {
    // when
    Run run = Run.of("screen", "--lang", "en", "--programme", "areso-social-2023", "--date",
        "2023-09-01", SAMPLE);
    // then
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).isEqualTo(
        "areso screen: 21 rows, 5 eligible, 6 not eligible, 3 undetermined, 7 invalid\n");
  }

  @Test
  void screenScreensAnExportAgainstADraftPolicyFile() {
    // when
    Run draft = Run.of("screen", "--quiet", "--policy", PILOT, "--date", "2027-03-01", SAMPLE);
    Run programme = Run.of("screen", "--quiet", "--programme", "example-bretagne-pilot",
        "--date", "2027-03-01", SAMPLE);
    // then the same verdicts as the programme the file is the policy of
    assertThat(draft.status()).isEqualTo(1);
    assertThat(draft.out()).startsWith("id,verdict,reasons,missing\n")
        .contains("chrs-001,NOT_ELIGIBLE,CONDITION_NOT_MET:inBrittany")
        .isEqualTo(programme.out());
    assertThat(draft.err()).isEmpty();
  }

  @Test
  void screenRefusesAnInvalidPolicyFileWithItsErrors(@TempDir Path dir) throws Exception {
    // given
    Path file = Files.writeString(dir.resolve("draft.yaml"),
        "policy: draft\ntitle: {fr: x, en: x}\nrules:\n  - rule: r\n    fact: contry\n");
    // when
    Run run = Run.of("screen", "--lang", "en", "--policy", file.toString(), "--date",
        "2027-03-01", SAMPLE);
    // then
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("areso screen: " + file + ":5:11 POLICY_TEXT_UNKNOWN_FACT");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aDateThatIsNoDayIsAUsageErrorThatSaysWhatADateIs() {
    // when
    Run run = Run.of("screen", "--programme", "areso", "--date", "2023-13-01", SAMPLE);
    // then: one line, no Java exception's text
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("areso screen: Invalid value for option '--date': "
        + "'2023-13-01' is not a date YYYY-MM-DD that exists; see 'areso screen --help'\n");
  }

  @Test
  void screenTakesAProgrammeOrAPolicyNotBoth() {
    // when
    Run both = Run.of("screen", "--programme", "areso", "--policy", "x.yaml", "--date",
        "2027-03-01", SAMPLE);
    Run nowhere = Run.of("screen", "--policy", "nowhere.yaml", "--date", "2027-03-01", SAMPLE);
    // then
    assertThat(both.status()).isEqualTo(2);
    assertThat(both.err()).startsWith("areso screen: ").contains("mutually exclusive");
    assertThat(nowhere.status()).isEqualTo(2);
    assertThat(nowhere.err())
        .isEqualTo("areso screen: fichier illisible : nowhere.yaml (introuvable)\n");
  }

  @Test
  void generateScreeningWritesTheGeneratorsFile(@TempDir Path dir) throws Exception {
    // given
    Path file = dir.resolve("gen.csv");
    // when
    Run run = Run.of("generate-screening", "--rows", "100", "--seed", "3", file.toString());
    // then
    assertThat(run.status()).isZero();
    assertThat(Files.readString(file)).startsWith("id,name,country,")
        .isEqualTo(Run.of("generate-screening", "--rows=100", "--seed=3", "-").out());
    assertThat(Files.readString(file).lines()).hasSize(101);
  }

  @Test
  void policyCheckAndTestAreCommandsOfTheLauncher() {
    // when
    Run check = Run.of("policy", "check", "--lang", "en", PILOT);
    Run test = Run.of("policy", "test", PILOT, PILOT.replace(".yaml", ".md"));
    // then
    assertThat(check.status()).isZero();
    assertThat(check.out()).isEqualTo(PILOT + ": policy example-bretagne-pilot, 8 rules\n");
    assertThat(test.status()).isZero();
    assertThat(test.out()).endsWith("12 cas, 12 réussis, 0 en échec\n");
  }
}
