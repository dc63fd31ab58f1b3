package org.areso.core.ethics;

import static org.areso.core.ethics.EthicsFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Map;
import org.areso.core.kernel.DateWindow;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Text;
import org.areso.core.kernel.Tie;
import org.areso.core.kernel.Actor;
import org.junit.jupiter.api.Test;

/**
 * Every reason a check finds, produced by the conduct that raises it: its code, the facts it saw
 * and its message in French and in English.
 */
class EthicsReasonMessagesTest {

  private static void assertReason(Violation found, EthicsReason expected, String code,
      Map<String, String> seen, String fr, String en) {
    assertThat(found.reason()).isEqualTo(expected);
    assertThat(found.code()).isEqualTo(code);
    assertThat(found.seen().toJavaMap()).containsExactlyEntriesOf(seen);
    assertThat(found.seen().keySet().toList()).containsExactlyElementsOf(seen.keySet());
    assertThat(found.reason().message(Language.FR)).isEqualTo(fr);
    assertThat(found.reason().message(Language.EN)).isEqualTo(en);
  }

  private static Map<String, String> seen(String... keyValues) {
    java.util.LinkedHashMap<String, String> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put(keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  @Test
  void aReferralNoPartyJoinedNamesTheThirdPartyAndAnUnknownOriginAQuestionMark() {
    // given
    Conduct referred = conduct()
        .withOrigin(Option.some(Origin.referral(ThirdParty.SUPERVISING_AUTHORITY)));
    Conduct nobody = conduct()
        .withOrigin(Option.some(new Origin(LinkedHashSet.empty(), Option.none())));
    // when
    Audit audit = ALL.audit(referred);
    Violation unknown = ALL.check(Principle.FREEDOM, nobody).single();
    // then
    assertThat(audit.isClean()).isFalse();
    assertReason(audit.violations().single(),
        new EthicsReason.NotRequestedByParties(Option.of(ThirdParty.SUPERVISING_AUTHORITY)),
        "NOT_REQUESTED_BY_PARTIES",
        seen("requested_by", "", "referred_by", "SUPERVISING_AUTHORITY"),
        "Aucune partie n'a elle-même demandé l'accompagnement (orienté par : autorité de "
            + "tutelle).",
        "No party asked for the engagement itself (referred by: supervising authority).");
    assertReason(unknown, new EthicsReason.NotRequestedByParties(Option.none()),
        "NOT_REQUESTED_BY_PARTIES", seen("requested_by", "", "referred_by", ""),
        "Aucune partie n'a elle-même demandé l'accompagnement (orienté par : ?).",
        "No party asked for the engagement itself (referred by: ?).");
  }

  @Test
  void aPartyObligedToTakePartIsNamed() {
    // given
    Conduct obliged = conduct().withParticipation(LinkedHashMap.of(
        PartyRole.STAFF_REPRESENTATIVES, Participation.OBLIGED));
    // when
    Violation found = ALL.check(Principle.FREEDOM, obliged).single();
    // then
    assertReason(found, new EthicsReason.PartyObliged(PartyRole.STAFF_REPRESENTATIVES),
        "PARTY_OBLIGED", seen("party", "STAFF_REPRESENTATIVES", "participation", "OBLIGED"),
        "La partie « représentants du personnel » est obligée de participer.",
        "The party 'staff representatives' is obliged to take part.");
  }

  @Test
  void startingWithoutAConsentNamesTheMissingAndTheVoidedOne() {
    // given management consented to an earlier framing only, staff never
    Conduct started = conduct().withStarted(true)
        .withVoidedConsents(LinkedHashSet.of(PartyRole.MANAGEMENT));
    // when
    Seq<Violation> found = ALL.check(Principle.ADHESION, started);
    // then
    assertReason(found.get(0), new EthicsReason.ConsentVoided(PartyRole.MANAGEMENT),
        "CONSENT_VOIDED_BY_REFRAMING",
        seen("party", "MANAGEMENT", "consented", "to an earlier framing"),
        "Le cadrage a changé après l'accord de la partie « direction » : cet accord doit être "
            + "redonné.",
        "The framing changed after the party 'management' consented: that consent must be "
            + "given again.");
    assertReason(found.get(1), new EthicsReason.ConsentMissing(PartyRole.STAFF_REPRESENTATIVES),
        "CONSENT_MISSING_AT_START",
        seen("party", "STAFF_REPRESENTATIVES", "consented", "false"),
        "L'intervention ne peut démarrer sans l'accord de la partie « représentants du "
            + "personnel ».",
        "The intervention cannot start without the consent of the party 'staff "
            + "representatives'.");
  }

  @Test
  void lowAttendanceCountsTheLastWorkingSessionsOnlyNotTheInterviews() {
    // given staff attended one of the last three working sessions; a later interview is not one
    Charter charter = charterOf(Principle.ADHESION).attendance(50, 3).build().get();
    Conduct conduct = conduct()
        .plusSessionHeld(session(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES))
        .plusSessionHeld(session(PartyRole.MANAGEMENT))
        .plusSessionHeld(session(PartyRole.MANAGEMENT))
        .plusSessionHeld(interview(PartyRole.MANAGEMENT));
    // when
    Audit audit = charter.audit(conduct);
    // then
    assertThat(audit.warnings()).hasSize(1);
    assertReason(audit.warnings().single(),
        new EthicsReason.LowAttendance(PartyRole.STAFF_REPRESENTATIVES, 1, 3, 50),
        "LOW_ATTENDANCE",
        seen("party", "STAFF_REPRESENTATIVES", "attended", "1", "sessions", "3",
            "threshold_percent", "50"),
        "La partie « représentants du personnel » n'a assisté qu'à 1 des 3 dernières séances "
            + "(seuil : 50 %).",
        "The party 'staff representatives' attended only 1 of the last 3 sessions "
            + "(threshold: 50%).");
  }

  @Test
  void anActionOfTheFacilitatorDecidedByTheOperatorAndValidatedByNobodyIsRefusedThreeTimes() {
    // given
    Actor operator = new Actor.Operator("aract-idf");
    Conduct conduct = conduct().withActionPlan(List.of(
        new ActionPlanItem("A-1", FACILITATOR, operator, LinkedHashSet.empty())));
    // when
    Seq<Violation> found = ALL.check(Principle.RESPONSIBILITY, conduct);
    // then
    assertThat(found).hasSize(3);
    assertReason(found.get(0), new EthicsReason.ActionNotOwnedByParty("A-1", FACILITATOR),
        "ACTION_NOT_OWNED_BY_PARTY", seen("action", "A-1", "owner", "facilitator F-1"),
        "L'action A-1 est portée par l'intervenant F-1 et non par une partie : les parties "
            + "sont responsables du fond.",
        "Action A-1 is owned by facilitator F-1, not by a party: the parties own the content.");
    assertReason(found.get(1), new EthicsReason.ActionNotDecidedByParty("A-1", operator),
        "ACTION_NOT_DECIDED_BY_PARTY", seen("action", "A-1", "decided_by", "operator aract-idf"),
        "L'action A-1 a été décidée par l'opérateur aract-idf et non par une partie.",
        "Action A-1 was decided by operator aract-idf, not by a party.");
    assertReason(found.get(2), new EthicsReason.ActionNotValidated("A-1", BOTH),
        "ACTION_NOT_VALIDATED",
        seen("action", "A-1", "not_validated_by", "MANAGEMENT|STAFF_REPRESENTATIVES"),
        "L'action A-1 n'est pas validée par : direction, représentants du personnel.",
        "Action A-1 is not validated by: management, staff representatives.");
  }

  @Test
  void aTieNamesTheStructureOrThePartyItIsWith() {
    // given
    Conduct withStructure = conduct().withAssignment(Option.some(assigned(
        F1.withTie(Tie.withStructure(Tie.Kind.EMPLOYMENT, Option.none())), F2)));
    Conduct withParty = conduct().withAssignment(Option.some(assigned(
        F1.withTie(Tie.withParty(Tie.Kind.FAMILY, PartyId.of("dir").get(), Option.none())), F2)));
    // when
    Violation structure = ALL.audit(withStructure).violations().single();
    Violation party = ALL.audit(withParty).violations().single();
    // then
    assertReason(structure,
        new EthicsReason.FacilitatorTied(F1_ID, Tie.Kind.EMPLOYMENT, Option.none()),
        "FACILITATOR_TIED", seen("facilitator", "F-1", "tie", "EMPLOYMENT", "with", "structure"),
        "Le facilitateur F-1 a un lien (emploi) avec la structure : il ne peut pas "
            + "intervenir.",
        "Facilitator F-1 has a tie (employment) with the structure: they cannot be assigned.");
    assertReason(party,
        new EthicsReason.FacilitatorTied(F1_ID, Tie.Kind.FAMILY, Option.of(PartyId.of("dir")
            .get())),
        "FACILITATOR_TIED", seen("facilitator", "F-1", "tie", "FAMILY", "with", "dir"),
        "Le facilitateur F-1 a un lien (familial) avec dir : il ne peut pas intervenir.",
        "Facilitator F-1 has a tie (family) with dir: they cannot be assigned.");
  }

  @Test
  void paidWorkNearTheFirstRepresentableDayStillCountsWithoutThrowing() {
    // given an assignment so early that the look-back starts before the first day a date holds
    LocalDate early = LocalDate.MIN.plusYears(1);
    Conduct conduct = conduct().withAssignment(Option.some(new Assignment(
        org.areso.core.kernel.Facilitators.pair(F1.withTie(Tie.withStructure(Tie.Kind.PAID_WORK,
            Option.of(DateWindow.of(LocalDate.MIN, LocalDate.MIN.plusDays(10)).get()))), F2)
            .get(), early)));
    // when
    Seq<Violation> found = ALL.audit(conduct).violations();
    // then
    assertThat(found).map(Violation::code).containsExactly("FACILITATOR_TIED");
  }

  @Test
  void workingSessionsWithOnePartyAloneCountThemAndTheTolerance() {
    // given
    Charter strict = charterOf(Principle.IMPARTIALITY).build().get();
    Conduct conduct = conduct().plusSessionHeld(session(PartyRole.MANAGEMENT))
        .plusSessionHeld(session(PartyRole.MANAGEMENT));
    // when
    Violation found = strict.audit(conduct).warnings().single();
    // then
    assertReason(found, new EthicsReason.OneSidedContact(PartyRole.MANAGEMENT, 2, 0),
        "ONE_SIDED_CONTACT",
        seen("party", "MANAGEMENT", "sessions_alone", "2", "tolerated", "0"),
        "2 séances de travail tenues avec la seule partie « direction » (toléré : 0).",
        "2 working sessions held with the party 'management' alone (tolerated: 0).");
    EthicsReason one = new EthicsReason.OneSidedContact(PartyRole.SUPERVISORS, 1, 0);
    assertThat(one.message(Language.FR)).startsWith("1 séance de travail tenue avec");
    assertThat(one.message(Language.EN)).startsWith("1 working session held with");
    assertThat(one.message(java.util.Locale.GERMAN))
        .isEqualTo("1 Arbeitssitzung nur mit der Partei «Kader» (toleriert: 0).");
    assertThat(one.message(java.util.Locale.ITALIAN)).startsWith("1 seduta di lavoro tenuta con");
  }

  @Test
  void partiesMetAloneAreWarnedAboutInThePartiesOrderWhateverTheOrderOfTheSessions() {
    // given staff representatives met alone first, then management
    Charter strict = charterOf(Principle.IMPARTIALITY).build().get();
    Conduct conduct = conduct()
        .plusSessionHeld(session(PartyRole.STAFF_REPRESENTATIVES))
        .plusSessionHeld(session(PartyRole.MANAGEMENT))
        .plusSessionHeld(session(PartyRole.STAFF_REPRESENTATIVES));
    // when
    Seq<Violation> found = strict.audit(conduct).warnings();
    // then
    assertThat(found).map(Violation::reason).containsExactly(
        new EthicsReason.OneSidedContact(PartyRole.MANAGEMENT, 1, 0),
        new EthicsReason.OneSidedContact(PartyRole.STAFF_REPRESENTATIVES, 2, 0));
  }

  @Test
  void aDisclosureNotClearedAndOneToTheSupervisingAuthorityAreBothRefused() {
    // given
    Conduct conduct = conduct()
        .plusDisclosure(disclosure(Sensitivity.CONFIDENTIAL, Recipient.PARTY))
        .plusDisclosure(disclosure(Sensitivity.PUBLIC, Recipient.SUPERVISING_AUTHORITY));
    // when
    Seq<Violation> found = ALL.check(Principle.CONFIDENTIALITY, conduct);
    // then
    assertReason(found.get(0), new EthicsReason.DisclosureNotCleared("compte rendu",
            Sensitivity.CONFIDENTIAL, Recipient.PARTY),
        "DISCLOSURE_NOT_CLEARED",
        seen("item", "compte rendu", "sensitivity", "CONFIDENTIAL", "recipient", "PARTY"),
        "« compte rendu » (confidentiel) ne peut être communiqué à : partie prenante.",
        "'compte rendu' (confidential) may not be disclosed to: party.");
    assertReason(found.get(1),
        new EthicsReason.AnonymityTowardsSupervisingAuthority("compte rendu"),
        "ANONYMITY_TOWARDS_SUPERVISING_AUTHORITY",
        seen("item", "compte rendu", "recipient", "SUPERVISING_AUTHORITY"),
        "Aucune information n'est remontée aux tutelles : « compte rendu » ne peut leur être "
            + "communiqué.",
        "Nothing goes to supervising authorities: 'compte rendu' may not be disclosed to them.");
  }

  @Test
  void aFigureOverNoEngagementIsAValueButIsWithheld() {
    // given
    Aggregate none = new Aggregate("sessions_held", 0, 0);
    // when
    var released = ALL.release(none);
    // then
    assertThat(released.isLeft()).isTrue();
    assertReason(released.getLeft(), new EthicsReason.AggregateTooSmall("sessions_held", 0, 5),
        "AGGREGATE_TOO_SMALL",
        seen("indicator", "sessions_held", "engagements", "0", "minimum", "5"),
        "L'indicateur sessions_held porte sur 0 accompagnement : il en faut au moins 5 pour "
            + "le diffuser.",
        "Indicator sessions_held covers 0 engagements: at least 5 are needed to release it.");
  }

  @Test
  void everyAspectOfAContributionHasANameInFourLanguages() {
    // when / then
    assertThat(List.of(Aspect.values()).map(Aspect::label)).containsExactly(
        Text.of("forme", "form", "Form", "forma"), Text.of("processus", "process", "Ablauf",
            "processo"), Text.of("dynamique", "dynamics", "Dynamik", "dinamica"),
        Text.of("avis sur le fond", "opinion on the content", "Meinung zum Inhalt",
            "parere sul merito"));
  }

  @Test
  void aCharterIsBuiltInOneChainAndAcceptsItsTermsAtTheirUpperBounds() {
    // given
    Charter.Builder chained = Charter.builder("test", TEXT)
        .article(Principle.FREEDOM, Text.of("libre", "free"))
        .article(Principle.ADHESION, Text.of("adhésion", "adhesion"))
        .attendance(100, 1)
        .minimumAggregate(Integer.MAX_VALUE);
    // when
    Charter charter = chained.build().get();
    // then
    assertThat(charter.articles().map(Article::principle))
        .containsExactly(Principle.FREEDOM, Principle.ADHESION);
    assertThat(charter.attendanceThresholdPercent()).isEqualTo(100);
    assertThat(charter.attendanceSessions()).isEqualTo(1);
    assertThat(charter.minimumAggregate()).isEqualTo(Integer.MAX_VALUE);
  }
}
