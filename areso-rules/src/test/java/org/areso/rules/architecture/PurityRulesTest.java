package org.areso.rules.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.areso.rules.architecture.fixture.AsksForToday;
import org.areso.rules.architecture.fixture.ComputesADueDate;
import org.areso.rules.architecture.fixture.DrawsARandomUuid;
import org.areso.rules.architecture.fixture.HoldsAConnection;
import org.areso.rules.architecture.fixture.LoadsABundleInTheDefaultLocale;
import org.areso.rules.architecture.fixture.LoadsABundleThroughAClassLoader;
import org.areso.rules.architecture.fixture.LoadsItsOwnBundle;
import org.areso.rules.architecture.fixture.OpensAFile;
import org.areso.rules.architecture.fixture.ParsesAUri;
import org.areso.rules.architecture.fixture.PrintsAStackTrace;
import org.areso.rules.architecture.fixture.PrintsToStandardErr;
import org.areso.rules.architecture.fixture.PrintsToStandardOut;
import org.areso.rules.architecture.fixture.ReadsAProcessOutput;
import org.areso.rules.architecture.fixture.ReadsAResourceThroughItsClassLoader;
import org.areso.rules.architecture.fixture.ReadsCurrentTimeMillis;
import org.areso.rules.architecture.fixture.ReadsItsOwnResource;
import org.areso.rules.architecture.fixture.ReadsNanoTime;
import org.areso.rules.architecture.fixture.ReadsStandardIn;
import org.areso.rules.architecture.fixture.ReadsTheSystemClock;
import org.areso.rules.architecture.fixture.RefersToInstantNow;
import org.areso.rules.architecture.fixture.ResolvesAPath;
import org.areso.rules.architecture.fixture.core.engagement.Engagement;
import org.areso.rules.architecture.fixture.core.engagement.EngagementUnderProgramme;
import org.areso.rules.architecture.fixture.core.kernel.KernelId;
import org.areso.rules.architecture.fixture.core.kernel.KernelValue;
import org.areso.rules.architecture.fixture.core.kernel.LeakyKernelValue;
import org.areso.rules.architecture.fixture.rules.Programme;
import org.areso.testkit.architecture.PurityRules;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link PurityRules} fires on a fixture that breaks it and stays quiet on one that
 * does not, so that no rule is always failing or always passing.
 */
class PurityRulesTest {

  private static final String FIXTURE = "org.areso.rules.architecture.fixture..";
  private static final String FIXTURE_CORE = "org.areso.rules.architecture.fixture.core..";
  private static final String FIXTURE_KERNEL = "org.areso.rules.architecture.fixture.core.kernel..";
  private static final String FIXTURE_RULES = "org.areso.rules.architecture.fixture.rules..";

  private static JavaClasses importOnly(Class<?>... classes) {
    return new ClassFileImporter().importClasses(classes);
  }

  private static void assertFiredOn(EvaluationResult result, Class<?> fixture, String target) {
    assertThat(result.hasViolation()).as("violation reported").isTrue();
    assertThat(result.getFailureReport().getDetails())
        .as("a violation names %s and %s", fixture.getSimpleName(), target)
        .anyMatch(detail -> detail.contains(fixture.getName()) && detail.contains(target));
  }

  private static void assertQuiet(EvaluationResult result) {
    assertThat(result.getFailureReport().getDetails()).isEmpty();
    assertThat(result.hasViolation()).isFalse();
  }

  @Nested
  class NoIo {

    private final ArchRule rule = PurityRules.noIo(FIXTURE);

    @Test
    void firesOnAClassThatOpensAFile() {
      // given
      JavaClasses classes = importOnly(OpensAFile.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, OpensAFile.class, "java.io.File");
    }

    @Test
    void firesOnAClassThatParsesAUri() {
      // given
      JavaClasses classes = importOnly(ParsesAUri.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, ParsesAUri.class, "java.net.URI");
    }

    @Test
    void firesOnAClassThatResolvesAPath() {
      // given
      JavaClasses classes = importOnly(ResolvesAPath.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, ResolvesAPath.class, "java.nio.file.Path");
    }

    @Test
    void firesOnAClassThatHoldsADatabaseConnection() {
      // given
      JavaClasses classes = importOnly(HoldsAConnection.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, HoldsAConnection.class, "java.sql.Connection");
    }

    @Test
    void firesOnAClassThatLoadsABundleThroughAClassLoader() {
      // given
      JavaClasses classes = importOnly(LoadsABundleThroughAClassLoader.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, LoadsABundleThroughAClassLoader.class, "ResourceBundle.getBundle");
    }

    @Test
    void firesOnAClassThatLoadsABundleInTheDefaultLocale() {
      // given
      JavaClasses classes = importOnly(LoadsABundleInTheDefaultLocale.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, LoadsABundleInTheDefaultLocale.class, "ResourceBundle.getBundle");
    }

    @Test
    void letsAClassLoadItsOwnBundleInTheLocaleItIsGiven() {
      // given
      JavaClasses classes = importOnly(LoadsItsOwnBundle.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertQuiet(result);
    }

    @Test
    void staysQuietOnAClassThatComputesFromWhatItIsGiven() {
      // given
      JavaClasses classes = importOnly(ComputesADueDate.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertQuiet(result);
    }
  }

  @Nested
  class NoIoButOwnResources {

    private final ArchRule readerIsTheFixture =
        PurityRules.noIoButOwnResources(ReadsItsOwnResource.class.getName(), FIXTURE);

    private ArchRule readerIs(Class<?> reader) {
      return PurityRules.noIoButOwnResources(reader.getName(), FIXTURE);
    }

    @Test
    void letsTheNamedReaderReadItsOwnResource() {
      // given
      JavaClasses classes = importOnly(ReadsItsOwnResource.class);

      // when
      EvaluationResult result = readerIsTheFixture.evaluate(classes);

      // then
      assertQuiet(result);
    }

    @Test
    void firesOnAnotherClassThatReadsItsOwnResource() {
      // given
      JavaClasses classes = importOnly(ReadsItsOwnResource.class);

      // when
      EvaluationResult result = readerIs(ComputesADueDate.class).evaluate(classes);

      // then
      assertFiredOn(result, ReadsItsOwnResource.class, "java.io.InputStream");
    }

    @Test
    void firesOnTheNamedReaderWhenItReadsThroughItsClassLoader() {
      // given
      JavaClasses classes = importOnly(ReadsAResourceThroughItsClassLoader.class);

      // when
      EvaluationResult result = readerIs(ReadsAResourceThroughItsClassLoader.class)
          .evaluate(classes);

      // then
      assertFiredOn(result, ReadsAResourceThroughItsClassLoader.class,
          "ClassLoader.getResourceAsStream");
    }

    @Test
    void firesOnTheNamedReaderWhenItReadsAProcessOutput() {
      // given
      JavaClasses classes = importOnly(ReadsAProcessOutput.class);

      // when
      EvaluationResult result = readerIs(ReadsAProcessOutput.class).evaluate(classes);

      // then
      assertFiredOn(result, ReadsAProcessOutput.class, "Process.getInputStream");
    }

    @Test
    void firesOnTheNamedReaderWhenItOpensAFile() {
      // given
      JavaClasses classes = importOnly(OpensAFile.class);

      // when
      EvaluationResult result = readerIs(OpensAFile.class).evaluate(classes);

      // then
      assertFiredOn(result, OpensAFile.class, "java.io.File");
    }

    @Test
    void firesOnEveryOtherClassAsNoIoDoes() {
      // given
      JavaClasses classes = importOnly(ParsesAUri.class, ResolvesAPath.class,
          HoldsAConnection.class, LoadsABundleThroughAClassLoader.class);

      // when
      EvaluationResult result = readerIsTheFixture.evaluate(classes);

      // then
      assertFiredOn(result, ParsesAUri.class, "java.net.URI");
      assertFiredOn(result, ResolvesAPath.class, "java.nio.file.Path");
      assertFiredOn(result, HoldsAConnection.class, "java.sql.Connection");
      assertFiredOn(result, LoadsABundleThroughAClassLoader.class, "ResourceBundle.getBundle");
    }

    @Test
    void plainNoIoStillFiresOnAClassThatReadsItsOwnResource() {
      // given
      JavaClasses classes = importOnly(ReadsItsOwnResource.class);

      // when
      EvaluationResult result = PurityRules.noIo(FIXTURE).evaluate(classes);

      // then
      assertFiredOn(result, ReadsItsOwnResource.class, "java.io.InputStream");
    }
  }

  @Nested
  class NoStandardStreams {

    private final ArchRule rule = PurityRules.noStandardStreams(FIXTURE);

    @Test
    void firesOnAClassThatPrintsToStandardOut() {
      // given
      JavaClasses classes = importOnly(PrintsToStandardOut.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, PrintsToStandardOut.class, "System.out");
    }

    @Test
    void firesOnAClassThatPrintsToStandardErr() {
      // given
      JavaClasses classes = importOnly(PrintsToStandardErr.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, PrintsToStandardErr.class, "System.err");
    }

    @Test
    void firesOnAClassThatReadsStandardIn() {
      // given
      JavaClasses classes = importOnly(ReadsStandardIn.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, ReadsStandardIn.class, "System.in");
    }

    @Test
    void firesOnAClassThatPrintsAStackTrace() {
      // given
      JavaClasses classes = importOnly(PrintsAStackTrace.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, PrintsAStackTrace.class, "printStackTrace");
    }

    @Test
    void staysQuietOnAClassThatComputesFromWhatItIsGiven() {
      // given
      JavaClasses classes = importOnly(ComputesADueDate.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertQuiet(result);
    }
  }

  @Nested
  class NoSystemTimeOrRandomIds {

    private final ArchRule rule = PurityRules.noSystemTimeOrRandomIds(FIXTURE);

    @Test
    void firesOnAClassThatAsksForToday() {
      // given
      JavaClasses classes = importOnly(AsksForToday.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, AsksForToday.class, "LocalDate.now()");
    }

    @Test
    void firesOnAClassThatRefersToInstantNow() {
      // given
      JavaClasses classes = importOnly(RefersToInstantNow.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, RefersToInstantNow.class, "Instant.now()");
    }

    @Test
    void firesOnAClassThatReadsTheSystemClock() {
      // given
      JavaClasses classes = importOnly(ReadsTheSystemClock.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, ReadsTheSystemClock.class, "Clock.systemUTC()");
    }

    @Test
    void firesOnAClassThatDrawsARandomUuid() {
      // given
      JavaClasses classes = importOnly(DrawsARandomUuid.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, DrawsARandomUuid.class, "UUID.randomUUID()");
    }

    @Test
    void firesOnAClassThatReadsCurrentTimeMillis() {
      // given
      JavaClasses classes = importOnly(ReadsCurrentTimeMillis.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, ReadsCurrentTimeMillis.class, "System.currentTimeMillis()");
    }

    @Test
    void firesOnAClassThatReadsNanoTime() {
      // given
      JavaClasses classes = importOnly(ReadsNanoTime.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, ReadsNanoTime.class, "System.nanoTime()");
    }

    @Test
    void staysQuietOnAClassThatTakesTimeAndIdentifiersFromItsCaller() {
      // given
      JavaClasses classes = importOnly(ComputesADueDate.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertQuiet(result);
    }
  }

  @Nested
  class NoDependencyOf {

    @Test
    void firesOnAKernelClassThatDependsOnAFeaturePackage() {
      // given
      ArchRule rule = PurityRules.noDependencyOf(FIXTURE_KERNEL, FIXTURE_CORE);
      JavaClasses classes = importOnly(LeakyKernelValue.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, LeakyKernelValue.class, Engagement.class.getName());
    }

    @Test
    void letsKernelClassesDependOnEachOtherAndFeaturesDependOnTheKernel() {
      // given
      ArchRule rule = PurityRules.noDependencyOf(FIXTURE_KERNEL, FIXTURE_CORE);
      JavaClasses classes = importOnly(KernelId.class, KernelValue.class, Engagement.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertQuiet(result);
    }

    @Test
    void firesOnACoreClassThatDependsOnTheRules() {
      // given
      ArchRule rule = PurityRules.noDependencyOf(FIXTURE_CORE, FIXTURE_RULES);
      JavaClasses classes = importOnly(EngagementUnderProgramme.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertFiredOn(result, EngagementUnderProgramme.class, Programme.class.getName());
    }

    @Test
    void letsTheRulesDependOnCore() {
      // given
      ArchRule rule = PurityRules.noDependencyOf(FIXTURE_CORE, FIXTURE_RULES);
      JavaClasses classes = importOnly(Programme.class, Engagement.class, KernelId.class);

      // when
      EvaluationResult result = rule.evaluate(classes);

      // then
      assertQuiet(result);
    }
  }

  @Nested
  class All {

    @Test
    void reportsTheViolationsOfEveryPurityRule() {
      // given
      JavaClasses classes =
          importOnly(OpensAFile.class, PrintsToStandardOut.class, DrawsARandomUuid.class);

      // when
      EvaluationResult result = PurityRules.all(FIXTURE).evaluate(classes);

      // then
      assertThat(result.hasViolation()).isTrue();
      assertThat(result.getFailureReport().getDetails())
          .anyMatch(detail -> detail.contains("java.io.File"))
          .anyMatch(detail -> detail.contains("System.out"))
          .anyMatch(detail -> detail.contains("UUID.randomUUID()"));
    }

    @Test
    void staysQuietOnAPureClass() {
      // given
      JavaClasses classes = importOnly(ComputesADueDate.class);

      // when
      EvaluationResult result = PurityRules.all(FIXTURE).evaluate(classes);

      // then
      assertQuiet(result);
    }
  }

  @Nested
  class Arguments {

    @Test
    void acceptsAModuleWithNoClassesYet() {
      // given
      JavaClasses classes = importOnly(OpensAFile.class);
      ArchRule rule = PurityRules.all("org.areso.nothing..");

      // when
      Throwable thrown = catchThrowable(() -> rule.check(classes));

      // then
      assertThat(thrown).isNull();
    }

    @Test
    void refusesAnEmptyListOfPackages() {
      // given
      String[] none = {};

      // when
      Throwable thrown = catchThrowable(() -> PurityRules.noIo(none));

      // then
      assertThat(thrown).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesANullPackage() {
      // given
      String[] packages = {FIXTURE, null};

      // when
      Throwable thrown = catchThrowable(() -> PurityRules.noStandardStreams(packages));

      // then
      assertThat(thrown).isInstanceOf(NullPointerException.class).hasMessage("packages[1]");
    }
  }
}
