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
 * Whatever text a host's row of a small lifecycle's events holds, reading it gives an event or a
 * JsonError, never an exception.
 */
class SubjectEventHostileTextProperties {

  private static final AresoJson JSON = AresoJson.builder().revealingSensitive(true).build();

  @Provide
  Arbitrary<String> brokenDocuments() {
    Arbitrary<String> documents = Arbitraries.oneOf(
        SubjectEventArbitraries.supportCaseEvent().map(JSON::write),
        SubjectEventArbitraries.applicationEvent().map(JSON::write));
    return Arbitraries.oneOf(
        // a document cut anywhere
        Combinators.combine(documents, Arbitraries.doubles().between(0, 1))
            .as((d, at) -> d.substring(0, (int) (d.length() * at))),
        // a document with one character replaced
        Combinators.combine(documents, Arbitraries.doubles().between(0, 0.99),
                Arbitraries.chars().all())
            .as((d, at, c) -> {
              int i = (int) (d.length() * at);
              return d.substring(0, i) + c + d.substring(i + 1);
            }),
        // a document with a value replaced by another JSON value
        Combinators.combine(documents, Arbitraries.of("\"version\":", "\"subject\":",
                "\"type\":", "\"topic\":", "\"employee\":", "\"call\":", "\"at\":"),
                Arbitraries.of("null", "1e999", "0", "-1", "[]", "{}", "\"\"", "\" \"", "true",
                    "{\"redacted\":true}", "\"Withdrawn\"", "99999999999999999999999"))
            .as((d, key, value) -> d.replaceFirst(java.util.regex.Pattern.quote(key)
                + "(\"[^\"]*\"|[^,}\\]]*)", java.util.regex.Matcher.quoteReplacement(key + value))),
        AresoArbitraries.hostileText());
  }

  @Property(tries = 500)
  void aBrokenDocumentGivesAnEventOrAnErrorThroughEitherReader(
      @ForAll("brokenDocuments") String text) {
    // when
    var supportCase = JSON.readSupportCaseEvent(text);
    var application = JSON.readCohortApplicationEvent(text);

    // then an error is one of areso-json's, and an event read is one that writes and reads back
    if (supportCase.isLeft()) {
      assertThat(supportCase.getLeft().code()).startsWith("JSON_");
    } else {
      assertThat(JSON.readSupportCaseEvent(JSON.write(supportCase.get())).get())
          .isEqualTo(supportCase.get());
    }
    if (application.isLeft()) {
      assertThat(application.getLeft().code()).startsWith("JSON_");
    } else {
      assertThat(JSON.readCohortApplicationEvent(JSON.write(application.get())).get())
          .isEqualTo(application.get());
    }
    assertThat(supportCase.isRight() && application.isRight()).as("read by both").isFalse();
  }
}
