package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.areso.testkit.jqwik.AresoArbitraries;

/**
 * Whatever text a stored row holds, reading it gives a decision or a JsonError, never an exception.
 */
class DecisionHostileTextProperties {

  private static final AresoJson JSON = DecisionArbitraries.JSON;

  @Provide
  Arbitrary<String> brokenDecisions() {
    Arbitrary<String> documents = DecisionArbitraries.anyDecision().map(JSON::write);
    return Arbitraries.oneOf(
        Combinators.combine(documents, Arbitraries.doubles().between(0, 1))
            .as((d, at) -> d.substring(0, (int) (d.length() * at))),
        Combinators.combine(documents, Arbitraries.doubles().between(0, 0.99),
                Arbitraries.chars().all())
            .as((d, at, c) -> {
              int i = (int) (d.length() * at);
              return d.substring(0, i) + c + d.substring(i + 1);
            }),
        Combinators.combine(documents, Arbitraries.of("\"verdict\":", "\"code\":", "\"fact\":",
                "\"schemaVersion\":", "\"reference\":", "\"children\":", "\"count\":",
                "\"start\":", "\"expected\":", "\"kind\":", "\"url\":"),
                Arbitraries.of("null", "1e999", "-1", "[]", "{}", "\"\"", "true",
                    "99999999999999999999999"))
            .as((d, key, value) -> d.replaceFirst(java.util.regex.Pattern.quote(key)
                + "(\"[^\"]*\"|[^,}\\]]*)", java.util.regex.Matcher.quoteReplacement(key + value))),
        AresoArbitraries.hostileText());
  }

  @Property(tries = 500)
  void aBrokenDecisionGivesADecisionOrAnError(@ForAll("brokenDecisions") String text) {
    // when
    var read = JSON.readDecision(text);

    // then an error is one of areso-json's, and a decision read is one that writes and reads back
    if (read.isLeft()) {
      assertThat(read.getLeft().code()).startsWith("JSON_");
    } else {
      assertThat(JSON.readDecision(JSON.write(read.get())).get()).isEqualTo(read.get());
    }
  }
}
