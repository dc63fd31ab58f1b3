package org.areso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AresoTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Areso.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void theDemoTellsTheWholeStoryOfAnAresoSocial2023EngagementInFrenchByDefault() {
    // when
    int status = run("demo");
    // then
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(status).isZero();
    assertThat(text).contains("(areso-social-2023)", "[ÉLIGIBLE] listedInCasfL3121",
        "✘ AssignFacilitators", "PAID_WORK", "Le plan : Accompagnement",
        "accord en attente (représentants du personnel)", "✘ RecordContribution",
        "Aucune information n'est remontée aux tutelles", "✔ Close → Closed",
        "confidentialité : aucun manquement", "5. Ce que le financeur reçoit",
        "engagements : non diffusé — L'indicateur engagements porte sur 1 accompagnement(s)",
        "Étape finale : CLOSED");
    assertThat(err.size()).isZero();
  }

  @Test
  void theDemoTellsInEnglishOnRequest() {
    // when
    int status = run("demo", "--lang", "en");
    // then
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("the story of an engagement",
            "Nothing goes to supervising authorities", "5. What the funder is told",
            "engagements_by_stage:CLOSED: withheld", "Final stage: CLOSED")
        .doesNotContain("Étape finale");
  }

  @ParameterizedTest
  @ValueSource(strings = {"areso", "areso-social-2023", "soreso", "aura-dialogue-qvt",
      "workplace-social-service"})
  void theDemoRunsToClosureUnderEveryProgramme(String programme) {
    for (String language : new String[] {"fr", "en"}) {
      out.reset();
      assertThat(run("demo", "--programme", programme, "--lang", language)).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("(" + programme + ")")
          .contains("CLOSED, v").contains("✘ ConfirmFraming");
    }
    assertThat(err.size()).isZero();
  }

  @Test
  void theSocialServiceDemoAssignsOneTitledSocialWorkerWithManagementsConsent() {
    // when
    int status = run("demo", "--programme", "workplace-social-service", "--lang", "fr");
    // then
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
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
    assertThat(run("hr", "jdbc:h2:mem:areso-cli-test;DB_CLOSE_DELAY=-1")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("stage IN_PROGRESS, version 10, 1 contribution(s) recorded");
    assertThat(run("hr", "a", "b")).isEqualTo(2);
  }

  @Test
  void theKernelVocabularyIsStillShown() {
    assertThat(run("vocabulary")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("Le champ « siret »")
        .contains("CHECK_DIGIT_MISMATCH").contains("INCONSISTENT_FIELDS");
  }

  @Test
  void aDiagramIsTheLifecycleAsMermaidWithTheProgrammesTerms() {
    assertThat(run("diagram", "--programme", "aura-dialogue-qvt")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("%% aura-dialogue-qvt")
        .contains("consent and validation by: GOVERNANCE, MANAGEMENT, STAFF_REPRESENTATIVES")
        .contains("stateDiagram-v2").contains("charter");
  }

  @Test
  void anUnknownProgrammeIsAUsageErrorNamingTheKnownOnes() {
    assertThat(run("demo", "--programme", "nope")).isEqualTo(2);
    assertThat(run("diagram", "--programme", "nope")).isEqualTo(2);
    assertThat(run("diagram")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("known: ").contains("areso-social-2023");
    assertThat(out.size()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"areso", "areso-social-2023", "soreso", "aura-dialogue-qvt",
      "workplace-social-service"})
  void theDiagramsInDocsAreTheProgrammesCurrentOnes(String programme) throws Exception {
    // the files under docs/diagrams are `./areso diagram --programme ID` wrapped for Markdown
    assertThat(run("diagram", "--programme", programme)).isZero();
    String expected = "# " + programme + "\n\n```mermaid\n" + out.toString(StandardCharsets.UTF_8)
        + "```\n";
    String actual = java.nio.file.Files.readString(
        java.nio.file.Path.of("..", "docs", "diagrams", programme + ".md"));
    assertThat(actual).as("docs/diagrams/%s.md is stale: regenerate it", programme)
        .isEqualTo(expected);
  }

  @Test
  void aUsageErrorExitsWithTwoAndOneLine() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("demo", "--lang", "de")).isEqualTo(2);
    assertThat(run("demo", "--verbose")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(3);
    assertThat(out.size()).isZero();
  }

  @Test
  void screenFindsARuleAuthorsProgrammeThroughTheServiceLoader() {
    // when: the pilot's provider is declared in the test resources' service file
    int status = run("screen", "--quiet", "--programme", "example-bretagne-pilot", "--date",
        "2027-03-01", "../examples/screening-sample.csv");
    // then its policy screens the file
    assertThat(status).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("id,verdict,reasons,missing\n")
        .contains("chrs-001,NOT_ELIGIBLE,CONDITION_NOT_MET:inBrittany");
    assertThat(err.size()).isZero();
  }

  @Test
  void screenFindsACatalogueProgrammeThroughTheServiceLoader() {
    // when
    int status = run("screen", "--quiet", "--programme", "areso-social-2023", "--date",
        "2023-09-01", "../examples/screening-sample.csv");
    // then
    assertThat(status).isEqualTo(1);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("id,verdict,reasons,missing\n")
        .contains("chrs-001,ELIGIBLE,,");
    assertThat(err.size()).isZero();
  }

  @Test
  void generateScreeningIsACommandOfTheLauncher() {
    assertThat(run("generate-screening")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("areso generate-screening: ");
  }

  @Test
  void screenScreensAnExportAgainstADraftPolicyFile() {
    // when
    int status = run("screen", "--quiet", "--policy",
        "src/main/resources/org/areso/examples/author/example-bretagne-pilot.yaml", "--date",
        "2027-03-01", "../examples/screening-sample.csv");
    // then the same verdicts as the programme the file is the policy of
    String draft = out.toString(StandardCharsets.UTF_8);
    out.reset();
    run("screen", "--quiet", "--programme", "example-bretagne-pilot", "--date", "2027-03-01",
        "../examples/screening-sample.csv");
    assertThat(status).isEqualTo(1);
    assertThat(draft).startsWith("id,verdict,reasons,missing\n")
        .contains("chrs-001,NOT_ELIGIBLE,CONDITION_NOT_MET:inBrittany")
        .isEqualTo(out.toString(StandardCharsets.UTF_8));
    assertThat(err.size()).isZero();
  }

  @Test
  void screenRefusesAnInvalidPolicyFileWithItsErrors(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    // given
    java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("draft.yaml"),
        "policy: draft\ntitle: {fr: x, en: x}\nrules:\n  - rule: r\n    fact: contry\n");
    // when
    int status = run("screen", "--lang", "en", "--policy", file.toString(), "--date",
        "2027-03-01", "../examples/screening-sample.csv");
    // then
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("areso screen: " + file + ":5:11 POLICY_TEXT_UNKNOWN_FACT");
    assertThat(out.size()).isZero();
  }

  @Test
  void screenTakesAProgrammeOrAPolicyNotBoth() {
    assertThat(run("screen", "--programme", "areso", "--policy", "x.yaml", "--date",
        "2027-03-01", "../examples/screening-sample.csv")).isEqualTo(2);
    assertThat(run("screen", "--policy", "nowhere.yaml", "--date", "2027-03-01",
        "../examples/screening-sample.csv")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
  }

  @Test
  void policyIsACommandOfTheLauncher() {
    assertThat(run("policy", "check",
        "src/main/resources/org/areso/examples/author/example-bretagne-pilot.yaml")).isZero();
    assertThat(run("policy")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("areso policy: ");
  }
}
