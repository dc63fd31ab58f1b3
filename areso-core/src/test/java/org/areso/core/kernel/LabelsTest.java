package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementStage;
import org.areso.core.engagement.Obligation;
import org.areso.core.engagement.SupportCase;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Principle;
import org.areso.core.ethics.Recipient;
import org.areso.core.ethics.Sensitivity;
import org.areso.core.ethics.ThirdParty;
import org.junit.jupiter.api.Test;

/** The enumerations' labels come from bundles that label every constant, and only those. */
class LabelsTest {

  private static final List<Class<? extends Enum<?>>> LABELLED = List.of(PartyRole.class,
      FacilitatorKind.class, Recipient.class, Principle.class, Aspect.class, ThirdParty.class,
      SupportCase.Topic.class, Qualification.class, Obligation.Kind.class, Verdict.class,
      EngagementStage.class, InterventionContext.class, Tie.Kind.class, SupportCase.Stage.class,
      CohortApplication.Stage.class, Sensitivity.class);

  /** The commands of Areso's lifecycles, which a rejection names by their labels. */
  private static final List<Class<?>> COMMANDS = List.of(EngagementCommand.class,
      SupportCase.Command.class, CohortApplication.Command.class)
      .flatMap(type -> List.of(type.getPermittedSubclasses()));

  /** The labels' files, each read alone (a bundle would fall back to English for a key). */
  private static final Map<String, Locale> FILES = LinkedHashMap.of("labels.properties",
      Locale.ROOT, "labels_fr.properties", Locale.FRENCH, "labels_de.properties", Locale.GERMAN,
      "labels_it.properties", Locale.ITALIAN);

  private static List<Enum<?>> constants() {
    return LABELLED.flatMap(type -> List.of(type.getEnumConstants()));
  }

  @Test
  void everyConstantHasADistinctFrenchAndEnglishLabel() {
    assertThat(constants()).allSatisfy(constant -> {
      Text label = Labels.of(constant);
      assertThat(label.fr()).as(Labels.key(constant)).isNotBlank();
      assertThat(label.en()).as(Labels.key(constant)).isNotBlank();
    });
    assertThat(PartyRole.MANAGEMENT.label()).isEqualTo(Text.of("direction", "management",
        "Geschäftsleitung", "direzione"));
    assertThat(Principle.CONFIDENTIALITY.label().fr()).isEqualTo("confidentialité");
    assertThat(Recipient.SUPERVISING_AUTHORITY.label().en()).isEqualTo("supervising authority");
  }

  @Test
  void everyFileLabelsEveryConstantOnceAndOnlyThose() throws IOException {
    Set<String> keys = constants().map(Labels::key).toSet()
        .addAll(COMMANDS.map(type -> type.getName().substring(type.getName().lastIndexOf('.') + 1)
            .replace('$', '.')));
    for (String file : FILES.keySet()) {
      Properties labels = new Properties();
      try (InputStream in = Labels.class.getResourceAsStream(file);
          Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        labels.load(reader);
      }
      assertThat(labels.stringPropertyNames()).as(file).containsExactlyInAnyOrderElementsOf(keys);
      assertThat(labels.values()).as(file).allSatisfy(text -> assertThat((String) text)
          .isNotBlank().doesNotContain("{").doesNotContain("\ufffd"));
    }
  }

  @Test
  void everyCommandOfAresoIsLabelledAndAHostsOwnTypeIsNot() {
    assertThat(COMMANDS).hasSize(30).allSatisfy(type -> assertThat(Labels.ofType(type))
        .as(type.getName()).isNotEmpty());
    assertThat(Labels.ofType(EngagementCommand.ConfirmFraming.class).get()).isEqualTo(Text.of(
        "confirmer le cadrage", "confirm the framing", "Rahmen bestätigen", "confermare il quadro"));
    assertThat(Labels.ofType(SupportCase.Command.CloseCase.class).get().in(Locale.FRENCH))
        .isEqualTo("clore le suivi");
    assertThat(Labels.ofType(String.class)).isEmpty();
    assertThat(Labels.ofType(LabelsTest.class)).isEmpty();
    assertThatNullPointerException().isThrownBy(() -> Labels.ofType(null));
  }

  @Test
  void aLocaleGetsItsLanguageOrEnglish() {
    assertThat(Labels.of(PartyRole.GOVERNANCE, Locale.forLanguageTag("fr-CH")))
        .isEqualTo("gouvernance");
    assertThat(Labels.of(PartyRole.GOVERNANCE, Locale.JAPANESE)).isEqualTo("governance");
    assertThat(Labels.of(PartyRole.MANAGEMENT, Locale.forLanguageTag("de-CH")))
        .isEqualTo("Geschäftsleitung");
    assertThat(Labels.of(PartyRole.MANAGEMENT, Locale.forLanguageTag("it-CH")))
        .isEqualTo("direzione");
    assertThat(PartyRole.STAFF_REPRESENTATIVES.label(Locale.GERMAN))
        .isEqualTo("Personalvertretung");
    assertThat(Verdict.NOT_ELIGIBLE.label(Locale.ITALIAN)).isEqualTo("NON AMMISSIBILE");
    assertThat(Verdict.NOT_ELIGIBLE.label(Language.FR)).isEqualTo("NON ÉLIGIBLE");
    assertThat(Obligation.Kind.CONSENT.label(Locale.ENGLISH)).isEqualTo("consent pending");
    assertThat(EngagementStage.AWAITING_CONSENT.label(Locale.forLanguageTag("de-CH")))
        .isEqualTo("Zustimmungen ausstehend");
    assertThatNullPointerException().isThrownBy(() -> Labels.of(null));
    assertThatNullPointerException().isThrownBy(() -> PartyRole.MANAGEMENT.label(null));
  }

  @Test
  void aValueAresoDoesNotLabelGivesItsOwnLabelInFrenchOrEnglish() {
    Labelled own = new Labelled() {
      @Override
      public Text label() {
        return Text.of("propre", "own");
      }
    };
    assertThat(own.label(Locale.FRENCH)).isEqualTo("propre");
    assertThat(own.label(Locale.GERMAN)).isEqualTo("own");
    assertThat(HostKind.FIRST.label(Locale.ITALIAN)).isEqualTo("first");
    assertThat(HostKind.FIRST.label(Locale.CANADA_FRENCH)).isEqualTo("premier");
  }

  /** A host's labelled constant, which Areso's bundles do not label. */
  private enum HostKind implements Labelled {
    FIRST;

    @Override
    public Text label() {
      return Text.of("premier", "first");
    }
  }
}
