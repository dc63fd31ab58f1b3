package org.areso.core.kernel;

import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.areso.core.eligibility.EligibilityReason;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.CallForApplications;
import org.areso.core.engagement.CohortApplication;
import org.areso.core.engagement.EngagementReason;
import org.areso.core.engagement.WorkflowError;
import org.areso.core.ethics.EthicsReason;
import org.areso.core.ethics.Recipient;
import org.areso.core.ethics.Sensitivity;
import org.areso.core.ethics.ThirdParty;
import org.areso.core.lifecycle.DefinitionError;
import org.areso.core.lifecycle.HistoryError;
import org.areso.core.lifecycle.PathStep;
import org.areso.core.lifecycle.Rejection;
import org.areso.core.lifecycle.Unmet;
import org.areso.core.planning.Days;
import org.areso.core.planning.PlanViolation;
import org.areso.core.planning.Session;
import org.areso.core.planning.SessionLength;
import org.areso.core.programme.FormatId;

/**
 * At least one reason of every record of every catalogue whose messages live in the bundles, and
 * one of each branch a message takes (a choice, an absent reference, a count of one or several).
 * Numbers reach the thousands where a record allows it, so that a grouping separator would show.
 */
final class ReasonFixtures {

  /** The catalogues whose messages live in the bundles: every record they permit has a sample. */
  static final Seq<Class<?>> CATALOGUES = List.of(FieldReason.class, EligibilityReason.class,
      EthicsReason.class, EngagementReason.class, WorkflowError.class, PlanViolation.class,
      DefinitionError.class, HistoryError.class, Rejection.class);

  private static final LocalDate MAY_4 = LocalDate.of(2026, 5, 4);
  private static final LocalDate JUNE_30 = LocalDate.of(2026, 6, 30);
  private static final DateWindow SPRING = DateWindow.of(MAY_4, JUNE_30).get();
  private static final DateWindow SUMMER =
      DateWindow.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 8, 31)).get();
  private static final LegalReference CASF =
      LegalReference.builder().code("CASF").article("L.312-1").item("I-2°").build().get();
  private static final FacilitatorId ANNE = FacilitatorId.of("anne.o'hara").get();
  private static final PartyId CSE = PartyId.of("cse-lyon").get();
  private static final Text FORM = Text.of("9 chiffres", "9 digits");

  private ReasonFixtures() {}

  static Seq<Reason> all() {
    return fields().appendAll(eligibility()).appendAll(ethics()).appendAll(engagement())
        .appendAll(workflow()).appendAll(planning()).appendAll(lifecycle());
  }

  static Seq<Reason> fields() {
    return List.of(
        new FieldReason.Blank("siret"),
        new FieldReason.TooLong("name", 1234, 200),
        new FieldReason.Malformed("siren", "12 34'5", FORM),
        new FieldReason.CheckDigitMismatch("siret", "73282932000075", "Luhn"),
        new FieldReason.OutOfRange("headcount", "12000", "1", "10000"),
        new FieldReason.UnknownValue("canton", "ZZ", List.of("GE", "VD", "TI")),
        new FieldReason.Inconsistent("canton", "GE", "country", "FR"),
        new FieldReason.InvertedWindow("window", JUNE_30, MAY_4),
        new FieldReason.NoneWithValues("casf_items", "none|8"),
        new FieldReason.Duplicate("facilitator_id", "anne"),
        new FieldReason.StampBeforeLastEvent(MAY_4.atTime(9, 0), JUNE_30.atTime(17, 30)));
  }

  static Seq<Reason> eligibility() {
    Text headcount = Text.of("au moins 50 salariés", "at least 50 employees");
    return List.of(
        new EligibilityReason.ConditionNotMet("headcount-50", headcount, Option.of(CASF),
            "headcount", "1200", true),
        new EligibilityReason.ConditionNotMet("headcount-50", headcount, Option.none(),
            "headcount", "12", false),
        new EligibilityReason.FactMissing("headcount", Text.of("Combien de salariés ?",
            "How many employees?")),
        new EligibilityReason.RuleNotInForce("aid-2026", SPRING, LocalDate.of(2027, 1, 2),
            Option.of(CASF)),
        new EligibilityReason.RuleNotInForce("aid-2026", SPRING, LocalDate.of(2027, 1, 2),
            Option.none()),
        new EligibilityReason.DerogationApplied("headcount-50", "l'outre-mer", Option.of(CASF)),
        new EligibilityReason.DerogationApplied("headcount-50", "overseas", Option.none()),
        new EligibilityReason.DerogationsConflict("headcount-50", List.of("a", "b"),
            List.of("c")),
        new EligibilityReason.EmptyPolicy("social-2023"),
        new EligibilityReason.EmptyComposition("all-of"),
        new EligibilityReason.RuleWithoutReference("headcount-50"),
        new EligibilityReason.DuplicateRuleName("headcount-50", 2),
        new EligibilityReason.DerogationNeverApplies("headcount-50", "overseas",
            Text.of("elle a expiré", "it has expired")),
        new EligibilityReason.DerogationsAlwaysConflict("headcount-50", "grant", "deny"),
        new EligibilityReason.ParameterWithoutValue("threshold"),
        new EligibilityReason.ParameterPeriodsOverlap("threshold", SPRING, SUMMER),
        new EligibilityReason.FactWrongType("headcount", "integer", "text"),
        new EligibilityReason.FactNotDeclared("headcount"));
  }

  static Seq<Reason> ethics() {
    return List.of(
        new EthicsReason.NotRequestedByParties(Option.of(ThirdParty.SUPERVISING_AUTHORITY)),
        new EthicsReason.NotRequestedByParties(Option.none()),
        new EthicsReason.PartyObliged(PartyRole.STAFF_REPRESENTATIVES),
        new EthicsReason.ConsentMissing(PartyRole.MANAGEMENT),
        new EthicsReason.ConsentVoided(PartyRole.MANAGEMENT),
        new EthicsReason.LowAttendance(PartyRole.STAFF_REPRESENTATIVES, 1, 3, 50),
        new EthicsReason.ActionNotOwnedByParty("A-1", new Actor.Party(PartyRole.MANAGEMENT, CSE)),
        new EthicsReason.ActionNotOwnedByParty("A-2", new Actor.Facilitator(ANNE)),
        new EthicsReason.ActionNotOwnedByParty("A-3", new Actor.Operator("op-1")),
        new EthicsReason.ActionNotDecidedByParty("A-1", new Actor.Party(PartyRole.MANAGEMENT, CSE)),
        new EthicsReason.ActionNotDecidedByParty("A-2", new Actor.Facilitator(ANNE)),
        new EthicsReason.ActionNotDecidedByParty("A-3", new Actor.Operator("op-1")),
        new EthicsReason.ActionNotValidated("A-1",
            LinkedHashSet.of(PartyRole.MANAGEMENT, PartyRole.STAFF_REPRESENTATIVES)),
        new EthicsReason.OpinionOnContent(ANNE, MAY_4),
        new EthicsReason.FacilitatorTied(ANNE, Tie.Kind.EMPLOYMENT, Option.of(CSE)),
        new EthicsReason.FacilitatorTied(ANNE, Tie.Kind.MANDATE, Option.none()),
        new EthicsReason.OneSidedContact(PartyRole.MANAGEMENT, 3, 1),
        new EthicsReason.DisclosureNotCleared("minutes", Sensitivity.CONFIDENTIAL,
            Recipient.FUNDER),
        new EthicsReason.AnonymityTowardsSupervisingAuthority("l'ordre du jour"),
        new EthicsReason.AggregateTooSmall("satisfaction", 4, 1500),
        new EthicsReason.AggregateWouldRevealWithheld("engagements_by_region:VD", 12, 1500));
  }

  static Seq<Reason> engagement() {
    FormatId accompaniment = FormatId.of("accompaniment").get();
    return List.of(
        new EngagementReason.PreDiagnosisRequired("soreso"),
        new EngagementReason.FormatNotOffered(FormatId.of("training").get(), "soreso",
            LinkedHashSet.of(accompaniment, FormatId.of("workshop").get())),
        new EngagementReason.FormatNotAStrategy(FormatId.of("soreso-first-meeting").get(),
            "soreso", LinkedHashSet.of(FormatId.of("soreso-collective-accompaniment").get())),
        new EngagementReason.ActorNotAParty(),
        new EngagementReason.ContextNotOffered(InterventionContext.LEARNING, "soreso"),
        new EngagementReason.FacilitatorKindNotOffered(ANNE, FacilitatorKind.SOCIAL_WORKER,
            "soreso", LinkedHashSet.of(FacilitatorKind.INDEPENDENT_CONSULTANT,
                FacilitatorKind.OTHER)),
        new EngagementReason.StaffingNotOffered("soreso", 1, true),
        new EngagementReason.StaffingNotOffered("soreso", 3, false),
        new EngagementReason.StaffingNotOffered("soreso", 0, true),
        new EngagementReason.QualificationMissing(ANNE, Qualification.SOCIAL_WORKER_TITLE,
            "workplace-social-service"),
        new EngagementReason.FacilitatorsNotAssigned(),
        new EngagementReason.NotAnAssignedFacilitator(ANNE),
        new EngagementReason.NotAConsentingParty(PartyRole.GOVERNANCE),
        new EngagementReason.ConsentAlreadyGiven(PartyRole.MANAGEMENT),
        new EngagementReason.ConsentMissing(PartyRole.STAFF_REPRESENTATIVES),
        new EngagementReason.CallNotOpen("AAC-2026", CallForApplications.Status.UPCOMING,
            MAY_4, JUNE_30, MAY_4.minusDays(1)),
        new EngagementReason.CallNotOpen("AAC-2026", CallForApplications.Status.CLOSED,
            MAY_4, JUNE_30, JUNE_30.plusDays(1)),
        new EngagementReason.SelectionMissing("aura-dialogue-qvt"),
        new EngagementReason.OutcomeNotListed(List.of("x"), "areso", List.empty()),
        new EngagementReason.ApplicationNotSelected("C-1", "AAC-2026",
            CohortApplication.Stage.APPLIED),
        new EngagementReason.ApplicationNotSelected("C-1", "AAC-2026",
            CohortApplication.Stage.NOT_SELECTED),
        new EngagementReason.ApplicationNotSelected("C-1", "AAC-2026",
            CohortApplication.Stage.WITHDRAWN),
        new EngagementReason.SelectionAlreadyRecorded("C-1", "AAC-2026"),
        new EngagementReason.IntersessionWorkInTheFuture(JUNE_30, MAY_4),
        new EngagementReason.SessionInTheFuture(JUNE_30, MAY_4),
        new EngagementReason.DatedBeforeRequest(MAY_4, JUNE_30),
        new EngagementReason.ContributionInTheFuture(JUNE_30, MAY_4),
        new EngagementReason.SessionCalledOff(MAY_4, Session.Status.CANCELLED),
        new EngagementReason.SessionCalledOff(MAY_4, Session.Status.POSTPONED),
        new EngagementReason.NoSessionHeld(),
        new EngagementReason.ActionPlanMissing(),
        new EngagementReason.FollowUpReviewMissing(),
        new EngagementReason.PlanEndsBeforeStart(MAY_4, JUNE_30),
        new EngagementReason.OnlyTheEmployee(),
        new EngagementReason.OnlyTheSocialWorker(),
        new EngagementReason.OnlyTheOperator(),
        new EngagementReason.TooFewSupportCases(3, 5),
        new EngagementReason.EligibilityVerdictMismatch(Verdict.NOT_ELIGIBLE, Verdict.ELIGIBLE),
        new EngagementReason.EligibilityVerdictMismatch(Verdict.UNDETERMINED,
            Verdict.NOT_ELIGIBLE),
        new EngagementReason.EligibilityUndetermined(List.of("headcount", "sector")),
        new EngagementReason.EligibilityOfAnotherProgramme("social-2023", "soreso"));
  }

  static Seq<Reason> workflow() {
    return List.of(
        new WorkflowError.NoConsentingParty(),
        new WorkflowError.NoFacilitatorKind(),
        new WorkflowError.StepMalformed("framing", WorkflowError.Problem.NO_STAGE),
        new WorkflowError.StepMalformed("framing", WorkflowError.Problem.SHARED_STAGE),
        new WorkflowError.StepMalformed("framing", WorkflowError.Problem.DUPLICATE_ID),
        new WorkflowError.StepMalformed("framing", WorkflowError.Problem.OUT_OF_ORDER));
  }

  static Seq<Reason> planning() {
    return List.of(
        new PlanViolation.DaysOutOfFormat(Days.ofHalfDays(25), Days.of(2), Days.of(10)),
        new PlanViolation.SplitImpossible(Days.ofHalfDays(5), SessionLength.WHOLE_DAY),
        new PlanViolation.TotalMismatch(Days.of(8), Days.ofHalfDays(17)),
        new PlanViolation.NotWorked(MAY_4),
        new PlanViolation.InBlackout(MAY_4),
        new PlanViolation.FacilitatorUnavailable(ANNE, MAY_4),
        new PlanViolation.OutsideWindow(JUNE_30.plusDays(1), SPRING),
        new PlanViolation.DuplicateDate(MAY_4),
        new PlanViolation.GapTooShort(MAY_4, MAY_4.plusDays(2), 2, 7),
        new PlanViolation.GapTooLong(MAY_4, JUNE_30, 1057L, 1000),
        new PlanViolation.SpanTooShort(12, 1200),
        new PlanViolation.SpanTooLong(2400, 1200),
        new PlanViolation.WindowTooShort(JUNE_30, SPRING, 30),
        new PlanViolation.NoAvailableDate(3, MAY_4, JUNE_30),
        new PlanViolation.SessionNotFound(MAY_4));
  }

  static Seq<Reason> lifecycle() {
    return List.of(
        new DefinitionError.NoStart(),
        new DefinitionError.UnreachableStage("CLOSED"),
        new DefinitionError.DeadEnd("FRAMING"),
        new DefinitionError.TerminalWithExit("CLOSED", "Reopen"),
        new DefinitionError.Ambiguous("FRAMING", "GiveConsent"),
        new HistoryError.Empty(),
        new HistoryError.ForbiddenEvent(1204, "START", "SessionHeld"),
        new HistoryError.VersionGap(1204, 1206),
        new HistoryError.VersionRepeated(1204, 1203),
        new HistoryError.ForeignEvent(1204, "eng-1", "eng-2"),
        new HistoryError.ContextMismatch("soreso", "social-2023"),
        new HistoryError.UnexpectedVersion(1204, 1200),
        new HistoryError.UnexpectedVersion(1204, 1208),
        new HistoryError.UnexpectedVersion(1204, 1204),
        new Rejection.NotApplicable(Option.none(), Fixture.Drop.class,
            List.of(Fixture.Open.class)),
        new Rejection.NotApplicable(Option.some(Fixture.Stage.OPEN), Fixture.Drop.class,
            List.of(Fixture.Open.class), List.of(new PathStep(Fixture.Stage.OPEN,
                Fixture.Open.class, List.of(new Unmet("signed",
                    new HistoryError.Empty(), Option.some(PartyRole.MANAGEMENT)))),
                new PathStep(Fixture.Stage.CLOSED, Fixture.Drop.class, List.empty()))),
        new Rejection.PreconditionsUnmet(Option.some(Fixture.Stage.OPEN), Fixture.Drop.class,
            List.of(new Unmet("signed", new HistoryError.Empty(),
                Option.some(PartyRole.MANAGEMENT)))),
        new Rejection.VersionConflict(1204, 1206));
  }

  /** A command type and stages for the rejections' samples. */
  static final class Fixture {
    enum Stage { OPEN, CLOSED }

    record Open() implements org.areso.core.lifecycle.LifecycleCommand {
      @Override
      public Stamp stamp() {
        return null;
      }
    }

    record Drop() implements org.areso.core.lifecycle.LifecycleCommand {
      @Override
      public Stamp stamp() {
        return null;
      }
    }

    private Fixture() {}
  }
}
