package org.areso.core.kernel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.text.ChoiceFormat;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundle files a translator edits: every reason has its line in English and in French, each
 * line quotes every argument of its reason and nothing else, and apostrophes are written so that
 * {@link java.text.MessageFormat} keeps them.
 */
class ReasonBundleTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private static Properties file(String name) throws IOException {
    Properties lines = new Properties();
    try (InputStream in = ReasonBundle.class.getResourceAsStream(name + ".properties");
        Reader reader = new InputStreamReader(in, UTF_8)) {
      lines.load(reader);
    }
    return lines;
  }

  private static Set<String> codes() {
    return HashSet.ofAll(ReasonFixtures.all().map(Reason::code));
  }

  private static Set<Integer> placeholders(String pattern) {
    Matcher m = PLACEHOLDER.matcher(pattern);
    Set<Integer> found = HashSet.empty();
    while (m.find()) {
      found = found.add(Integer.parseInt(m.group(1)));
    }
    return found;
  }

  @ParameterizedTest
  @ValueSource(strings = {"reasons", "reasons_fr", "reasons_de", "reasons_it"})
  void everyCodeHasALineInEnglishFrenchGermanAndItalian(String bundle) throws IOException {
    // given
    Properties lines = file(bundle);

    // when
    Set<String> missing = codes().filter(code -> !lines.containsKey(code));

    // then
    assertThat(missing.toJavaSet()).as("codes without a line in %s", bundle).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"reasons", "reasons_fr", "reasons_de", "reasons_it"})
  void everyLineIsTheCodeOfAReason(String bundle) throws IOException {
    // given
    Properties lines = file(bundle);

    // when
    Set<String> unknown = HashSet.ofAll(lines.stringPropertyNames()).removeAll(codes());

    // then
    assertThat(unknown.toJavaSet()).as("lines of %s that no reason has", bundle).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"reasons", "reasons_fr", "reasons_de", "reasons_it"})
  void everyLineQuotesEveryArgumentOfItsReasonAndNoOther(String bundle) throws IOException {
    // given
    Properties lines = file(bundle);
    Seq<BundledReason> reasons = ReasonFixtures.all().map(BundledReason.class::cast)
        .filter(reason -> lines.containsKey(reason.code()));

    // when
    Seq<String> wrong = reasons
        .filter(reason -> !placeholders(lines.getProperty(reason.code()))
            .equals(HashSet.range(0, reason.arguments().size())))
        .map(reason -> reason.code() + " quotes " + placeholders(lines.getProperty(reason.code()))
            + " of " + reason.arguments().size() + " arguments");

    // then
    assertThat(reasons).as("reasons with a line in %s", bundle).isNotEmpty();
    assertThat(wrong.toJavaList()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"reasons", "reasons_fr", "reasons_de", "reasons_it"})
  void everyApostropheIsDoubledSoThatItIsKept(String bundle) throws IOException {
    // given
    Properties lines = file(bundle);

    // when
    List<String> lone = List.ofAll(lines.stringPropertyNames())
        .filter(code -> LONE_APOSTROPHE.matcher(lines.getProperty(code)).find());

    // then
    assertThat(lone.toJavaList()).as("lines of %s with a single apostrophe", bundle).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"reasons", "reasons_fr", "reasons_de", "reasons_it"})
  void anApostropheInAChoiceBranchIsWrittenAsMessageFormatReadsTheBranch(String bundle)
      throws IOException {
    // given: MessageFormat reads a branch that holds a placeholder a second time, so '' there
    // starts a quote (it needs ''''), and writes a branch without one as it was read once, so
    // '''' there shows ''
    Properties lines = file(bundle);

    // when
    List<String> codes = List.ofAll(lines.stringPropertyNames()).sorted();
    List<String> quoting = codes.filter(code -> choiceBranches(lines.getProperty(code))
        .exists(branch -> branch.contains("{") && branch.replace("''", "").contains("'")));
    List<String> doubled = codes.filter(code -> choiceBranches(lines.getProperty(code))
        .exists(branch -> !branch.contains("{") && branch.contains("''")));

    // then
    assertThat(quoting.toJavaList())
        .as("lines of %s whose choice branch would lose its apostrophe and placeholders", bundle)
        .isEmpty();
    assertThat(doubled.toJavaList())
        .as("lines of %s whose choice branch would show two apostrophes", bundle)
        .isEmpty();
  }

  @Test
  void aPathToTheStageIsWrittenWithItsApostropheAndItsSteps() throws IOException {
    // given
    String french = file("reasons_fr").getProperty("NOT_APPLICABLE_IN_STAGE");
    String italian = file("reasons_it").getProperty("NOT_APPLICABLE_IN_STAGE");
    Object[] accepting = {"Close", "REQUESTED", "Withdraw", 2, "Qualify, EndIntervention", 1};
    Object[] acceptingNone = {"Close", "CLOSED", "", 0, "", 0};

    // when
    String inFrench = new MessageFormat(french, Locale.FRENCH).format(accepting);
    String inItalian = new MessageFormat(italian, Locale.ITALIAN).format(accepting);
    String noneInFrench = new MessageFormat(french, Locale.FRENCH).format(acceptingNone);
    String noneInItalian = new MessageFormat(italian, Locale.ITALIAN).format(acceptingNone);

    // then
    assertThat(inFrench).isEqualTo("La commande « Close » n'est pas possible à l'étape"
        + " « REQUESTED » (commandes possibles : Withdraw)."
        + " Pour y arriver, dans l'ordre : Qualify, EndIntervention.");
    assertThat(inItalian).isEqualTo("Il comando «Close» non è possibile nella fase «REQUESTED»"
        + " (possibili: Withdraw). Per arrivarci, in quest'ordine: Qualify, EndIntervention.");
    assertThat(noneInFrench).isEqualTo(
        "La commande « Close » n'est pas possible à l'étape « CLOSED »,"
            + " qui n'en accepte aucune.");
    assertThat(noneInItalian).isEqualTo(
        "Il comando «Close» non è possibile nella fase «CLOSED», che non ne accetta alcuno.");
  }

  /** The branches of a line's choice formats, as MessageFormat reads them the second time. */
  private static List<String> choiceBranches(String pattern) {
    return List.of(new MessageFormat(pattern, Locale.ROOT).getFormats())
        .filter(ChoiceFormat.class::isInstance)
        .flatMap(format -> List.of(((ChoiceFormat) format).getFormats()))
        .map(String.class::cast);
  }

  @Test
  void theFixturesHoldARecordOfEveryCatalogue() {
    // given
    Set<Class<?>> sampled = HashSet.ofAll(ReasonFixtures.all().map(Object::getClass));

    // when
    Seq<Class<?>> missing = ReasonFixtures.CATALOGUES
        .flatMap(catalogue -> List.of(catalogue.getPermittedSubclasses()))
        .filter(record -> !sampled.contains(record));

    // then
    assertThat(missing.toJavaList()).isEmpty();
    assertThat(ReasonFixtures.all()).allMatch(BundledReason.class::isInstance);
  }
}
