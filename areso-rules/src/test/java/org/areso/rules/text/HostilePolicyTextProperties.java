package org.areso.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.areso.core.eligibility.Policy;
import org.areso.core.kernel.Language;
import org.areso.testkit.jqwik.AresoArbitraries;

/**
 * Hostile policy texts — any text, valid files cut and spliced, YAML bombs, huge and deep texts —
 * give a policy or typed, positioned errors, never an exception, in bounded time.
 */
class HostilePolicyTextProperties {

  private static final Duration BUDGET = Duration.ofSeconds(5);

  private static Validation<Seq<PolicyTextError>, Policy> readWithinBudget(String text) {
    long start = System.nanoTime();
    Validation<Seq<PolicyTextError>, Policy> read = PolicyText.read(text);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BUDGET);
    if (read.isInvalid()) {
      assertThat(read.getError()).isNotEmpty().allSatisfy(error -> {
        assertThat(error.code()).matches("[A-Z][A-Z0-9_]*");
        assertThat(error.line()).isPositive();
        assertThat(error.column()).isPositive();
        assertThat(error.message(Language.FR)).startsWith("ligne ");
        assertThat(error.message(Language.EN)).startsWith("line ");
      });
    }
    return read;
  }

  private static Seq<String> codes(String text) {
    Validation<Seq<PolicyTextError>, Policy> read = readWithinBudget(text);
    assertThat(read.isInvalid()).isTrue();
    return read.getError().map(PolicyTextError::code);
  }

  @Provide
  Arbitrary<String> hostileTexts() {
    Arbitrary<String> file = Arbitraries.of(TextPolicyFixtures.IDS.toJavaList())
        .map(TextPolicyFixtures::file);
    Arbitrary<String> yamlish = Arbitraries.strings()
        .withChars("-:[]{}&*!|>'\"#%@` \n\tabc019,?").ofMaxLength(400);
    Arbitrary<String> mutated = Combinators.combine(file, Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 60), yamlish)
        .as((text, percent, length, insert) -> {
          int at = text.length() * percent / 100;
          int end = Math.min(text.length(), at + length);
          return text.substring(0, at) + insert + text.substring(end);
        });
    Arbitrary<String> lines = file.flatMap(text -> {
      java.util.List<String> all = java.util.List.of(text.split("\n", -1));
      return Arbitraries.subsetOf(all).map(kept -> String.join("\n",
          all.stream().filter(kept::contains).toList()));
    });
    return Arbitraries.oneOf(AresoArbitraries.hostileText(), yamlish, mutated, lines);
  }

  @Property(tries = 2_000)
  void anyTextGivesAPolicyOrPositionedTypedErrorsWithinItsBudget(
      @ForAll("hostileTexts") String text) {
    // when
    Validation<Seq<PolicyTextError>, Policy> read = readWithinBudget(text);
    // then
    Statistics.label("read").collect(read.isValid() ? "policy"
        : read.getError().head().code());
  }

  @Example
  void aBillionLaughsIsRefusedAsAliasesWithoutExpandingThem() {
    // given
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'z'; c++) {
      char previous = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [").append(("*" + previous + ",")
          .repeat(9)).append('*').append(previous).append("]\n");
    }
    // when, then
    assertThat(codes(bomb.toString())).contains(PolicyText.ALIAS).doesNotContain("SYNTAX");
  }

  @Example
  void aRecursiveAliasIsRefused() {
    assertThat(codes("policy: &loop [*loop]\n")).contains(PolicyText.ALIAS);
  }

  @Example
  void aTenMegabyteTextIsRefusedBeforeItIsParsed() {
    // given
    String huge = "policy: x\n" + "# padding\n".repeat(1_000_000);
    // when
    Seq<PolicyTextError> errors = readWithinBudget(huge).getError();
    // then
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.code()).isEqualTo(PolicyText.TOO_LARGE);
      assertThat(e.position()).isEqualTo("1:1");
    });
  }

  @Example
  void deepFlowNestingIsRefusedWhereItGoesTooDeep() {
    // given
    String deep = "[".repeat(200_000) + "]".repeat(200_000);
    // when, then
    assertThat(codes(deep)).containsExactly(PolicyText.TOO_DEEP);
  }

  @Example
  void deepBlockNestingIsRefused() {
    // given
    StringBuilder deep = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
    }
    // when, then
    assertThat(codes(deep.toString())).containsExactly(PolicyText.TOO_DEEP);
  }

  @Example
  void deepRulesAreRefusedAsTooDeepNotByAStackOverflow() {
    // given
    StringBuilder rule = new StringBuilder("{fact: country, equals: FR}");
    for (int i = 0; i < 300; i++) {
      rule = new StringBuilder("{rule: r" + i + ", not: " + rule + "}");
    }
    // when, then
    assertThat(codes("policy: p\nrules: [" + rule + "]\n")).containsExactly(PolicyText.TOO_DEEP);
  }

  @Example
  void manyElementsAreRefusedAsTooLarge() {
    assertThat(codes("[" + "1,".repeat(PolicyText.MAX_NODES + 1) + "1]"))
        .containsExactly(PolicyText.TOO_LARGE);
  }

  @Example
  void severalDocumentsAreRefused() {
    assertThat(codes("policy: a\n---\npolicy: b\n")).containsExactly(PolicyText.SYNTAX);
  }

  @Example
  void anEmptyTextIsRefused() {
    assertThat(codes("  \n# nothing\n")).containsExactly(PolicyText.EMPTY);
  }
}
