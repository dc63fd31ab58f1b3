package org.areso.examples.leak;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.areso.core.engagement.Engagement;
import org.areso.core.kernel.Language;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.rules.programme.Programmes;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * areso-core and areso-rules write no log line: no class of theirs can reach a logging API, and
 * running their scenarios writes nothing through SLF4J.
 */
class NoLoggingTest {

  @Test
  void noClassOfAresoCoreOrAresoRulesDependsOnALoggingApi() {
    // given every class of areso-core and areso-rules
    var classes = SensitiveHolders.aresoClasses();
    // when / then none reaches SLF4J, java.util.logging, System.Logger, Log4j or Commons Logging
    noClasses().should().dependOnClassesThat().resideInAnyPackage("org.slf4j..",
            "java.util.logging..", "org.apache.logging..", "org.apache.commons.logging..",
            "org.apache.log4j..", "ch.qos.logback..")
        .orShould().dependOnClassesThat().belongToAnyOf(System.Logger.class,
            System.LoggerFinder.class)
        .check(classes);
    assertThat(classes.size()).isGreaterThan(100);
  }

  @Test
  void runningTheCoreAndRulesScenariosWritesNoLogLine() {
    // given the recording provider, which hears every level (checked by writing one line)
    assertThat(RecordingLogs.active()).isTrue();
    LoggerFactory.getLogger(NoLoggingTest.class).trace("the capture works");
    assertThat(RecordingLogs.lines().map(RecordingLogs.Line::message))
        .contains("the capture works");
    RecordingLogs.clear();
    // when the catalogue is discovered, its policies read, engagements walked and audited
    var programmes = ProgrammeCatalogue.discover();
    var policies = programmes.get().programmes().map(Programme::policy);
    var engagements = SecretArbitraries.bases();
    var reports = engagements.map(Engagement::audit).map(a -> a.report(Language.EN));
    var audits = Programmes.all().map(Programme::charter)
        .flatMap(c -> engagements.map(c::audit));
    // then nothing was written
    assertThat(List.of(programmes, policies, reports, audits)).doesNotContainNull();
    assertThat(RecordingLogs.lines()).isEmpty();
  }
}
