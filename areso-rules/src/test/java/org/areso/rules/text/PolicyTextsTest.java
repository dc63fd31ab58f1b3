package org.areso.rules.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.areso.core.eligibility.Fact;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Structure;
import org.areso.core.kernel.Text;
import org.junit.jupiter.api.Test;

/** Policies loaded at run time from texts a host holds, chosen by request date, swapped. */
class PolicyTextsTest {

  private static final Structure FRENCH = Structure.builder().country("FR").build().get();

  /** A pilot's policy: employers of one country, valid in a window or every day. */
  private static String pilot(String country, String valid) {
    return "policy: pilot\n"
        + "title: {fr: Pilote, en: Pilot}\n"
        + (valid.isEmpty() ? "" : "valid: " + valid + "\n")
        + "rules:\n"
        + "  - rule: locatedIn" + country + "\n"
        + "    description: {fr: établie en " + country + ", en: located in " + country + "}\n"
        + "    cites: {kind: page, code: Pilote, article: Cahier des charges}\n"
        + "    fact: country\n"
        + "    equals: " + country + "\n";
  }

  private static final String PILOT_2025 = pilot("FR", "{from: 2025-01-01, to: 2025-12-31}");
  private static final String PILOT_2026 = pilot("CH", "{from: 2026-01-01, to: 2026-12-31}");

  private static PolicyTexts valid(Validation<Seq<PolicyTexts.TextError>, PolicyTexts> read) {
    assertThat(read.isValid()).as(() -> read.isInvalid() ? read.getError().mkString("\n") : "")
        .isTrue();
    return read.get();
  }

  private static Verdict verdictOn(PolicyTexts texts, LocalDate day) {
    Policy policy = texts.policy("pilot", day).get();
    return policy.verdict(Facts.of(FRENCH).requestDate(day));
  }

  @Test
  void twoVersionsOfOnePolicyAreChosenByTheRequestDate() {
    // given
    PolicyTexts texts = valid(PolicyTexts.of(LinkedHashMap.of("pilot-2025.yaml", PILOT_2025,
        "pilot-2026.yaml", PILOT_2026)));
    // when
    Verdict in2025 = verdictOn(texts, LocalDate.of(2025, 6, 1));
    Verdict in2026 = verdictOn(texts, LocalDate.of(2026, 6, 1));
    // then
    assertThat(in2025).isEqualTo(Verdict.ELIGIBLE);
    assertThat(in2026).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(texts.policy("pilot", LocalDate.of(2027, 1, 1))).isEmpty();
    assertThat(texts.ids()).containsExactly("pilot");
    assertThat(texts.names()).containsExactly("pilot-2025.yaml", "pilot-2026.yaml");
    assertThat(texts.validity("pilot-2026.yaml").map(w -> w.start()))
        .containsExactly(LocalDate.of(2026, 1, 1));
  }

  @Test
  void overlappingValiditiesAreRefusedAtTheLaterTextsValidity() {
    // given
    String overlapping = pilot("CH", "{from: 2025-12-01, to: 2026-12-31}");
    // when
    var read = PolicyTexts.of(LinkedHashMap.of("pilot-2025.yaml", PILOT_2025,
        "pilot-2026.yaml", overlapping));
    // then
    assertThat(read.getError()).singleElement().satisfies(error -> {
      assertThat(error.code()).isEqualTo("POLICY_TEXT_VERSIONS_OVERLAP");
      assertThat(error.position()).isEqualTo("pilot-2026.yaml:3:8");
      assertThat(error.message(Language.EN)).isEqualTo("pilot-2026.yaml, line 3, column 8: the"
          + " policy 'pilot' is valid from 2025-12-01 to 2026-12-31, which overlaps its version"
          + " of 'pilot-2025.yaml', valid from 2025-01-01 to 2025-12-31: a request date would not"
          + " say which decides");
      assertThat(error.message(java.util.Locale.GERMAN)).startsWith("pilot-2026.yaml, Zeile 3,"
          + " Spalte 8: die Richtlinie «pilot» gilt vom 2025-12-01 bis 2026-12-31");
    });
  }

  @Test
  void aVersionValidEveryDayCannotStandBesideAnother() {
    // when
    var read = PolicyTexts.empty().withText("pilot-2025.yaml", PILOT_2025).get()
        .withText("pilot.yaml", pilot("CH", ""));
    // then: pointed at its policy's identifier, as it has no validity
    assertThat(read.getError().map(PolicyTexts.TextError::toString)).singleElement()
        .asString().startsWith("pilot.yaml:1:9 POLICY_TEXT_VERSIONS_OVERLAP the policy 'pilot'"
            + " is valid every day");
  }

  @Test
  void aSwapIsSeenByTheNextDecision() {
    // given a host that keeps its policies in one place
    AtomicReference<PolicyTexts> current = new AtomicReference<>(
        valid(PolicyTexts.of(LinkedHashMap.of("pilot.yaml", pilot("FR", "")))));
    LocalDate day = LocalDate.of(2025, 6, 1);
    PolicyTexts before = current.get();
    assertThat(verdictOn(current.get(), day)).isEqualTo(Verdict.ELIGIBLE);
    // when the same text is replaced
    current.set(valid(current.get().withText("pilot.yaml", pilot("CH", ""))));
    // then
    assertThat(verdictOn(current.get(), day)).isEqualTo(Verdict.NOT_ELIGIBLE);
    assertThat(verdictOn(before, day)).as("the old value is unchanged")
        .isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void aRefusedSwapLeavesThePoliciesAsTheyWere() {
    // given
    PolicyTexts texts = valid(PolicyTexts.of(LinkedHashMap.of("pilot.yaml", pilot("FR", ""))));
    // when
    var swapped = texts.withText("pilot.yaml", pilot("FR", "").replace("fact: country",
        "fact: contry"));
    // then
    assertThat(swapped.isInvalid()).isTrue();
    assertThat(verdictOn(texts, LocalDate.of(2025, 6, 1))).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void everyErrorOfEveryTextIsReportedAtOnceWithItsNameAndPosition() {
    // given
    String badFact = PILOT_2025.replace("fact: country", "fact: contry");
    String badWindow = PILOT_2026.replace("to: 2026-12-31", "to: 2025-12-31");
    String badYaml = "policy: [pilot";
    // when
    var read = PolicyTexts.of(LinkedHashMap.of("a.yaml", badFact, "b.yaml", badWindow,
        "c.yaml", badYaml));
    // then
    assertThat(read.getError().map(e -> e.position() + " " + e.code())).containsExactly(
        "a.yaml:8:11 POLICY_TEXT_UNKNOWN_FACT",
        "b.yaml:3:8 WINDOW_INVERTED",
        "c.yaml:1:15 POLICY_TEXT_SYNTAX");
  }

  @Test
  void removingATextRemovesItsVersionOnly() {
    // given
    PolicyTexts texts = valid(PolicyTexts.of(LinkedHashMap.of("pilot-2025.yaml", PILOT_2025,
        "pilot-2026.yaml", PILOT_2026)));
    // when
    PolicyTexts without = texts.withoutText("pilot-2025.yaml");
    // then
    assertThat(without.policy("pilot", LocalDate.of(2025, 6, 1))).isEmpty();
    assertThat(without.policy("pilot", LocalDate.of(2026, 6, 1))).isNotEmpty();
    assertThat(texts.policy("pilot", LocalDate.of(2025, 6, 1))).isNotEmpty();
  }

  @Test
  void aFactTheTextsDeclareIsTheHostsFact() {
    // given
    Fact<Boolean> signed = Fact.of("signed_charter", Boolean.class,
        Text.of("Charte signée ?", "Charter signed?"));
    String text = "policy: charter\ntitle: {fr: Charte, en: Charter}\n"
        + "facts:\n  signed_charter:\n    type: yes_no\n"
        + "    question: {fr: Charte signée ?, en: Charter signed?}\n"
        + "rules:\n  - rule: signed\n    description: {fr: signée, en: signed}\n"
        + "    cites: {code: Charte, article: '2'}\n    fact: signed_charter\n    equals: yes\n";
    // when
    PolicyTexts texts = valid(PolicyTexts.of(LinkedHashMap.of("charter.yaml", text),
        List.of(signed)));
    Policy policy = texts.policy("charter", LocalDate.of(2025, 1, 1)).get();
    // then
    assertThat(policy.verdict(Facts.of(FRENCH).withValue(signed, true).get()))
        .isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void aPolicyTextReadAloneChecksItsValidityAndDecidesAsWithout() {
    // when
    var inverted = PolicyText.read(pilot("FR", "{from: 2026-01-01, to: 2025-01-01}"));
    var dated = PolicyText.read(PILOT_2025).get();
    // then
    assertThat(inverted.getError().map(PolicyTextError::toString)).singleElement().asString()
        .startsWith("3:8 WINDOW_INVERTED");
    assertThat(dated.verdict(Facts.of(FRENCH).requestDate(LocalDate.of(2030, 1, 1))))
        .isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void nullArgumentsAreProgrammerErrors() {
    // given
    PolicyTexts texts = PolicyTexts.empty();
    // then
    assertThatNullPointerException().isThrownBy(() -> texts.withText(null, PILOT_2025));
    assertThatNullPointerException().isThrownBy(() -> texts.withText("a.yaml", null));
    assertThatNullPointerException().isThrownBy(() -> texts.policy("pilot", null));
    assertThatNullPointerException().isThrownBy(() -> PolicyTexts.of(null));
    assertThatNullPointerException()
        .isThrownBy(() -> PolicyTexts.of(LinkedHashMap.of("a.yaml", PILOT_2025), null));
  }
}
