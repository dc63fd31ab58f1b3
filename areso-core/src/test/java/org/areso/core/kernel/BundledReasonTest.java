package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Locale;
import java.util.ResourceBundle;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.EngagementReason;
import org.areso.core.ethics.EthicsReason;
import org.areso.core.lifecycle.HistoryError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reason's message asked by {@link Locale}: the bundle of the locale's language, English for any
 * other, whatever the JVM's default locale; its arguments as people read them.
 */
class BundledReasonTest {

  private static final BundledReason TOO_LONG = new FieldReason.TooLong("name", 12345, 200);

  /** A host's own reason, which writes its messages itself. */
  record HostReason() implements Reason {
    @Override
    public String code() {
      return "HOST_REASON";
    }

    @Override
    public String message(Language language) {
      return language == Language.FR ? "Raison de l'hôte." : "The host's reason.";
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "fr-FR", "fr-CH", "fr-BE", "fr-CA"})
  void aFrenchLocaleOfAnyCountryWritesFrench(String tag) {
    // given
    Locale locale = Locale.forLanguageTag(tag);

    // when
    String message = TOO_LONG.message(locale);

    // then
    assertThat(message)
        .isEqualTo("Le champ « name » a 12345 caractères ; 200 au plus sont acceptés.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-GB", "es", "ja", "rm-CH", "und"})
  void anyOtherLocaleWritesEnglish(String tag) {
    // given
    Locale locale = Locale.forLanguageTag(tag);

    // when
    String message = TOO_LONG.message(locale);

    // then
    assertThat(message).isEqualTo("Field 'name' has 12345 characters; at most 200 are accepted.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"de", "de-CH", "de-DE", "de-AT"})
  void aGermanLocaleOfAnyCountryWritesGerman(String tag) {
    // given
    Locale locale = Locale.forLanguageTag(tag);

    // when
    String message = TOO_LONG.message(locale);

    // then
    assertThat(message).isEqualTo("Das Feld «name» hat 12345 Zeichen; höchstens 200 sind zulässig.");
  }

  @ParameterizedTest
  @ValueSource(strings = {"it", "it-CH", "it-IT"})
  void anItalianLocaleOfAnyCountryWritesItalian(String tag) {
    // given
    Locale locale = Locale.forLanguageTag(tag);

    // when
    String message = TOO_LONG.message(locale);

    // then
    assertThat(message)
        .isEqualTo("Il campo «name» ha 12345 caratteri; ne sono ammessi al massimo 200.");
  }

  @Test
  void aDevelopersErrorIsWrittenInGermanAndItalianToo() {
    // given an error a developer meets rather than a Swiss host's user
    BundledReason gap = new HistoryError.VersionGap(4, 6);

    // when
    String german = gap.message(Locale.GERMAN);
    String italian = gap.message(Locale.ITALIAN);

    // then
    assertThat(german).isEqualTo(
        "Version 4 erwartet, Version 6 gefunden: Ein Ereignis fehlt oder steht am falschen Ort.");
    assertThat(italian).isEqualTo(
        "Attesa la versione 4, trovata la versione 6: un evento manca o è fuori posto.");
  }

  @Test
  void aVerdictIsQuotedInTheMessagesLanguage() {
    // given
    BundledReason verdict = new EngagementReason.EligibilityVerdictMismatch(Verdict.NOT_ELIGIBLE,
        Verdict.ELIGIBLE);

    // when
    String italian = verdict.message(Locale.forLanguageTag("it-CH"));
    String german = verdict.message(Locale.GERMAN);

    // then
    assertThat(italian).isEqualTo(
        "La decisione sull'ammissibilità è «NON AMMISSIBILE»; è richiesto «AMMISSIBILE».");
    assertThat(german).isEqualTo(
        "Der Entscheid über die Berechtigung lautet «NICHT BERECHTIGT»; verlangt ist"
            + " «BERECHTIGT».");
    assertThat(verdict.message(Language.FR)).contains("« NON ÉLIGIBLE »");
  }

  @Test
  void theCharterQuotesPartiesAndThirdPartiesInTheMessagesLanguage() {
    // given
    BundledReason notValidated = new EthicsReason.ActionNotValidated("A-1",
        io.vavr.collection.LinkedHashSet.of(PartyRole.SUPERVISORS,
            PartyRole.STAFF_REPRESENTATIVES));
    BundledReason referred = new EthicsReason.NotRequestedByParties(
        Option.some(org.areso.core.ethics.ThirdParty.FUNDER));
    BundledReason owned = new EthicsReason.ActionNotOwnedByParty("A-2",
        Actor.party(PartyRole.MANAGEMENT, "director"));

    // then
    assertThat(notValidated.message(Locale.GERMAN))
        .isEqualTo("Die Massnahme A-1 ist nicht bestätigt von: Kader, Personalvertretung.");
    assertThat(notValidated.message(Locale.ITALIAN)).isEqualTo(
        "L'azione A-1 non è convalidata da: quadri, rappresentanti del personale.");
    assertThat(referred.message(Locale.ITALIAN)).endsWith("(segnalato da: finanziatore).");
    assertThat(owned.message(Locale.GERMAN)).startsWith(
        "Die Massnahme A-2 wird von der Partei Geschäftsleitung getragen");
    assertThat(owned.message(Language.FR)).contains("direction");
  }

  @Test
  void anUntranslatedTextQuotedInGermanOrItalianIsInEnglish() {
    // given
    BundledReason malformed = new FieldReason.Malformed("uid", "CHE-1", Text.of("9 chiffres",
        "9 digits"));

    // when
    String german = malformed.message(Locale.forLanguageTag("de-CH"));

    // then
    assertThat(german).isEqualTo("Das Feld «uid» enthält «CHE-1»; erwartet: 9 digits.");
  }

  @Test
  void anApostropheInAChoiceIsKept() {
    // given a tie with the structure, which Italian writes with an elided article
    BundledReason tied = new EthicsReason.FacilitatorTied(
        FacilitatorId.of("anne").get(), Tie.Kind.MANDATE, Option.none());

    // when
    String italian = tied.message(Locale.ITALIAN);

    // then
    assertThat(italian).isEqualTo(
        "Il facilitatore anne ha un legame (mandato) con l'organizzazione: non può intervenire.");
  }

  @Test
  void aLanguageAndItsLocaleWriteTheSameMessage() {
    // given
    Seq<Reason> reasons = ReasonFixtures.all();

    // when
    Seq<Reason> differ = reasons.filter(r -> !r.message(Language.FR).equals(r.message(Locale.FRENCH))
        || !r.message(Language.EN).equals(r.message(Locale.ENGLISH)));

    // then
    assertThat(differ.toJavaList()).isEmpty();
  }

  @Test
  void theJvmDefaultLocaleDoesNotChooseTheBundle() {
    // given a machine set to French
    Locale before = Locale.getDefault();
    Locale.setDefault(Locale.FRENCH);
    try {
      ResourceBundle.clearCache(ReasonBundle.class.getClassLoader());

      // when a Japanese message's bundle is loaded
      ResourceBundle english = ReasonBundle.load(ReasonBundle.bundleLocale(Locale.JAPANESE));

      // then
      assertThat(english.getLocale()).isEqualTo(Locale.ROOT);
      assertThat(english.getString("FIELD_BLANK")).startsWith("Field");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void aHostsOwnReasonIsWrittenInTheLanguageOfTheLocale() {
    // given
    Reason reason = new HostReason();

    // when
    String swissFrench = reason.message(Locale.forLanguageTag("fr-CH"));
    String german = reason.message(Locale.GERMAN);

    // then
    assertThat(swissFrench).isEqualTo("Raison de l'hôte.");
    assertThat(german).isEqualTo("The host's reason.");
  }

  @Test
  void refusesANullLocale() {
    // given
    Locale none = null;

    // when
    Throwable thrown = catchThrowable(() -> TOO_LONG.message(none));

    // then
    assertThat(thrown).isInstanceOf(NullPointerException.class).hasMessage("locale");
  }

  @Test
  void numbersAreWrittenWithoutAGroupingSeparatorInEveryLanguage() {
    // given
    BundledReason gap = new HistoryError.VersionGap(12345, 12347);

    // when
    Seq<String> messages = List.of(Locale.ROOT, Locale.FRENCH, Locale.GERMAN, Locale.ITALIAN)
        .map(gap::message);

    // then
    assertThat(messages).allMatch(m -> m.contains("12345") && m.contains("12347"));
  }

  @Test
  void aRecordQuotesItsComponentsInTheirOrder() {
    // given
    BundledReason outOfRange = new FieldReason.OutOfRange("headcount", "-1", "0", "100000");

    // when
    Seq<?> arguments = outOfRange.arguments();

    // then
    assertThat(arguments.toJavaList()).isEqualTo(List.of("headcount", "-1", "0", "100000").toJavaList());
  }

  @Test
  void aReasonThatIsNotARecordQuotesNothing() {
    // given
    BundledReason notARecord = new BundledReason() {
      @Override
      public String code() {
        return "ACTOR_NOT_A_PARTY";
      }
    };

    // when
    Seq<?> arguments = notARecord.arguments();

    // then
    assertThat(arguments.toJavaList()).isEmpty();
    assertThat(notARecord.message(Language.EN))
        .isEqualTo(new EngagementReason.ActorNotAParty().message(Language.EN));
  }

  @Test
  void aTextIsQuotedInTheMessagesLanguageAndAListJoined() {
    // given
    BundledReason malformed = new FieldReason.Malformed("siren", "12", Text.of("9 chiffres",
        "9 digits"));
    BundledReason unknown = new FieldReason.UnknownValue("canton", "ZZ", List.of("GE", "VD"));

    // when
    String french = malformed.message(Locale.FRENCH);
    String english = malformed.message(Locale.ENGLISH);
    String accepted = unknown.message(Locale.ENGLISH);

    // then
    assertThat(french).endsWith("attendu : 9 chiffres.");
    assertThat(english).endsWith("expected 9 digits.");
    assertThat(accepted).endsWith("(accepted: GE, VD).");
  }

  @Test
  void aLabelledValueIsQuotedByItsLabelInTheMessagesLanguage() {
    // given a party's role and a qualification, each a component the record quotes as it is
    BundledReason consent = new EngagementReason.ConsentMissing(PartyRole.STAFF_REPRESENTATIVES);
    BundledReason qualification = new EngagementReason.QualificationMissing(
        FacilitatorId.of("anne").get(), Qualification.SOCIAL_WORKER_TITLE, "soreso");

    // when
    String french = consent.message(Locale.FRENCH);
    String german = consent.message(Locale.GERMAN);
    String english = qualification.message(Locale.ENGLISH);

    // then
    assertThat(consent.arguments().toJavaList())
        .isEqualTo(List.of(PartyRole.STAFF_REPRESENTATIVES).toJavaList());
    assertThat(french).isEqualTo("L'accord de la partie « représentants du personnel » manque.");
    assertThat(german).isEqualTo("Die Zustimmung der Partei «Personalvertretung» fehlt.");
    assertThat(qualification.message(Locale.forLanguageTag("it-CH")))
        .contains("titolo di assistente sociale");
    assertThat(english).startsWith(
        "Programme soreso requires of every facilitator it assigns: title of social worker");
  }

  @Test
  void aChoiceReadsAYesOrNoAndACount() {
    // given
    BundledReason pairOfOne = new EngagementReason.StaffingNotOffered("soreso", 1, true);
    BundledReason oneOfThree = new EngagementReason.StaffingNotOffered("soreso", 3, false);

    // when
    String pair = pairOfOne.message(Locale.FRENCH);
    String one = oneOfThree.message(Locale.ENGLISH);

    // then
    assertThat(pair).isEqualTo(
        "Le programme soreso est mené par un binôme d'intervenants, pas par 1 intervenant.");
    assertThat(one).isEqualTo("Programme soreso is run by one professional, not by 3 facilitators.");
  }
}
