package org.areso.core.ethics;

import static org.areso.core.ethics.EthicsFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Period;
import java.util.Locale;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.PartyId;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Sensitive;
import org.areso.core.kernel.Tie;
import org.areso.core.kernel.Actor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each check fires on what it must see and stays quiet otherwise. */
class ChecksTest {

  private static Seq<String> codes(Charter charter, Conduct conduct) {
    return charter.audit(conduct).violations().map(Violation::code);
  }

  @Nested
  class Freedom {

    @Test
    void aRequestFiledByAThirdPartyWithoutThePartiesBlocks() {
      // given a referral by a supervising authority that no party joined
      Conduct referred = conduct()
          .withOrigin(Option.some(Origin.referral(ThirdParty.SUPERVISING_AUTHORITY)));
      // when
      Seq<Violation> found = ALL.check(Principle.FREEDOM, referred);
      // then
      assertThat(found).singleElement().satisfies(v -> {
        assertThat(v.code()).isEqualTo("NOT_REQUESTED_BY_PARTIES");
        assertThat(v.severity()).isEqualTo(Severity.BLOCKING);
        assertThat(v.seen().toJavaMap()).containsEntry("referred_by", "SUPERVISING_AUTHORITY");
      });
    }

    @Test
    void aReferralJoinedByAPartyOrARequestOfThePartiesIsFree() {
      assertThat(ALL.check(Principle.FREEDOM, conduct()
          .withOrigin(Option.some(Origin.referral(ThirdParty.FUNDER, PartyRole.MANAGEMENT)))))
          .isEmpty();
      assertThat(ALL.check(Principle.FREEDOM, conduct()
          .withOrigin(Option.some(Origin.parties(PartyRole.STAFF_REPRESENTATIVES))))).isEmpty();
    }

    @Test
    void aPartyObligedToTakePartBlocksAndAVoluntaryOneDoesNot() {
      Conduct obliged = conduct().withParticipation(LinkedHashMap.of(
          PartyRole.MANAGEMENT, Participation.VOLUNTARY,
          PartyRole.STAFF_REPRESENTATIVES, Participation.OBLIGED));
      assertThat(ALL.check(Principle.FREEDOM, obliged)).map(Violation::reason)
          .containsExactly(new EthicsReason.PartyObliged(PartyRole.STAFF_REPRESENTATIVES));
      assertThat(ALL.check(Principle.FREEDOM, conduct().withParticipation(
          LinkedHashMap.of(PartyRole.MANAGEMENT, Participation.VOLUNTARY)))).isEmpty();
    }
  }

  @Nested
  class Adhesion {

    @Test
    void startingWithoutEveryRequiredConsentBlocksNamingMissingAndVoidedConsents() {
      // given management consented to an earlier framing only, staff never
      Conduct started = conduct().withStarted(true)
          .withVoidedConsents(LinkedHashSet.of(PartyRole.MANAGEMENT));
      // when / then
      assertThat(ALL.check(Principle.ADHESION, started)).map(Violation::reason).containsExactly(
          new EthicsReason.ConsentVoided(PartyRole.MANAGEMENT),
          new EthicsReason.ConsentMissing(PartyRole.STAFF_REPRESENTATIVES));
    }

    @Test
    void consentsAreNotNeededBeforeTheStartAndAreEnoughAfter() {
      assertThat(ALL.check(Principle.ADHESION, conduct())).isEmpty();
      assertThat(ALL.check(Principle.ADHESION, conduct().withStarted(true).withConsents(BOTH)))
          .isEmpty();
    }

    @Test
    void attendanceBelowTheThresholdOverTheLastSessionsWarns() {
      // given staff representatives at 2 of the last 4 sessions (an older absence not counted)
      Conduct conduct = conduct().withStarted(true).withConsents(BOTH)
          .plusSessionHeld(session(PartyRole.MANAGEMENT))
          .plusSessionHeld(session(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES))
          .plusSessionHeld(session(PartyRole.MANAGEMENT))
          .plusSessionHeld(session(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES))
          .plusSessionHeld(session(PartyRole.MANAGEMENT));
      // when
      Seq<Violation> found = ALL.check(Principle.ADHESION, conduct);
      // then
      assertThat(found).singleElement().satisfies(v -> {
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.reason()).isEqualTo(
            new EthicsReason.LowAttendance(PartyRole.STAFF_REPRESENTATIVES, 2, 4, 75));
      });
    }

    @Test
    void attendanceAtTheThresholdAndInterviewsDoNotWarn() {
      Conduct conduct = conduct().withStarted(true).withConsents(BOTH)
          .plusSessionHeld(interview(PartyRole.MANAGEMENT))
          .plusSessionHeld(session(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES))
          .plusSessionHeld(session(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES))
          .plusSessionHeld(session(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES))
          .plusSessionHeld(session(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES,
              PartyRole.SUPERVISORS));
      Charter half = charterOf(Principle.ADHESION).attendance(50, 2).build().get();
      assertThat(ALL.check(Principle.ADHESION, conduct)).isEmpty();
      assertThat(half.check(Principle.ADHESION, conduct().withStarted(true).withConsents(BOTH)
          .plusSessionHeld(session(PartyRole.MANAGEMENT))
          .plusSessionHeld(session(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES))))
          .isEmpty();
    }
  }

  @Nested
  class Responsibility {

    @Test
    void anActionOwnedOrDecidedByAFacilitatorOrNotValidatedByAllBlocks() {
      Conduct conduct = conduct().withActionPlan(List.of(
          new ActionPlanItem("A-1", FACILITATOR, MANAGEMENT, BOTH),
          new ActionPlanItem("A-2", MANAGEMENT, FACILITATOR, BOTH),
          new ActionPlanItem("A-3", MANAGEMENT, MANAGEMENT,
              LinkedHashSet.of(PartyRole.MANAGEMENT))));
      Seq<Violation> found = ALL.check(Principle.RESPONSIBILITY, conduct);
      assertThat(found).map(Violation::code).containsExactly("ACTION_NOT_OWNED_BY_PARTY",
          "ACTION_NOT_DECIDED_BY_PARTY", "ACTION_NOT_VALIDATED");
      assertThat(found).allMatch(Violation::isBlocking);
      assertThat(found.get(2).seen().toJavaMap()).containsEntry("not_validated_by", "STAFF_REPRESENTATIVES");
      assertThat(found.get(0).message(Language.EN))
          .contains("Action A-1 is owned by facilitator F-1");
    }

    @Test
    void anActionOwnedDecidedAndValidatedByThePartiesIsFine() {
      assertThat(ALL.check(Principle.RESPONSIBILITY, conduct().withActionPlan(List.of(
          new ActionPlanItem("A-1", MANAGEMENT, MANAGEMENT, BOTH))))).isEmpty();
    }
  }

  @Nested
  class Neutrality {

    @Test
    void anOpinionOnTheContentBlocksAndFormProcessOrDynamicsDoNot() {
      Conduct conduct = conduct()
          .plusContribution(new Contribution(F1_ID, DAY, Aspect.FORM, Sensitive.of("règles")))
          .plusContribution(new Contribution(F1_ID, DAY, Aspect.PROCESS, Sensitive.of("étapes")))
          .plusContribution(new Contribution(F1_ID, DAY, Aspect.DYNAMICS, Sensitive.of("écoute")));
      assertThat(ALL.check(Principle.NEUTRALITY, conduct)).isEmpty();
      Conduct opinion = conduct.plusContribution(new Contribution(F1_ID, DAY,
          Aspect.OPINION_ON_CONTENT, Sensitive.of("la direction a raison")));
      assertThat(ALL.check(Principle.NEUTRALITY, opinion)).map(Violation::reason)
          .containsExactly(new EthicsReason.OpinionOnContent(F1_ID, DAY));
    }
  }

  @Nested
  class ImpartialityAndIndependence {

    @Test
    void aTieWithTheStructureIsIndependenceAndWithAPartyImpartialityForEitherMember() {
      PartyId staff = PartyId.of("cse").get();
      Conduct conduct = conduct().withAssignment(Option.some(assigned(
          F1.withTie(Tie.withStructure(Tie.Kind.SUPERVISORY_AUTHORITY, Option.none())),
          F2.withTie(Tie.withParty(Tie.Kind.FAMILY, staff, Option.none())))));
      Seq<Violation> found = ALL.audit(conduct).violations();
      assertThat(found).map(v -> v.principle() + ":" + v.code()).containsExactly(
          "IMPARTIALITY:FACILITATOR_TIED", "INDEPENDENCE:FACILITATOR_TIED");
      assertThat(found.get(0).seen().toJavaMap()).containsEntry("facilitator", "F-2")
          .containsEntry("with", "cse");
      assertThat(found.get(1).seen().toJavaMap()).containsEntry("with", "structure");
    }

    @Test
    void aCharterWithImpartialityOnlyReportsEveryTieUnderIt() {
      Charter areso = charterOf(Principle.IMPARTIALITY).build().get();
      Conduct conduct = conduct().withAssignment(Option.some(assigned(
          F1.withTie(Tie.withStructure(Tie.Kind.EMPLOYMENT, Option.none())), F2)));
      assertThat(areso.audit(conduct).violations()).map(Violation::principle)
          .containsExactly(Principle.IMPARTIALITY);
      assertThat(charterOf(Principle.NEUTRALITY).build().get().audit(conduct).isClean())
          .isTrue();
    }

    @Test
    void paidWorkCountsWithinTheLookBackOrWhenItsPeriodIsUnknown() {
      Conduct old = conduct().withAssignment(Option.some(assigned(
          F1.withTie(Tie.withStructure(Tie.Kind.PAID_WORK, yearsAgo(6, 4))), F2)));
      Conduct recent = conduct().withAssignment(Option.some(assigned(
          F1.withTie(Tie.withStructure(Tie.Kind.PAID_WORK, yearsAgo(4, 2))), F2)));
      Conduct unknown = conduct().withAssignment(Option.some(assigned(
          F1.withTie(Tie.withStructure(Tie.Kind.PAID_WORK, Option.none())), F2)));
      Conduct oldEmployment = conduct().withAssignment(Option.some(assigned(
          F1.withTie(Tie.withStructure(Tie.Kind.EMPLOYMENT, yearsAgo(20, 15))), F2)));
      assertThat(ALL.audit(old).isClean()).isTrue();
      assertThat(codes(ALL, recent)).containsExactly("FACILITATOR_TIED");
      assertThat(codes(ALL, unknown)).containsExactly("FACILITATOR_TIED");
      assertThat(codes(ALL, oldEmployment)).containsExactly("FACILITATOR_TIED");
      Charter longer = charterOf(Principle.INDEPENDENCE).paidWorkLookback(Period.ofYears(5))
          .build().get();
      assertThat(codes(longer, old)).containsExactly("FACILITATOR_TIED");
    }

    @Test
    void workingSessionsWithOnePartyAloneWarnBeyondTheTolerance() {
      Conduct conduct = conduct()
          .plusSessionHeld(session(PartyRole.MANAGEMENT))
          .plusSessionHeld(interview(PartyRole.STAFF_REPRESENTATIVES))
          .plusSessionHeld(session(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES));
      Charter strict = charterOf(Principle.IMPARTIALITY).build().get();
      Charter tolerant = charterOf(Principle.IMPARTIALITY).oneSidedSessionsTolerated(1)
          .build().get();
      assertThat(strict.audit(conduct).violations()).singleElement().satisfies(v -> {
        assertThat(v.severity()).isEqualTo(Severity.WARNING);
        assertThat(v.reason())
            .isEqualTo(new EthicsReason.OneSidedContact(PartyRole.MANAGEMENT, 1, 0));
      });
      assertThat(tolerant.audit(conduct).isClean()).isTrue();
    }
  }

  @Nested
  class Confidentiality {

    @Test
    void aDisclosureIsCheckedAgainstItsRecipient() {
      assertThat(codes(ALL, conduct()
          .plusDisclosure(disclosure(Sensitivity.CONFIDENTIAL, Recipient.PARTY))))
          .containsExactly("DISCLOSURE_NOT_CLEARED");
      assertThat(codes(ALL, conduct()
          .plusDisclosure(disclosure(Sensitivity.PARTIES, Recipient.FUNDER))))
          .containsExactly("DISCLOSURE_NOT_CLEARED");
      assertThat(ALL.audit(conduct()
          .plusDisclosure(disclosure(Sensitivity.PARTIES, Recipient.PARTY))
          .plusDisclosure(disclosure(Sensitivity.PARTIES, Recipient.OPERATOR))
          .plusDisclosure(disclosure(Sensitivity.PUBLIC, Recipient.PUBLIC))).isClean())
          .isTrue();
    }

    @Test
    void underAnonymityNothingGoesToASupervisingAuthorityNotEvenWhatIsPublic() {
      Conduct toAuthority = conduct()
          .plusDisclosure(disclosure(Sensitivity.PUBLIC, Recipient.SUPERVISING_AUTHORITY));
      assertThat(codes(ALL, toAuthority))
          .containsExactly("ANONYMITY_TOWARDS_SUPERVISING_AUTHORITY");
      Charter open = charterOf(Principle.CONFIDENTIALITY).build().get();
      assertThat(open.audit(toAuthority).isClean()).isTrue();
    }

    @Test
    void aFunderThatAlsoSupervisesIsASupervisingAuthorityUnderAnonymity() {
      // given: the State's services and the ARS fund and supervise; a foundation only funds
      Conduct toStateServices = conduct()
          .plusDisclosure(disclosure(Sensitivity.PUBLIC, Recipient.STATE_SERVICES));
      Conduct toArs = conduct()
          .plusDisclosure(disclosure(Sensitivity.PUBLIC, Recipient.REGIONAL_HEALTH_AGENCY));
      Conduct toFunder = conduct()
          .plusDisclosure(disclosure(Sensitivity.PUBLIC, Recipient.FUNDER));
      // then
      assertThat(codes(ALL, toStateServices))
          .containsExactly("ANONYMITY_TOWARDS_SUPERVISING_AUTHORITY");
      assertThat(codes(ALL, toArs)).containsExactly("ANONYMITY_TOWARDS_SUPERVISING_AUTHORITY");
      assertThat(ALL.audit(toFunder).isClean()).isTrue();
      assertThat(Recipient.FUNDER.isSupervisingAuthority()).isFalse();
    }

    @Test
    void figuresAreReleasedOnlyOverAtLeastKEngagements() {
      Charter k3 = charterOf(Principle.CONFIDENTIALITY).minimumAggregate(3).build().get();
      assertThat(k3.release(new Aggregate("action_plans", 2, 3)).isRight()).isTrue();
      assertThat(k3.release(new Aggregate("action_plans", 2, 2)).getLeft().reason())
          .isEqualTo(new EthicsReason.AggregateTooSmall("action_plans", 2, 3));
    }

    @Test
    void aCharterThatDoesNotListConfidentialityIsHeldToTheBaselineOne() {
      // given: a charter of neutrality alone
      Charter neutralOnly = charterOf(Principle.NEUTRALITY).build().get();
      // when
      Seq<Violation> leaked = neutralOnly.audit(conduct()
          .plusDisclosure(disclosure(Sensitivity.CONFIDENTIAL, Recipient.PUBLIC))).violations();
      Violation small = neutralOnly.release(new Aggregate("action_plans", 1, 1)).getLeft();
      // then: refused all the same, under the baseline article and its source
      assertThat(leaked.map(Violation::code)).containsExactly("DISCLOSURE_NOT_CLEARED");
      assertThat(leaked.head().article()).isEqualTo(Charter.BASELINE_CONFIDENTIALITY);
      assertThat(leaked.head().charter()).isEqualTo(Charter.BASELINE_SOURCE);
      assertThat(small.reason()).isEqualTo(new EthicsReason.AggregateTooSmall("action_plans", 1,
          Charter.DEFAULT_MINIMUM_AGGREGATE));
      assertThat(neutralOnly.audit(conduct()).byPrinciple().keySet())
          .containsExactly(Principle.NEUTRALITY, Principle.CONFIDENTIALITY);
      assertThat(neutralOnly.binds(Principle.CONFIDENTIALITY)).isFalse();
    }
  }

  @Test
  void aPrincipleTheCharterDoesNotListIsNotChecked() {
    Conduct everything = conduct().withOrigin(Option.some(Origin.referral(ThirdParty.FUNDER)))
        .withStarted(true)
        .plusContribution(new Contribution(F1_ID, DAY, Aspect.OPINION_ON_CONTENT, Sensitive.of("x")));
    assertThat(codes(ALL, everything)).containsExactly("NOT_REQUESTED_BY_PARTIES",
        "CONSENT_MISSING_AT_START", "CONSENT_MISSING_AT_START", "OPINION_ON_CONTENT");
    assertThat(charterOf(Principle.CONFIDENTIALITY).build().get().audit(everything).isClean())
        .isTrue();
  }

  @Test
  void aViolationSaysItsPrincipleTheCharterWordingAndItsReference() {
    Violation v = ALL.check(Principle.NEUTRALITY, conduct().plusContribution(new Contribution(F1_ID,
        DAY, Aspect.OPINION_ON_CONTENT, Sensitive.of("x")))).head();
    assertThat(v.article().wording().fr()).isEqualTo("fr:NEUTRALITY");
    assertThat(v.charter()).isEqualTo(TEXT);
    assertThat(v.message(Language.FR)).isEqualTo("neutralité — Le facilitateur F-1 a donné un"
        + " avis sur le fond le 2024-03-04. (« fr:NEUTRALITY »)");
    assertThat(v.message(Language.EN)).isEqualTo("neutrality — Facilitator F-1 gave an opinion"
        + " on the content on 2024-03-04. (\"en:NEUTRALITY\")");
  }

  @Test
  void aViolationAskedInGermanQuotesAWordingNotTranslatedInEnglish() {
    // given
    Violation v = ALL.check(Principle.NEUTRALITY, conduct().plusContribution(new Contribution(F1_ID,
        DAY, Aspect.OPINION_ON_CONTENT, Sensitive.of("x")))).head();

    // when
    String swissGerman = v.message(Locale.forLanguageTag("de-CH"));

    // then
    assertThat(swissGerman).isEqualTo("Neutralität — Die Fachperson F-1 hat sich am 2024-03-04"
        + " zum Inhalt geäussert. («en:NEUTRALITY»)");
  }

  @Test
  void aViolationAskedInSwissFrenchIsWrittenInFrench() {
    // given
    Violation v = ALL.check(Principle.NEUTRALITY, conduct().plusContribution(new Contribution(F1_ID,
        DAY, Aspect.OPINION_ON_CONTENT, Sensitive.of("x")))).head();

    // when
    String swissFrench = v.message(Locale.forLanguageTag("fr-CH"));

    // then
    assertThat(swissFrench).isEqualTo(v.message(Language.FR));
  }

  @Test
  void anAuditGroupsByPrincipleInTheChartersOrder() {
    Charter charter = charterOf(Principle.CONFIDENTIALITY, Principle.FREEDOM,
        Principle.NEUTRALITY).anonymityTowardsSupervisingAuthorities(true).build().get();
    Conduct conduct = conduct().withOrigin(Option.some(Origin.referral(ThirdParty.FUNDER)))
        .plusDisclosure(disclosure(Sensitivity.PARTIES, Recipient.SUPERVISING_AUTHORITY));
    Audit audit = charter.audit(conduct);
    assertThat(audit.byPrinciple().keySet()).containsExactly(Principle.CONFIDENTIALITY,
        Principle.FREEDOM, Principle.NEUTRALITY);
    assertThat(audit.violations()).map(Violation::principle)
        .containsExactly(Principle.CONFIDENTIALITY, Principle.FREEDOM);
    assertThat(audit.byPrinciple().get(Principle.NEUTRALITY).get()).isEmpty();
    assertThat(audit.blocking()).hasSize(2);
    assertThat(audit.warnings()).isEmpty();
    assertThat(audit.report(Language.EN)).contains("neutrality : no violation",
        "[BLOCKING] ANONYMITY_TOWARDS_SUPERVISING_AUTHORITY");
    assertThat(audit.report(Language.FR)).isEqualTo(audit.report(Locale.FRENCH))
        .contains("neutralité : aucun manquement");
    assertThat(audit.report(Locale.GERMAN)).contains("Neutralität: kein Verstoss",
        "Vertraulichkeit:\n  [BLOCKING] ANONYMITY_TOWARDS_SUPERVISING_AUTHORITY");
    assertThat(audit.report(Locale.ITALIAN)).contains("neutralità: nessuna violazione");
    assertThat(audit.toString()).isEqualTo("Audit[test, blocking=2, warnings=0]");
  }

  @Test
  void anOwnerWhoIsTheOperatorIsNotAParty() {
    Actor operator = new Actor.Operator("aract");
    assertThat(codes(ALL, conduct().withActionPlan(List.of(
        new ActionPlanItem("A-1", operator, operator, BOTH)))))
        .containsExactly("ACTION_NOT_OWNED_BY_PARTY", "ACTION_NOT_DECIDED_BY_PARTY");
  }
}
