package org.areso.rules.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.areso.core.eligibility.Decision;
import org.areso.core.kernel.Structure;
import org.areso.core.programme.Programme;
import org.areso.rules.text.PolicyText;
import org.junit.jupiter.api.Test;

/**
 * The Swiss programme speaks to a Swiss host in German and Italian: its rule, its name, its
 * formats and its charter, and the questions of the standard facts.
 */
class SoresoInGermanAndItalianTest {

  private static final Programme SORESO = Programmes.soreso();
  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);
  private static final String REFERENCES = """
      references:
        page:
          kind: page
          code: Pilot
          article: Presentation
          verified: no""";

  @Test
  void aRefusalOfAFrenchEmployerIsWrittenInGermanAndItalian() {
    // given
    Decision french = SORESO.decide(Structure.builder().departement("74").build().get(), DAY);

    // when
    String german = french.reasons().head().message(Locale.forLanguageTag("de-CH"));
    String italian = french.reasons().head().message(Locale.forLanguageTag("it-CH"));

    // then
    assertThat(german).startsWith("Bedingung nicht erfüllt: das Unternehmen ist in der Schweiz");
    assertThat(italian).contains("l'azienda è in Svizzera");
  }

  @Test
  void theWholeDecisionIsExplainedInGermanAsInFrench() {
    // given
    Decision french = SORESO.decide(Structure.builder().departement("74").build().get(), DAY);

    // when
    String german = french.explain(Locale.forLanguageTag("de-CH"));

    // then
    assertThat(german).startsWith("soreso: NICHT BERECHTIGT\n- Bedingung nicht erfüllt")
        .contains("[NICHT BERECHTIGT] locatedInSwitzerland — das Unternehmen ist in der Schweiz",
            "; gesehen: country = FR");
    assertThat(french.explain(org.areso.core.kernel.Language.FR))
        .isEqualTo(french.explain(Locale.FRENCH)).contains("; vu : country = FR");
  }

  @Test
  void aMissingCountryIsAskedInGerman() {
    // when
    Decision unknown = SORESO.decide(Structure.builder().name("Heim").build().get(), DAY);

    // then
    assertThat(unknown.reasons().head().message(Locale.GERMAN))
        .contains("In welchem Land ist die Struktur?");
  }

  @Test
  void theProgrammeItsFormatsAndItsCharterAreTranslated() {
    assertThat(SORESO.name().in(Locale.GERMAN)).contains("Sozialbeziehungen");
    assertThat(SORESO.durations().map(f -> f.name().de().isDefined())).containsOnly(true);
    assertThat(SORESO.durations().map(f -> f.name().it().isDefined())).containsOnly(true);
    assertThat(SORESO.charter().articles().map(a -> a.wording().in(Locale.ITALIAN)))
        .allMatch(wording -> wording.startsWith("I nostri esperti garantiscono"));
  }

  @Test
  void aPolicyFileWritesGermanAndItalianBesideFrenchAndEnglishOrLeavesThemOut() {
    // given
    String file = """
        policy: swiss-pilot
        title:
          fr: pilote
          en: pilot
          de: Pilot
        %s
        rules:
          - rule: inSwitzerland
            description:
              fr: en Suisse
              en: in Switzerland
              it: in Svizzera
            cites: page
            fact: country
            equals: CH
        """.formatted(REFERENCES);

    // when
    var policy = PolicyText.read(file).get();

    // then
    assertThat(policy.title().de()).contains("Pilot");
    assertThat(policy.title().it()).isEmpty();
    assertThat(policy.rules().head().description().in(Locale.ITALIAN)).isEqualTo("in Svizzera");
    assertThat(policy.rules().head().description().in(Locale.GERMAN)).isEqualTo("in Switzerland");
  }

  @Test
  void aTextInAnotherLanguageIsAnUnknownKey() {
    // given
    String file = """
        policy: swiss-pilot
        title:
          fr: pilote
          en: pilot
          rm: pilot
        %s
        rules:
          - rule: inSwitzerland
            description: {fr: en Suisse, en: in Switzerland}
            cites: page
            fact: country
            equals: CH
        """.formatted(REFERENCES);

    // when
    var errors = PolicyText.read(file).getError();

    // then
    assertThat(errors.map(e -> e.code())).containsExactly("POLICY_TEXT_UNKNOWN_KEY");
    assertThat(errors.head().message(Locale.ENGLISH)).contains("rm", "de", "it");
  }
}
