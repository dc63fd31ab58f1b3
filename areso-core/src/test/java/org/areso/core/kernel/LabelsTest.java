package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.List;
import io.vavr.collection.Set;
import java.util.Locale;
import java.util.ResourceBundle;
import org.areso.core.engagement.SupportCase;
import org.areso.core.ethics.Aspect;
import org.areso.core.ethics.Principle;
import org.areso.core.ethics.Recipient;
import org.areso.core.ethics.ThirdParty;
import org.junit.jupiter.api.Test;

/** The enumerations' labels come from bundles that label every constant, and only those. */
class LabelsTest {

  private static final List<Class<? extends Enum<?>>> LABELLED = List.of(PartyRole.class,
      FacilitatorKind.class, Recipient.class, Principle.class, Aspect.class, ThirdParty.class,
      SupportCase.Topic.class);

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
    assertThat(PartyRole.MANAGEMENT.label()).isEqualTo(Text.of("direction", "management"));
    assertThat(Principle.CONFIDENTIALITY.label().fr()).isEqualTo("confidentialité");
    assertThat(Recipient.SUPERVISING_AUTHORITY.label().en()).isEqualTo("supervising authority");
  }

  @Test
  void theBundlesHoldNoLabelOfAConstantThatDoesNotExist() {
    Set<String> keys = constants().map(Labels::key).toSet();
    for (Locale locale : new Locale[] {Locale.ROOT, Locale.FRENCH}) {
      ResourceBundle bundle = ReasonBundle.labels(locale);
      assertThat(List.ofAll(bundle.keySet())).as(locale.toString()).allMatch(keys::contains);
    }
  }

  @Test
  void aLocaleGetsItsLanguageOrEnglish() {
    assertThat(Labels.of(PartyRole.GOVERNANCE, Locale.forLanguageTag("fr-CH")))
        .isEqualTo("gouvernance");
    assertThat(Labels.of(PartyRole.GOVERNANCE, Locale.JAPANESE)).isEqualTo("governance");
    assertThat(Labels.of(PartyRole.GOVERNANCE, Locale.GERMAN)).isEqualTo("governance");
    assertThatNullPointerException().isThrownBy(() -> Labels.of(null));
  }
}
