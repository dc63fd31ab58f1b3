package org.areso.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Locale;
import org.areso.core.eligibility.Condition;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.Country;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.LegalForm;
import org.areso.core.kernel.Region;
import org.areso.core.kernel.Structure;
import org.areso.rules.eligibility.AuraDialogueQvtPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading policy files: what they compile to, and every error, positioned. */
class PolicyTextTest {

  private static final String HEAD = """
      policy: pilot
      title: {fr: Pilote, en: Pilot}
      references:
        charter: {kind: page, code: Pilote régional, article: Charte, verified: yes}
      """;

  private static String rules(String rules) {
    return HEAD + "rules:\n" + rules.stripIndent().indent(2);
  }

  private static Seq<PolicyTextError> errors(String text) {
    Validation<Seq<PolicyTextError>, Policy> read = PolicyText.read(text);
    assertThat(read.isInvalid()).as("refused").isTrue();
    return read.getError();
  }

  private static Policy policy(String text) {
    Validation<Seq<PolicyTextError>, Policy> read = PolicyText.read(text);
    assertThat(read.isValid()).as(() -> read.isInvalid() ? read.getError().mkString("\n") : "")
        .isTrue();
    return read.get();
  }

  private static Verdict decide(Policy policy, Structure structure, LocalDate day) {
    Facts facts = Facts.of(structure).requestDate(day);
    Decision decision = policy.evaluate(facts);
    assertThat(policy.verdict(facts)).isEqualTo(decision.verdict());
    return decision.verdict();
  }

  @Test
  void compilesEveryComparisonToTheEngine() {
    // given
    Policy policy = policy(HEAD + """
        parameters:
          minimum_headcount:
            type: number
            periods:
              - {from: 2024-01-01, to: 2024-12-31, value: 10, cites: charter}
              - {from: 2025-01-01, to: 2099-12-31, value: 20, cites: charter}
        rules:
          - rule: inFrance
            description: {fr: en France, en: in France}
            cites: charter
            fact: country
            one_of: [FR]
          - rule: bigEnough
            description: {fr: assez grande, en: big enough}
            cites: charter
            fact: headcount
            at_least: {parameter: minimum_headcount}
          - rule: chrsOrCada
            description: {fr: CHRS ou CADA, en: CHRS or CADA}
            cites: charter
            fact: finess_category
            in_casf_items: [8, 13]
          - rule: listedFunder
            description: {fr: financeur listé, en: listed funder}
            cites: charter
            fact: funding
            contains_listed_state_programme: yes
          - rule: duringThePilot
            description: {fr: pendant le pilote, en: during the pilot}
            cites: charter
            valid: {from: 2024-01-01, to: 2030-12-31}
            fact: request_date
            within: {from: 2024-03-01, to: 2026-02-28}
        """);
    Structure chrs = Structure.builder().country(Country.FR).headcount(15)
        .finessCategory(FinessCategory.parse("214").get())
        .fundingSources(List.of(FundingSource.stateBudgetProgramme(177))).build().get();
    Structure otherProgramme = Structure.builder().country(Country.FR).headcount(15)
        .finessCategory(FinessCategory.parse("214").get())
        .fundingSources(List.of(FundingSource.stateBudgetProgramme(150))).build().get();
    // when, then
    assertThat(decide(policy, chrs, LocalDate.of(2024, 6, 1))).isEqualTo(Verdict.ELIGIBLE);
    assertThat(decide(policy, chrs, LocalDate.of(2025, 6, 1))).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decide(policy, chrs, LocalDate.of(2024, 2, 1))).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decide(policy, otherProgramme, LocalDate.of(2024, 6, 1)))
        .isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void compilesDerogationsThatDecideOverTheirBase() {
    // given
    Policy policy = policy(rules("""
        - rule: socialEstablishment
          description: {fr: établissement social, en: social establishment}
          cites: charter
          base:
            rule: listedInCasf
            description: {fr: relève du CASF, en: falls under the CASF}
            cites: charter
            fact: casf_item
            contains_any: [8, 13]
          derogations:
            - label: experimentalPilot
              decides: ELIGIBLE
              when:
                rule: experimental
                description: {fr: expérimental, en: experimental}
                cites: charter
                fact: casf_item
                contains_all: [12]
        """));
    Structure experimental = Structure.builder().casfItems(List.of(CasfItem.I_12)).build().get();
    Structure home = Structure.builder().casfItems(List.of(CasfItem.I_6)).build().get();
    // when, then
    assertThat(decide(policy, experimental, LocalDate.of(2024, 1, 1)))
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(decide(policy, home, LocalDate.of(2024, 1, 1))).isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void containsKindFindsTheKindWhereverItStandsInTheSet() {
    // given: one or two sources are read by the set's ends, more by a walk
    Policy policy = policy(rules("""
        - rule: regional
          description: {fr: financée par la région, en: funded by the region}
          cites: charter
          fact: funding
          contains_kind: [REGION, CANTON]
        """));
    LocalDate day = LocalDate.of(2024, 3, 1);
    // when / then
    assertThat(decide(policy, funded("REGION"), day)).isEqualTo(Verdict.ELIGIBLE);
    assertThat(decide(policy, funded("REGION", "P177"), day)).isEqualTo(Verdict.ELIGIBLE);
    assertThat(decide(policy, funded("P177", "CANTON"), day)).isEqualTo(Verdict.ELIGIBLE);
    assertThat(decide(policy, funded("P177", "P104", "REGION"), day))
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(decide(policy, funded("P177"), day)).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decide(policy, funded("P177", "DEPARTEMENT"), day))
        .isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decide(policy, funded("P177", "P104", "OWN"), day))
        .isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decide(policy, funded(), day)).as("known to have none")
        .isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(decide(policy, Structure.builder().build().get(), day))
        .isEqualTo(Verdict.UNDETERMINED);
  }

  private static Structure funded(String... sources) {
    return Structure.builder()
        .fundingSources(List.of(sources).map(s -> FundingSource.parse(s).get())).build().get();
  }

  @Test
  void aFactTheFileDeclaresIsTheHostsWhenTheHostDeclaredItByName() {
    // given
    String aura = TextPolicyFixtures.file(AuraDialogueQvtPolicy.ID);
    // when
    Policy policy = PolicyText.read(aura, List.of(AuraDialogueQvtPolicy.PRIVATE_NON_PROFIT)).get();
    // then
    assertThat(policy.allRules().filter(r -> r instanceof Condition)
        .map(r -> ((Condition) r).fact()))
        .anySatisfy(fact -> assertThat(fact).isSameAs(AuraDialogueQvtPolicy.PRIVATE_NON_PROFIT));
  }

  @Test
  void reportsAnUnknownFactWhereItIsWritten() {
    // when
    Seq<PolicyTextError> errors = errors(rules("""
        - rule: inFrance
          description: {fr: en France, en: in France}
          cites: charter
          fact: contry
          equals: FR
        """));
    // then
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(PolicyText.UNKNOWN_FACT);
      assertThat(e.position()).isEqualTo("9:11");
      assertThat(e.message(Language.EN)).startsWith("line 9, column 11: unknown fact 'contry'");
      assertThat(e.message(Language.FR)).startsWith("ligne 9, colonne 11 : fait inconnu");
    });
  }

  @Test
  void reportsAnUnknownOperatorWhereItIsWritten() {
    // when
    Seq<PolicyTextError> errors = errors(rules("""
        - rule: inFrance
          description: {fr: en France, en: in France}
          cites: charter
          fact: country
          resembles: FR
        """));
    // then
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(PolicyText.UNKNOWN_OPERATOR);
      assertThat(e.position()).isEqualTo("10:5");
    });
  }

  @Test
  void aStrayKeyBesideAComparisonIsAnUnknownKeyNotASecondComparison() {
    // when: 'cites' misspelt in a condition that makes one known comparison
    Seq<PolicyTextError> errors = errors(rules("""
        - rule: inFrance
          description: {fr: en France, en: in France}
          cite: charter
          fact: country
          equals: FR
        """));
    // then: one error, the key named where it is written, with the keys a condition takes; no
    // comparison is reported unknown or one too many, and the rule is not said to cite nothing
    assertThat(errors.map(PolicyTextError::code)).containsExactly(PolicyText.UNKNOWN_KEY);
    PolicyTextError unknown = errors.find(e -> e.code().equals(PolicyText.UNKNOWN_KEY)).get();
    assertThat(unknown.position()).isEqualTo("8:5");
    assertThat(unknown.message(Language.EN))
        .contains("unknown key 'cite'; allowed: cites, description, fact, rule, valid,")
        .contains("equals");
  }

  @Test
  void aTabAndALineIndentedUnlikeTheOthersAreSaidInTheFormatsOwnWords() {
    // when: a tab that indents a key, and a key indented deeper than its neighbours
    Seq<PolicyTextError> tab = errors(HEAD + "rules:\n\t- rule: x\n");
    Seq<PolicyTextError> indent = errors(HEAD + "rules: []\n  title: {fr: a, en: a}\n");
    // then
    assertThat(tab).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(PolicyText.SYNTAX);
      assertThat(e.message(Language.FR)).endsWith(
          "une tabulation ne peut pas figurer ici en YAML : écrivez des espaces");
      assertThat(e.message(Language.EN)).endsWith("a tab cannot stand here in YAML: write spaces");
    });
    assertThat(indent).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(PolicyText.SYNTAX);
      assertThat(e.message(Language.FR)).contains("n'est pas indentée comme les lignes au-dessus")
          .doesNotContain("block");
    });
  }

  @Test
  void aMisspeltCitationIsOneErrorNotAlsoARuleCitingNothing() {
    // when
    Seq<PolicyTextError> errors = errors(rules("""
        - rule: inFrance
          description: {fr: en France, en: in France}
          cites: charte
          fact: country
          equals: FR
        """));
    // then
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(PolicyText.UNKNOWN_REFERENCE);
      assertThat(e.position()).isEqualTo("8:12");
    });
  }

  @Test
  void aBadRegionCantonOrLegalFormListsEveryValueInEveryLanguage() {
    // given
    java.util.Map<String, java.util.List<String>> kinds = java.util.Map.of(
        "region", io.vavr.collection.List.of(Region.values()).map(Enum::name).toJavaList(),
        "canton", io.vavr.collection.List.of(Canton.values()).map(Enum::name).toJavaList(),
        "legal_form", io.vavr.collection.List.of(LegalForm.values()).map(Enum::name)
            .toJavaList());
    kinds.forEach((fact, values) -> {
      // when
      PolicyTextError error = errors(rules("""
          - rule: somewhere
            description: {fr: quelque part, en: somewhere}
            cites: charter
            fact: %s
            equals: NOWHERE
          """.formatted(fact))).single();
      // then
      assertThat(error.code()).isEqualTo(PolicyText.BAD_VALUE);
      for (Locale locale : List.of(Locale.ROOT, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN)) {
        assertThat(error.message(locale)).as(fact + " in " + locale).contains(values);
      }
    });
  }

  @Test
  void aBadLinkIsReportedOnItsOwnLine() {
    // when
    Seq<PolicyTextError> errors = errors("""
        policy: pilot
        title: {fr: Pilote, en: Pilot}
        references:
          charter:
            code: Pilote régional
            article: Charte
            url: ftp://example.org/charte
        rules:
          - {rule: r, description: {fr: r, en: r}, cites: charter, fact: country, equals: FR}
        """);
    // then: at the url's value, not at the reference's first key
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo("FIELD_MALFORMED");
      assertThat(e.position()).isEqualTo("7:10");
    });
  }

  @Test
  void aMisspeltKeyOfAReferenceIsTwoErrorsNotThree() {
    // when: 'artcle' for 'article'
    Seq<PolicyTextError> errors = errors("""
        policy: pilot
        title: {fr: Pilote, en: Pilot}
        references:
          charter:
            code: Pilote régional
            artcle: Charte
        rules:
          - {rule: r, description: {fr: r, en: r}, cites: charter, fact: country, equals: FR}
        """);
    // then: the key missing and the key unknown, not also the article blank
    assertThat(errors.map(PolicyTextError::code))
        .containsExactlyInAnyOrder(PolicyText.UNKNOWN_KEY, PolicyText.MISSING_KEY);
  }

  @Test
  void anInvertedWindowIsNamedByItsKey() {
    // when
    Seq<PolicyTextError> valid = errors(rules("""
        - rule: inFrance
          description: {fr: en France, en: in France}
          cites: charter
          valid: {from: 2025-12-31, to: 2025-01-01}
          fact: country
          equals: FR
        """));
    Seq<PolicyTextError> within = errors(rules("""
        - rule: in2025
          description: {fr: en 2025, en: in 2025}
          cites: charter
          fact: request_date
          within: {from: 2025-12-31, to: 2025-01-01}
        """));
    // then
    assertThat(valid.single().message(Language.EN))
        .contains("Window 'valid' ends on 2025-01-01, before it starts on 2025-12-31");
    assertThat(within.single().message(Language.FR)).contains("« within »");
  }

  @Test
  void reportsAnUncitedRuleWithTheEnginesCodeAtTheRule() {
    // when
    Seq<PolicyTextError> errors = errors(rules("""
        - rule: inFrance
          description: {fr: en France, en: in France}
          fact: country
          equals: FR
        """));
    // then
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo("RULE_WITHOUT_REFERENCE");
      assertThat(e.position()).isEqualTo("6:5");
      assertThat(e.message(Language.EN)).contains("inFrance");
    });
  }

  @Test
  void reportsAParameterPeriodThatCitesNothing() {
    // when
    Seq<PolicyTextError> errors = errors(HEAD + """
        parameters:
          open:
            type: yes_no
            periods:
              - {from: 2024-01-01, to: 2024-12-31, value: yes}
        rules:
          - rule: whileOpen
            description: {fr: ouvert, en: open}
            cites: charter
            fact: request_date
            during: open
        """);
    // then
    assertThat(errors.map(PolicyTextError::code)).contains(PolicyText.MISSING_CITATION);
    assertThat(errors.find(e -> e.code().equals(PolicyText.MISSING_CITATION)).get().position())
        .isEqualTo("9:9");
  }

  /** A file whose parameter {@code minimum} has the periods given, used by one rule. */
  private static String withPeriods(String periods) {
    return HEAD + """
        parameters:
          minimum:
            type: number
            periods:
        """ + periods.stripIndent().indent(6) + """
        rules:
          - rule: bigEnough
            description: {fr: assez grande, en: big enough}
            cites: charter
            fact: headcount
            at_least: {parameter: minimum}
        """;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "WINDOW_INVERTED | 9:9 | {from: 2024-12-31, to: 2024-01-01, value: 10, cites: charter}",
      "PARAMETER_PERIODS_OVERLAP | 10:9 | {from: 2024-06-01, to: 2025-06-30, value: 20, "
          + "cites: charter}",
      "POLICY_TEXT_BAD_VALUE | 9:32 | {from: 2024-01-01, to: 2024-13-31, value: 10, "
          + "cites: charter}",
      "POLICY_TEXT_BAD_VALUE | 9:51 | {from: 2024-01-01, to: 2024-12-31, value: 10.5, "
          + "cites: charter}",
      "POLICY_TEXT_MISSING_CITATION | 9:9 | {from: 2024-01-01, to: 2024-12-31, value: 10}"})
  void reportsAFaultyPeriodOnceAtItsLineAndNotEachUseOfItsParameter(String code,
      String position, String period) {
    // given a first period, then the faulty one
    String periods = code.equals("PARAMETER_PERIODS_OVERLAP")
        ? "- {from: 2024-01-01, to: 2024-12-31, value: 10, cites: charter}\n- " + period
        : "- " + period;
    // when
    Seq<PolicyTextError> errors = errors(withPeriods(periods));
    // then
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.position()).isEqualTo(position);
    });
  }

  @Test
  void aParameterWithoutPeriodsIsStillKnownToItsUses() {
    // when
    Seq<PolicyTextError> errors = errors(withPeriods("").replace("    periods:\n", ""));
    // then
    assertThat(errors.map(PolicyTextError::code)).containsExactly(PolicyText.MISSING_KEY);
  }

  @Test
  void aFaultyParameterUsedWithAComparisonOfAnotherKindIsToldSo() {
    // when
    Seq<PolicyTextError> errors = errors(withPeriods(
        "- {from: 2024-12-31, to: 2024-01-01, value: 10, cites: charter}")
        .replace("fact: headcount", "fact: request_date"));
    // then
    assertThat(errors.map(PolicyTextError::code)).containsExactly("WINDOW_INVERTED",
        PolicyText.OPERATOR_MISMATCH);
  }

  @Test
  void aParameterNeverDefinedIsUnknown() {
    // when
    Seq<PolicyTextError> errors = errors(withPeriods(
        "- {from: 2024-01-01, to: 2024-12-31, value: 10, cites: charter}")
        .replace("{parameter: minimum}", "{parameter: minimun}"));
    // then
    assertThat(errors).singleElement().satisfies(e -> assertThat(e.code())
        .isEqualTo(PolicyText.UNKNOWN_PARAMETER));
  }

  @Test
  void reportsADerogationThatCanNeverApplyAtTheDerogation() {
    // when
    Seq<PolicyTextError> errors = errors(rules("""
        - rule: inFrance
          description: {fr: en France, en: in France}
          cites: charter
          valid: {from: 2024-01-01, to: 2024-12-31}
          base:
            rule: isFrench
            description: {fr: française, en: French}
            cites: charter
            fact: country
            equals: FR
          derogations:
            - label: oldPilot
              decides: ELIGIBLE
              when:
                rule: inSwitzerland
                description: {fr: en Suisse, en: in Switzerland}
                cites: charter
                valid: {from: 2020-01-01, to: 2020-12-31}
                fact: country
                equals: CH
        """));
    // then
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo("DEROGATION_NEVER_APPLIES");
      assertThat(e.position()).isEqualTo("17:9");
    });
  }

  /** A rule with a granting and a denying derogation, over the conditions given. */
  private static String twoDerogations(String granting, String denying) {
    return rules("""
        - rule: social
          description: {fr: sociale, en: social}
          cites: charter
          base:
            rule: listedInCasf
            description: {fr: relève du CASF, en: falls under the CASF}
            cites: charter
            fact: casf_item
            contains_any: [8, 13]
          derogations:
            - label: associations
              decides: ELIGIBLE
              when:
                rule: isAssociation
                description: {fr: association, en: association}
                cites: charter
                fact: legal_form
                %s
            - label: associationsAgain
              decides: NOT_ELIGIBLE
              when:
                rule: isAssociationAgain
                description: {fr: encore association, en: association again}
                cites: charter
                fact: legal_form
                %s
        """.formatted(granting, denying));
  }

  @Test
  void reportsDerogationsOfOppositeDecisionsUnderTheSameConditionOfAnotherName() {
    // when
    Seq<PolicyTextError> errors = errors(twoDerogations("equals: ASSOCIATION",
        "equals: ASSOCIATION"));
    // then
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo("DEROGATIONS_ALWAYS_CONFLICT");
      assertThat(e.position()).isEqualTo("24:9"); // the denying derogation
    });
  }

  @Test
  void readsDerogationsOfOppositeDecisionsUnderConditionsOfOtherValues() {
    // when
    Policy policy = policy(twoDerogations("equals: ASSOCIATION", "equals: COOPERATIVE"));
    // then
    assertThat(decide(policy, Structure.builder().legalForm(LegalForm.COOPERATIVE).build().get(),
        LocalDate.of(2025, 1, 1))).isEqualTo(Verdict.NOT_ELIGIBLE);
  }

  @Test
  void reportsTheSecondOfTwoRulesOfTheSameName() {
    // when
    Seq<PolicyTextError> errors = errors(rules("""
        - rule: inFrance
          description: {fr: en France, en: in France}
          cites: charter
          fact: country
          equals: FR
        - rule: inFrance
          description: {fr: en France, en: in France}
          cites: charter
          fact: country
          not_equals: CH
        """));
    // then
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo("DUPLICATE_RULE_NAME");
      assertThat(e.position()).isEqualTo("11:5");
    });
  }

  @Test
  void reportsEveryErrorOfAFileAtOnceInTheOrderOfTheFile() {
    // when
    Seq<PolicyTextError> errors = errors(HEAD + """
        colour: blue
        rules:
          - rule: inFrance
            description: {fr: en France}
            cites: statute
            fact: country
            equals: XX
          - rule: big
            description: {fr: grande, en: big}
            cites: charter
            fact: country
            at_least: 10
          - rule: dated
            description: {fr: datée, en: dated}
            cites: charter
            fact: request_date
            within: {from: 2024-13-01, to: 2024-12-31}
        """);
    // then
    assertThat(errors.map(PolicyTextError::code)).containsExactly(PolicyText.UNKNOWN_KEY,
        PolicyText.MISSING_KEY, PolicyText.UNKNOWN_REFERENCE, PolicyText.BAD_VALUE,
        PolicyText.OPERATOR_MISMATCH, PolicyText.BAD_VALUE);
    assertThat(errors.map(PolicyTextError::line).toJavaList()).isSorted();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      policy: p\\n  title: x                 | 2:8  | un « clé: valeur » ne peut pas figurer ici
      policy: p\\ntitle: la structure: x     | 2:20 | un « clé: valeur » ne peut pas figurer ici
      policy: p\\ntitle: x\\ndescription\\nrules: x | 4:1 | une clé sans « : » ici
      policy: p\\nrules: - rule: x          | 2:8  | un élément de liste (- …) ne peut pas
      policy: p\\ntitle: x\\n- rule: y      | 3:1  | un élément de liste (- …) ne peut pas
      title: {fr: a, en: b\\nrules: x        | 2:6  | fermez-le par } sur sa ligne
      title: [a, b\\nrules: x                | 2:6  | fermez-le par ] sur sa ligne
      title: {fr: a, en: b}}                 | 1:22 | } ne ferme rien ici
      title: "abc\\nrules: x                 | 3:1  | un texte ouvert par un guillemet
      title: @x                              | 1:8  | une valeur ne peut pas commencer par @ en YAML
      title: "a\\qb"                          | 1:11 | \\q n'est pas un échappement
      policy: p\\n\\ttitle: x                 | 2:1  | une tabulation ne peut pas figurer ici
      """)
  void wordsTheUsualSyntaxErrorsWithAHintAtTheirLineAndColumn(String text, String position,
      String french) {
    // when
    Seq<PolicyTextError> errors = errors(text.replace("\\n", "\n").replace("\\t", "\t")
        + "\n");
    // then
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(PolicyText.SYNTAX);
      assertThat(e.position()).isEqualTo(position);
      assertThat(e.description(Locale.FRENCH)).contains(french);
      assertThat(e.description(Locale.ENGLISH)).doesNotStartWith("the YAML is malformed");
    });
  }

  @Test
  void refusesTagsAnchorsAndAliases() {
    // when
    Seq<PolicyTextError> errors = errors(HEAD + """
        rules:
          - &first !!map
            rule: inFrance
          - *first
        """);
    // then
    assertThat(errors.map(PolicyTextError::code)).contains(PolicyText.ALIAS, PolicyText.TAG);
  }

  @Test
  void refusesANullText() {
    assertThatNullPointerException().isThrownBy(() -> PolicyText.read(null))
        .withMessage("text");
  }
}
